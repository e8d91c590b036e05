package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.AccountRepository;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.comment.CommentAction;
import dev.quire.comment.Comments;
import dev.quire.comment.ThreadedComment;
import dev.quire.ingest.FileOutcome.Status;
import dev.quire.mail.OutboxLetter;
import dev.quire.mail.OutboxRepository;
import dev.quire.search.TestWorks;
import dev.quire.work.Creator;
import dev.quire.work.CreatorRepository;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an eFiction archive's readers left comes back with its stories: reviews as imported
 * comments, members' favourites as their bookmarks once they claim their bylines; a newer backup
 * fills in what an older one lacked, and two archives whose dumps share a name stay apart.
 */
class EfictionCommunityTest extends ArchiveTest {

  private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+/claims/([A-Za-z0-9_-]+)");

  @Autowired Importer importer;
  @Autowired WorkCatalog catalog;
  @Autowired Comments comments;
  @Autowired CreatorRepository creators;
  @Autowired TestAccounts accounts;
  @Autowired AccountRepository accountRepository;
  @Autowired OutboxRepository outbox;
  @Autowired MockMvc mvc;
  @Autowired TransactionTemplate transactions;

  String marker;

  @BeforeEach
  void aMarker() {
    marker = TestWorks.marker();
  }

  @Test
  void reviewsComeBackAsImportedCommentsUnderTheReviewersNamesWithTheirDatesOnceEach(@TempDir Path root)
      throws Exception {
    Path backup = backup(root.resolve("harbour"), "backup.sql", settings("http://harbour-" + marker + ".example.org")
        + reviews());

    ImportReport report = importer.importPaths(List.of(backup), false, outcome -> {});

    assertThat(report.files()).extracting(FileOutcome::status)
        .containsExactly(Status.IMPORTED, Status.IMPORTED, Status.ARCHIVE);
    assertThat(report.files().get(2).flags()).contains(
        "reviews: 3 of 2 stories, as imported comments (each kept once)",
        "1 review not kept: not of a story the archive lists");
    long tidewater = report.files().get(0).workId();
    Document page = Jsoup.parse(mvc.perform(get("/works/{id}/comments", tidewater))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    assertThat(page.select("li.comment h4.byline")).extracting(h -> h.text().replaceAll(" \\d{1,2} \\w{3} \\d{4}.*", "")).containsExactly(
        "Kestrel " + marker + " (imported comment)",
        "A Passing Reader (imported comment) on Chapter 2");
    assertThat(page.select("li.comment time").eachAttr("datetime")).containsExactly(
        "2005-01-02T00:00:00Z", "2005-01-03T00:00:00Z");
    assertThat(page.select("li.comment blockquote.userstuff").eachText())
        .containsExactly("Lovely tides.", "The second night was the best part.");
    assertThat(page.select("li.comment script")).isEmpty();
    assertThat(page.select("li.comment blockquote.userstuff b").text()).isEqualTo("tides");
    assertThat(catalog.summary(Viewer.guest(), tidewater).orElseThrow().stats().comments()).isEqualTo(2);

    ImportReport again = importer.importPaths(List.of(backup), false, outcome -> {});

    assertThat(again.files()).extracting(FileOutcome::status)
        .containsExactly(Status.DUPLICATE, Status.DUPLICATE, Status.ARCHIVE);
    assertThat(comments.allOnWork(Viewer.guest(), tidewater)).hasSize(2);
  }

  @Test
  void anImportedCommentIsEditedByNobodyDeletedByTheWorksManagersAndHiddenByModerators(@TempDir Path root) {
    Path backup = backup(root.resolve("harbour"), "backup.sql", settings("http://moor-" + marker + ".example.org")
        + reviews());
    long tidewater = importer.importPaths(List.of(backup), false, outcome -> {}).files().get(0).workId();
    Account admin = accounts.create(Role.ADMIN);
    Account moderator = accounts.create(Role.MODERATOR);
    Account reader = accounts.create();

    ThreadedComment asAdmin = comments.allOnWork(Viewer.of(admin), tidewater).getFirst();
    assertThat(asAdmin.actions()).contains(CommentAction.DELETE, CommentAction.HIDE).doesNotContain(CommentAction.EDIT);
    assertThat(comments.allOnWork(Viewer.of(moderator), tidewater).getFirst().actions())
        .contains(CommentAction.HIDE).doesNotContain(CommentAction.EDIT, CommentAction.DELETE);
    assertThat(comments.allOnWork(Viewer.of(reader), tidewater).getFirst().actions())
        .doesNotContain(CommentAction.EDIT, CommentAction.DELETE, CommentAction.HIDE);

    comments.delete(Viewer.of(admin), asAdmin.id());

    assertThat(comments.allOnWork(Viewer.guest(), tidewater)).hasSize(1);
    assertThat(catalog.summary(Viewer.guest(), tidewater).orElseThrow().stats().comments()).isEqualTo(1);
  }

  @Test
  void aMembersFavouritesBecomeTheirBookmarksWhenTheyClaimTheirByline(@TempDir Path root) throws Exception {
    Path backup = backup(root.resolve("harbour"), "backup.sql", settings("http://fens-" + marker + ".example.org")
        + "INSERT INTO `fanfiction_favorites` VALUES (2,1,'ST','Read it every winter.'),(2,2,'ST',NULL),"
        + "(2,1,'AU',NULL),(2,77,'ST',NULL),(3,1,'ST',NULL);\n");
    ImportReport report = importer.importPaths(List.of(backup), false, outcome -> {});
    assertThat(report.files().get(2).flags()).contains(
        "favourites: 2 stories of 1 member, bookmarks once their bylines are claimed",
        "1 favourite not kept: their member has no unclaimed byline here (wrote no story, or has claimed it),"
            + " or their story was not imported",
        "1 favourite author not kept: Quire bookmarks works, not people",
        "1 favourite not kept: its story is not in the stories table");
    Account archivist = accounts.create(Role.ARCHIVIST);
    Account claimant = accounts.create();
    transactions.executeWithoutResult(t -> creators.save(Creator.pseud(claimant.getUserName(),
        accountRepository.findById(claimant.getId()).orElseThrow(), true)));
    long kestrel = creators.findUnclaimed("Kestrel " + marker).orElseThrow().getId();
    assertThat(page("/users/{u}/bookmarks", claimant.getUserName()).select("li.bookmark.blurb")).isEmpty();

    mvc.perform(post("/archivist/creators/{id}/invitation", kestrel).with(accounts.as(archivist)))
        .andExpect(status().is3xxRedirection());
    String address = "kestrel-" + marker + "@example.org";
    String letter = outbox.findTop100ByOrderByIdDesc().stream().map(OutboxLetter::letter)
        .filter(l -> l.to().equals(address)).findFirst().orElseThrow().body();
    Matcher link = LINK.matcher(letter);
    assertThat(link.find()).isTrue();
    mvc.perform(post("/claims/{t}", link.group(1)).with(accounts.as(claimant))).andExpect(status().is3xxRedirection());

    Document shelf = page("/users/{u}/bookmarks", claimant.getUserName());
    assertThat(shelf.select("li.bookmark.blurb").stream().map(b -> b.select("h4.heading a").first().text()))
        .containsExactlyInAnyOrder("Tidewater " + marker, "Saltmarsh " + marker);
    assertThat(shelf.text()).contains("Read it every winter.");
  }

  @Test
  void aChapterImportedAsANoticeIsFilledInByANewerBackupThatBringsItsFile(@TempDir Path root) throws IOException {
    String dump = settings("http://marsh-" + marker + ".example.org").replace("'The second night.'", "''");
    Path older = backup(root.resolve("older"), "marsh-2010.sql", dump);
    long work = importer.importPaths(List.of(older), false, outcome -> {}).files().get(0).workId();
    assertThat(chapterTexts(work).get(1)).contains("was missing from the");

    Path newer = backup(root.resolve("newer"), "marsh-2011.sql", dump);
    Files.createDirectories(newer.resolve("stories/1"));
    Files.writeString(newer.resolve("stories/1/11.txt"), "The second night, found again.");
    ImportReport report = importer.importPaths(List.of(newer), false, outcome -> {});

    assertThat(report.files().get(0).workId()).isEqualTo(work);
    assertThat(report.files().get(0).flags())
        .contains("chapter 2 of work " + work + " was a notice of missing text; it now has its text");
    assertThat(chapterTexts(work)).containsExactly("<p>The first night.</p>", "<p>The second night, found again.</p>");
  }

  @Test
  void twoArchivesWhoseDumpsAreBothNamedBackupSqlKeepTheirWorksApart(@TempDir Path root) {
    String first = settings(null).replace("'Harbour'", "'First " + marker + "'");
    String second = settings(null).replace("'Harbour'", "'Second " + marker + "'")
        .replace("1104537600,1104537600", "1230768000,1230768000");
    List<FileOutcome> one = importer.importPaths(List.of(backup(root.resolve("one"), "backup.sql", first)), false,
        outcome -> {}).files();
    List<FileOutcome> two = importer.importPaths(List.of(backup(root.resolve("two"), "backup.sql", second)), false,
        outcome -> {}).files();

    assertThat(two.get(0).status()).isEqualTo(Status.IMPORTED);
    assertThat(two.get(0).workId()).isNotEqualTo(one.get(0).workId());
    assertThat(two.get(0).flags()).noneMatch(flag -> flag.contains("already there") || flag.contains("joined"));
    assertThat(chapterTexts(one.get(0).workId())).hasSize(2);
  }

  private List<String> chapterTexts(long work) {
    return catalog.details(Viewer.guest(), work).orElseThrow().chapters().stream()
        .map(WorkDetails.ChapterText::body).toList();
  }

  private Document page(String path, Object... variables) throws Exception {
    return Jsoup.parse(mvc.perform(get(path, variables)).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString());
  }

  /**
   * An eFiction 3.5 dump of two stories by two members (and a third who only reads), its settings
   * with the archive's address when {@code url} is given; story 1 has two chapters.
   */
  private String settings(String url) {
    String m = marker;
    return "SET NAMES utf8;\n"
        + "INSERT INTO `fanfiction_settings` (`sitekey`,`sitename`,`url`,`siteemail`) VALUES ('1','Harbour','"
        + (url == null ? "http://www.yoursite.com" : url) + "','you@yoursite.com');\n"
        + "INSERT INTO `fanfiction_authors` VALUES (1,'Wren " + m + "','','wren-" + m + "@example.org','','','',"
        + "1104537600,0,'x'),(2,'Kestrel " + m + "','','kestrel-" + m + "@example.org','','','',1104537600,0,'x'),"
        + "(3,'Plover " + m + "','','','','','',1104537600,0,'x');\n"
        + "INSERT INTO `fanfiction_stories` VALUES (1,'Tidewater " + m + "','Nights by the sea.','','0','','',"
        + "'0',1104537600,1104537600,1,'0',0,1,1,0,0,0,0,0,'0'),(2,'Saltmarsh " + m + "','Reeds.','','0','','',"
        + "'0',1104537600,1104537600,2,'0',0,1,1,0,0,0,0,0,'0');\n"
        + "INSERT INTO `fanfiction_chapters` VALUES (10,'',1,'','The first night.',NULL,1,0,0,0,1,1,0),"
        + "(11,'',2,'','The second night.',NULL,1,0,0,0,1,1,0),(12,'',1,'','Reeds bend.',NULL,1,0,0,0,2,2,0);\n";
  }

  /** Reviews by a member (named by their pen name) of the whole story, a guest of chapter 2, one on a series and one of nothing. */
  private static String reviews() {
    return "INSERT INTO `fanfiction_reviews` VALUES "
        + "(1,1,0,'0',2,'<p>Lovely <b>tides</b>.</p><script>alert(1)</script>',1104624000,5,'0','ST'),"
        + "(2,1,11,'A Passing Reader',0,'The second night was the best part.',1104710400,-1,'0','ST'),"
        + "(3,2,12,'Gull',0,'Reeds!',1104796800,-1,'0','ST'),"
        + "(4,5,0,'Gull',0,'A whole series.',1104796800,-1,'0','SE'),"
        + "(5,1,10,'Gull',0,'   ',1104796800,-1,'0','ST');\n";
  }

  private static Path backup(Path folder, String name, String dump) {
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve(name), dump, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return folder;
  }
}
