package dev.quire.reader;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.quire.account.Account;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.bench.SyntheticDownloads;
import dev.quire.bookmark.BookmarkForm;
import dev.quire.bookmark.Bookmarks;
import dev.quire.comment.Comments;
import dev.quire.comment.Comments.CommentForm;
import dev.quire.bench.SyntheticDownloads.Extremes;
import dev.quire.ingest.FileOutcome;
import dev.quire.ingest.ImportReport;
import dev.quire.ingest.Importer;
import dev.quire.posting.ChapterText;
import dev.quire.posting.NewWork;
import dev.quire.posting.Postings;
import dev.quire.posting.WorkPosting;
import dev.quire.report.Reports;
import dev.quire.report.Reports.ReportForm;
import dev.quire.subscription.SubscriptionTarget;
import dev.quire.subscription.Subscriptions;
import dev.quire.tag.TagSlug;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkSummary.Byline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No page is wider than a 360-pixel phone, on an archive shaped like a real one: hundreds of
 * generated works with many tags, and the extremes a page must survive — titles, creators, tags,
 * a fandom and a series named by 200 characters without a space, a long summary, a 22-chapter
 * work, tag suggestions waiting, an import whose file paths run to hundreds of characters. Each
 * page is photographed to {@code target/screenshots/phone-*.png}.
 *
 * <p>A guest's page and the admin's page (logged in once) are kept and navigated from test to
 * test ({@link #keptPage}): a new browser context costs chromium about half a second and logging in
 * a quarter, more than most pages take to load and measure. The guest's cookies are cleared before
 * each visit, so the adult-content notice still shows where it would to a first-time reader.
 */
class PhoneWidthTest extends BrowserTest {

  static final int GENERATED_WORKS = 300;
  /** A word only the extreme works have, so that a search finds just them (and counts their tags). */
  static final String WORD = "Widthwise";
  static final int SCREENSHOT_HEIGHT = 2400;
  static final String LONG_TAG = unbroken("Tag", 200);
  static final String LONG_FANDOM = unbroken("Fandom", 200);

  private static Map<String, String> archive;
  private static final String ADMIN_PASSWORD = "a phone-sized passphrase";
  private static Account admin;

  @Autowired TestAccounts accounts;
  @Autowired Reports reports;
  @Autowired Comments comments;
  @Autowired Bookmarks bookmarks;
  @Autowired Subscriptions subscriptions;
  @Autowired WorkPosting posting;

  @BeforeEach
  void buildTheArchiveOnce() throws IOException {
    if (archive == null) {
      archive = new HashMap<>(build(importer, catalog));
      admin = accounts.create(ADMIN_PASSWORD, Role.ADMIN, Role.ARCHIVIST, Role.MODERATOR);
      // A thread deeper than a page shows, each comment a word without a space, on the longest work.
      Long parent = null;
      for (int level = 1; level <= Comments.SHOWN_DEPTH + 1; level++) {
        parent = comments.post(Viewer.of(admin), Long.parseLong(archive.get("long")), new CommentForm(
            unbroken("Comment" + level, 300), parent, null, null, null), "192.0.2.1").id();
      }
      archive.put("comment", String.valueOf(parent));
      // A bookmark of the longest work whose notes and tag are words without a space.
      bookmarks.save(Viewer.of(admin), Long.parseLong(archive.get("long")), new BookmarkForm(
          unbroken("Notes", 300), List.of(unbroken("Shelf", 140)), true, true));
      // Subscriptions to a person and to a search of one long word; the person's new work, titled
      // without a space, waits in the inbox.
      Account writer = accounts.create();
      subscriptions.subscribe(Viewer.of(admin), SubscriptionTarget.user(writer.getUserName()));
      subscriptions.subscribe(Viewer.of(admin), SubscriptionTarget.search(unbroken("Search", 200)));
      posting.post(Viewer.of(writer), new NewWork(Postings.valid(unbroken("Title", 200)).build(),
          List.of(ChapterText.plain("One", "Neutral words.")), false));
      // The reports page lists the work with the longest title, and details without a space.
      reports.file(Viewer.guest(), Long.parseLong(archive.get("long")), new ReportForm("other",
          unbroken("Details", Reports.MAX_DETAILS), unbroken("reader", 60) + "@example.org"), "192.0.2.1");
    }
  }

  /** The guest's page, without cookies: no session, no agreement to adult content. */
  private Page guestPage() {
    Page page = keptPage("guest", PHONE_WIDTH, PHONE_HEIGHT, options -> options, fresh -> {});
    page.context().clearCookies();
    return page;
  }

  /** The page of the admin, logged in once. */
  private Page adminPage() {
    return keptPage("admin", PHONE_WIDTH, PHONE_HEIGHT, options -> options,
        fresh -> logIn(fresh, admin.getUserName(), ADMIN_PASSWORD));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      home                | /
      work                | /works/{long}?view_adult=true
      work in 22 chapters | /works/{chaptered}?view_adult=true
      chapter             | /works/{chaptered}/chapters/{chapter}?view_adult=true
      chapter index       | /works/{chaptered}/navigate
      adult notice        | /works/{suggested}
      work with suggestions | /works/{suggested}?view_adult=true
      search              | /works/search?q={word}
      search, everything  | /works/search?q=
      tag                 | /tags/{tag}
      all works           | /works
      fandoms             | /fandoms
      tags                | /tags
      tags of a kind      | /tags?kind=freeform
      series              | /series/{series}
      creator             | {creatorPage}
      creator's works     | {creatorWorks}
      imports             | /imports
      import              | /imports/{import}
      tag suggestions     | /suggestions
      not found           | /works/0
      log in              | /users/login
      sign up             | /signup
      forgotten password  | /users/password/new
      invitation request  | /invite_requests
      report a work       | /works/{long}/report
      comments            | /works/{long}/comments
      comment thread      | /comments/{comment}
      """)
  void noPageIsWiderThanAPhone(String name, String path) {
    Page page = guestPage();
    page.navigate(url(fill(path)));
    assertFitsAPhone(page, name);
  }

  /** The pages of someone logged in, as an admin (who also archives and moderates) sees them. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      account             | /account
      change password     | /account/password
      delete account      | /account/delete
      tokens              | /account/tokens
      muted users         | /account/mutes
      blocked users       | /account/blocks
      post new work       | /works/new
      edit work           | /works/{long}/edit
      manage chapters     | /works/{chaptered}/chapters/manage
      pseuds              | /users/{me}/pseuds
      new pseud           | /users/{me}/pseuds/new
      drafts              | /users/{me}/works/drafts
      creatorships        | /users/{me}/creatorships
      accounts            | /admin/users?name=t
      outbox              | /admin/outbox
      invitations         | /admin/invitations
      settings            | /admin/settings
      reports             | /admin/reports
      unclaimed creators  | /archivist/creators
      comments, as admin  | /works/{long}/comments
      comment settings    | /works/{long}/comment_settings
      edit comment        | /comments/{comment}/edit
      bookmark a work     | /works/{long}/bookmarks/new
      own bookmarks       | /users/{me}/bookmarks
      subscriptions       | /account/subscriptions
      inbox               | /account/inbox
      history             | /users/{me}/readings
      wrangle a tag       | /tags/{tag}/edit
      unwrangled tags     | /tags/unwrangled
      clear history       | /users/{me}/readings/clear
      """)
  void noPageOfALoggedInVisitorIsWiderThanAPhone(String name, String path) {
    Page page = adminPage();
    page.navigate(url(fill(path.replace("{me}", admin.getUserName()))));
    assertThat(page.url()).as("the %s page, not the log-in page", name).doesNotContain("/users/login");
    assertFitsAPhone(page, name);
  }

  private void assertFitsAPhone(Page page, String name) {
    // The top of a long page is enough to look at; a whole 300-row import would be metres tall.
    double height = Math.min(SCREENSHOT_HEIGHT, ((Number) page.evaluate("document.documentElement.scrollHeight")).doubleValue());
    page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setClip(0, 0, PHONE_WIDTH, height)
        .setPath(AccessibilityTest.SCREENSHOTS.resolve("phone-" + name.replaceAll("\\W+", "-") + ".png")));

    assertThat(stickingOut(page)).as("elements of the %s page past the right edge", name).isEmpty();
    assertThat(page.evaluate("document.documentElement.scrollWidth <= innerWidth"))
        .as("the %s page scrolls sideways at %d pixels: it is %s wide", name, PHONE_WIDTH,
            page.evaluate("document.documentElement.scrollWidth"))
        .isEqualTo(true);
  }

  /** The search page's Include and Exclude boxes, for tags named without a space too. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      search        | /works/search?q={word}
      """)
  void includeAndExcludeBoxesStayOnScreen(String name, String path) {
    Page page = guestPage();
    page.navigate(url(fill(path)));
    page.locator("details.facet").evaluateAll("all => all.forEach(d => d.open = true)");

    assertThat(page.locator(".facet-table input").count()).as("Include and Exclude boxes").isGreaterThan(20);
    assertThat((List<?>) page.evaluate("[...document.querySelectorAll('.facet-table input')].filter(box => {"
        + " const r = box.getBoundingClientRect(); return r.left < 0 || r.right > innerWidth;"
        + " }).map(box => box.getAttribute('aria-label'))"))
        .as("Include and Exclude boxes off the %s page", name).isEmpty();
    assertThat(page.locator(".facet-table th").allTextContents()).anyMatch(text -> text.contains(LONG_FANDOM));
  }

  /**
   * Elements whose right edge is past the viewport's while their parent's is not (the outermost
   * culprits), unless something around them scrolls or clips sideways (then they stick out of
   * that, not of the page).
   */
  @SuppressWarnings("unchecked")
  private static List<String> stickingOut(Page page) {
    return (List<String>) page.evaluate("""
        () => {
          const out = e => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && r.right > innerWidth + 0.5;
          };
          return [...document.querySelectorAll('body *')].filter(e => {
            if (!out(e) || out(e.parentElement)) return false;
            for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
              if (getComputedStyle(p).overflowX !== 'visible') return false;
            }
            return true;
          }).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
            + [...e.classList].map(c => '.' + c).join('') + ' reaches ' + Math.round(e.getBoundingClientRect().right));
        }
        """);
  }

  private String fill(String path) {
    Matcher placeholder = Pattern.compile("\\{(\\w+)}").matcher(path);
    return placeholder.replaceAll(m -> Matcher.quoteReplacement(archive.get(m.group(1))));
  }

  /**
   * Imports the archive from a folder whose path is long, and names what the pages need: work,
   * chapter, tag and import ids for the placeholders in the page table.
   */
  private static Map<String, String> build(Importer importer, WorkCatalog catalog) throws IOException {
    Path folder = Files.createTempDirectory("quire-phone-");
    for (int level = 0; level < 3; level++) {
      folder = folder.resolve(unbroken("folder" + level, 200));
    }
    Files.createDirectories(folder);
    // Two works more than are written plainly: the extreme ones must have source addresses of their
    // own, or they would import as later versions of generated works.
    SyntheticDownloads downloads = new SyntheticDownloads(12, GENERATED_WORKS + 2);
    for (int n = 0; n < GENERATED_WORKS; n++) {
      Files.writeString(folder.resolve("work-" + n + ".html"), downloads.html(n));
    }
    String series = unbroken("Series", 200);
    String summary = (WORD + " is how the keepers measured the shore. ").repeat(30) + unbroken("https://example.org/", 200);
    Files.writeString(folder.resolve(unbroken("long-", 180) + ".html"), downloads.html(GENERATED_WORKS, new Extremes(
        unbroken("Title", 200), unbroken("Creator", 200), summary, LONG_FANDOM,
        List.of(LONG_TAG, "A tag with ordinary words that goes on and on for a long while, as freeform tags do"),
        3, series, 1)));
    Files.writeString(folder.resolve("chaptered.html"), downloads.html(GENERATED_WORKS + 1, new Extremes(
        "Twenty-Two Chapters of " + WORD, "A Patient Writer", "A long work.", "Original Work", List.of(), 22, series, 2)));
    Files.writeString(folder.resolve("suggested.txt"), "Title: " + unbroken("Suggested", 200) + "\n\n"
        + "Disclaimer: I do not own Merlin, nor any of its characters.\n\n"
        + ("Arthur Pendragon carried the flour while Merlin kneaded the dough, and Arthur said Merlin was slow. "
            + WORD + ".\n\n").repeat(6));
    Files.writeString(folder.resolve("empty.txt"), "");

    ImportReport report = importer.importPaths(List.of(folder), false, outcome -> {});
    WorkDetails chaptered = catalog.details(Viewer.guest(), workId(report, "chaptered.html")).orElseThrow();
    Byline longCreator = catalog.details(Viewer.guest(), workId(report, "long-")).orElseThrow().summary().bylines().getFirst();
    return Map.of(
        "long", String.valueOf(workId(report, "long-")),
        "chaptered", String.valueOf(chaptered.id()),
        "suggested", String.valueOf(workId(report, "suggested.txt")),
        "chapter", String.valueOf(chaptered.chapters().get(11).id()),
        "series", String.valueOf(chaptered.series().getFirst().seriesId()),
        "creatorPage", longCreator.pseudPath(),
        "creatorWorks", longCreator.worksPath(),
        "tag", TagSlug.encode(LONG_TAG),
        "import", String.valueOf(report.runId()),
        "word", WORD);
  }

  private static long workId(ImportReport report, String fileNameStart) {
    return report.files().stream()
        .filter(f -> Path.of(f.path()).getFileName().toString().startsWith(fileNameStart))
        .map(FileOutcome::workId)
        .findFirst().orElseThrow(() -> new IllegalStateException(fileNameStart + " did not import"));
  }

  /** A name of {@code length} characters without a space (nor anywhere else to break a line). */
  static String unbroken(String start, int length) {
    return (start + "x".repeat(length)).substring(0, length);
  }
}
