package dev.quire.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.quire.ArchiveTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A newcomer's first visit, in chromium, with the keyboard only: signs up, confirms the address by
 * the link mailed to it (caught by GreenMail), logs in, posts a work of two chapters with tags and
 * saves another as a draft, finds the first in search, edits it, orphans it and logs out. Every
 * control is reached with Tab and worked with the keys a person would use; axe-core finds nothing
 * serious or critical on any page on the way, and the browser refuses nothing by the content
 * security policy.
 */
class AccountsBrowserTest extends BrowserTest {

  private static final GreenMail MAIL = startMail();
  private static final Pattern LOG_OUT = Pattern.compile("log ?out", Pattern.CASE_INSENSITIVE);
  private static final Pattern CONFIRMATION = Pattern.compile("/users/confirmation\\?confirmation_token=[^\\s\"<>]+");

  /**
   * Mail goes to GreenMail. This configuration starts an archive of its own, so it gets a data
   * folder of its own: two archives on one Lucene index would fight over its lock. The folder's two
   * uses are named here, as ArchiveTest already names {@code quire.data} and its value wins.
   */
  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    Path data = ArchiveTest.newDataFolder();
    registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("db/quire") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    registry.add("quire.search.directory", () -> data.resolve("index").toString());
    registry.add("spring.mail.host", () -> "localhost");
    registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
  }

  @AfterAll
  static void stopMail() {
    MAIL.stop();
  }

  private final List<String> refused = new ArrayList<>();
  private Page page;

  @Test
  void aNewcomerSignsUpPostsFindsEditsOrphansAndLogsOutWithTheKeyboardOnly() {
    String name = "walker" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String email = name + "@example.org";
    String password = "lanterns over the " + name;
    String word = "Quillwort" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    page = page(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    page.setDefaultTimeout(10_000);
    page.onConsoleMessage(message -> {
      if (message.text().contains("Content Security Policy")) {
        refused.add(page.url() + ": " + message.text());
      }
    });

    // Sign up.
    open("/signup");
    fill(label("user name"), name);
    fill(label("^email"), email);
    fill(page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)), password);
    fill(label("confirm password"), password);
    press(button("create account"));
    checked("signed up");

    // Confirm by the mailed link.
    open(confirmationLinkMailedTo(email));
    checked("the address confirmed");
    assertThat(page.content()).containsIgnoringCase("confirmed");

    // Log in.
    open("/users/login");
    fill(label("user name|login"), name);
    fill(label("^password"), password);
    press(button("log in"));
    checked("home after logging in");
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(LOG_OUT))
        .or(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(LOG_OUT)))
        .count()).as("a way to log out once logged in").isPositive();

    // Post a work: AO3's required fields, tags, a first chapter.
    String title = "Lanterns " + word;
    postWork(title, "The first chapter, where " + word + " grows by the well.");
    press(button("^post$"));
    checked("the posted work");
    assertThat(page.locator(".error-summary").allInnerTexts()).as("problems the form showed at %s", page.url()).isEmpty();
    assertThat(page.locator("h2.title").innerText()).contains(title);
    String workPath = pathOf();

    // Its second chapter.
    press(link("add chapter"));
    checked("a new chapter");
    fill(label("chapter title"), "The second evening");
    fill(label("^(chapter|work) text"), "The second chapter, where the lanterns are lit again.");
    press(button("^post$"));
    checked("the second chapter");
    open(workPath);
    assertThat(page.locator("dd.chapters").innerText()).startsWith("2/");

    // A draft, kept and not posted.
    String draftTitle = "Unfinished " + word;
    postWork(draftTitle, "A draft that nobody else reads yet.");
    press(button("save as draft"));
    checked("the saved draft");
    assertThat(page.content()).contains(draftTitle);

    // Find the posted work, not the draft, with the search box in the header.
    open("/");
    fill(page.getByLabel("Search works"), word);
    page.waitForNavigation(() -> page.keyboard().press("Enter"));
    checked("search results");
    assertThat(page.locator("li.work.blurb h4 a").allInnerTexts()).contains(title).doesNotContain(draftTitle);

    // Edit it.
    open(workPath);
    press(link("^edit$"));
    checked("editing the work");
    fill(label("work title"), title + " Revised");
    press(button("^(post|update|save)"));
    checked("the edited work");
    assertThat(page.locator("h2.title").innerText()).contains(title + " Revised");

    // Orphan it (keeping the pseud's name, the choice offered first): the byline leaves the account.
    open(workPath);
    press(link("orphan"));
    checked("orphaning the work");
    press(button("orphan|yes"));
    checked("after orphaning");
    open(workPath);
    assertThat(page.locator("h3.byline a[rel=author]").getAttribute("href")).startsWith("/users/orphan_account/");
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit")).count())
        .as("an edit link once orphaned").isZero();

    // Log out: the header's link (as on AO3, which readers' tools look for) asks, its button does it.
    press(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(LOG_OUT)));
    checked("log out");
    press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(LOG_OUT)));
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("log ?in", Pattern.CASE_INSENSITIVE))).count())
        .as("a log-in link once logged out").isPositive();

    assertThat(refused).as("what the content security policy refused").isEmpty();
  }

  /** Fills the posting form (AO3's fields) and leaves the choice of button to the caller. */
  private void postWork(String title, String text) {
    open("/works/new");
    checked("post new work");
    tabTo(label("^rating"));
    page.keyboard().type("General");
    tabTo(label("no archive warnings apply"));
    page.keyboard().press("Space");
    fill(label("^fandoms?"), "Original Work");
    fill(label("^additional tags"), "Lanterns, Quiet Evenings");
    fill(label("^work title|^title"), title);
    fill(label("^(chapter|work) text"), text);
  }

  private void open(String path) {
    page.navigate(url(path));
    page.waitForLoadState();
  }

  /** Reaches {@code target} with Tab, as a keyboard user would, and types into it. */
  private void fill(Locator target, String text) {
    tabTo(target);
    page.keyboard().press("ControlOrMeta+A");
    page.keyboard().type(text);
  }

  /** Reaches {@code target} with Tab and presses Enter on it, which leads to another page. */
  private void press(Locator target) {
    tabTo(target);
    page.waitForNavigation(() -> page.keyboard().press("Enter"));
    page.waitForLoadState();
  }

  /** Presses Tab until {@code target} has the focus; fails when a whole round of the page never reaches it. */
  private void tabTo(Locator target) {
    Locator element = target.first();
    element.waitFor();
    for (int presses = 0; presses < 400; presses++) {
      if ((Boolean) element.evaluate("e => e === document.activeElement")) {
        return;
      }
      page.keyboard().press("Tab");
    }
    fail("Tab never reached " + target + " on " + page.url());
  }

  private Locator label(String pattern) {
    return page.getByLabel(Pattern.compile(pattern, Pattern.CASE_INSENSITIVE));
  }

  private Locator button(String pattern) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile(pattern, Pattern.CASE_INSENSITIVE)));
  }

  private Locator link(String pattern) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile(pattern, Pattern.CASE_INSENSITIVE)));
  }

  /** axe-core on the page now: nothing serious or critical. */
  private void checked(String what) {
    AxeResults results = axe(page).analyze();
    assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
    assertThat(results.getViolations())
        .as("serious or critical axe violations on %s (%s)", what, page.url())
        .filteredOn(rule -> AccessibilityTest.BLOCKING.contains(rule.getImpact()))
        .extracting(Rule::getId)
        .isEmpty();
  }

  private String pathOf() {
    return page.url().replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
  }

  private static String confirmationLinkMailedTo(String email) {
    assertThat(MAIL.waitForIncomingEmail(15_000, 1)).as("a confirmation mail arrived").isTrue();
    for (MimeMessage message : MAIL.getReceivedMessages()) {
      Matcher link = CONFIRMATION.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
      if (GreenMailUtil.getAddressList(safeRecipients(message)).contains(email) && link.find()) {
        return link.group();
      }
    }
    return fail("no confirmation link was mailed to " + email);
  }

  private static jakarta.mail.Address[] safeRecipients(MimeMessage message) {
    try {
      return message.getAllRecipients();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static GreenMail startMail() {
    GreenMail mail = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    return mail;
  }
}
