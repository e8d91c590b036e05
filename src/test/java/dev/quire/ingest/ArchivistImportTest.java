package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.ingest.WorkPublisher.Original;
import dev.quire.ingest.WorkPublisher.Submission;
import dev.quire.platform.Sha256;
import dev.quire.search.TestWorks;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.Installment;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.work.TagSuggestion;
import dev.quire.work.Work;
import dev.quire.work.WorkRepository;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imported works belong to the archivist who imported them: that archivist decides their tag
 * suggestions and finds their bylines among the unclaimed creators; another archivist does not.
 */
class ArchivistImportTest extends ArchiveTest {

  @Autowired Importer importer;
  @Autowired WorkPublisher publisher;
  @Autowired WorkRepository works;
  @Autowired TestAccounts accounts;
  @Autowired TransactionTemplate transactions;
  @Autowired MockMvc mvc;

  Account archivistA;
  Account archivistB;
  String marker;

  @BeforeEach
  void twoArchivists() {
    archivistA = accounts.create(Role.ARCHIVIST);
    archivistB = accounts.create(Role.ARCHIVIST);
    marker = TestWorks.marker();
  }

  @Test
  void theArchivistWhoImportedAWorkDecidesItsSuggestionsAndAnotherArchivistDoesNot() throws Exception {
    long work = imported(importer.importBytes("ferry.txt", "ferry-" + marker + ".txt",
        story("Night Ferry " + marker, "Rowan " + marker), ImportOwner.archivist(Viewer.of(archivistA)), false));
    long refused = waitingSuggestion(work);
    long accepted = waitingSuggestion(work);

    mvc.perform(post("/works/{id}/suggestions/{s}/accept", work, refused).with(accounts.as(archivistB)))
        .andExpect(status().isForbidden());
    mvc.perform(post("/works/{id}/suggestions/{s}/accept", work, accepted).with(accounts.as(archivistA)))
        .andExpect(status().is3xxRedirection());

    assertThat(ownerOf(work)).isEqualTo(archivistA.getUserName());
    assertThat(waiting(work)).contains(refused).doesNotContain(accepted);
  }

  @Test
  void theUnclaimedCreatorsPageNamesTheArchivistWhoImportedEachByline() throws Exception {
    importer.importFiles(Map.of("lamp-" + marker + ".txt", story("Lamp " + marker, "Ivy " + marker)),
        ImportOwner.archivist(Viewer.of(archivistA)), false);
    importer.importFiles(Map.of("oar-" + marker + ".txt", story("Oar " + marker, "Oak " + marker)), false);

    Document page = Jsoup.parse(mvc.perform(get("/archivist/creators").param("q", marker)
        .with(accounts.as(archivistA))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

    assertThat(page.select("table.creators tbody tr")).hasSize(2);
    assertThat(importedBy(page, "Ivy " + marker)).isEqualTo(archivistA.getUserName());
    assertThat(importedBy(page, "Oak " + marker)).isEqualTo("the command line");
  }

  @Test
  void anOpenDoorsArchiveImportedByAnArchivistIsTheirs(@TempDir Path root) throws IOException {
    Path archive = openDoorsTables(root.resolve("harbour-" + marker));

    ImportReport report = importer.importPaths(List.of(archive), ImportOwner.archivist(Viewer.of(archivistA)),
        false, outcome -> {});

    FileOutcome story = report.files().getFirst();
    assertThat(story.status()).as(story.reason()).isEqualTo(FileOutcome.Status.IMPORTED);
    assertThat(ownerOf(story.workId())).isEqualTo(archivistA.getUserName());
  }

  @Test
  void aLaterInstallmentGivesAWorkWithoutOwnerToItsArchivistButNeverTakesAnothersWork() {
    String key = "example.org/s/" + marker;
    long work = publishChapter(key, 1, ImportOwner.NONE);
    publishChapter(key, 2, ImportOwner.archivist(Viewer.of(archivistA)));
    publishChapter(key, 3, ImportOwner.archivist(Viewer.of(archivistB)));

    assertThat(ownerOf(work)).isEqualTo(archivistA.getUserName());
  }

  @Test
  void aWorkImportedWithoutAnArchivistBelongsToNoAccount() {
    long work = imported(importer.importBytes("quay.txt", "quay-" + marker + ".txt",
        story("Quay " + marker, "Elm " + marker), false));

    assertThat(ownerOf(work)).isNull();
  }

  @Test
  void onlyAnArchivistOwnsAnImport() {
    for (Viewer refused : List.of(Viewer.guest(), Viewer.of(accounts.create(Role.WRANGLER)),
        Viewer.of(accounts.create(Role.ADMIN)))) {
      assertThatThrownBy(() -> ImportOwner.archivist(refused)).isInstanceOf(AccessDeniedException.class)
          .hasMessageEndingWith("rchivists import works.");
    }
  }

  private long publishChapter(String key, int number, ImportOwner owner) {
    StoryDocument document = StoryDocument.builder()
        .title("The Long Road " + marker)
        .creator("Wren " + marker)
        .chapter(new StoryChapter("Leg " + number, null, null, "<p>Chapter " + number + " of the road.</p>"))
        .installment(new Installment(key, number))
        .build();
    byte[] bytes = (key + number).getBytes(StandardCharsets.UTF_8);
    return publisher.publish(new Submission(document, document.title(), List.of(),
        new Original("chapter" + number + ".html", "ffn-page", bytes, Sha256.hex(bytes)), owner)).workId();
  }

  static byte[] story(String title, String creator) {
    return ("Title: " + title + "\nAuthor: " + creator + "\nRating: General Audiences\n\n"
        + "The ferry crossed at night, its lamp swinging over the black water.\n\n".repeat(5))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static long imported(FileOutcome outcome) {
    assertThat(outcome.status()).as(outcome.reason()).isEqualTo(FileOutcome.Status.IMPORTED);
    return outcome.workId();
  }

  private String ownerOf(long workId) {
    return transactions.execute(t -> {
      Work work = works.findById(workId).orElseThrow();
      return work.getOwner() == null ? null : work.getOwner().getUserName();
    });
  }

  private long waitingSuggestion(long workId) {
    String name = "Ferry tag " + UUID.randomUUID().toString().substring(0, 8);
    return transactions.execute(t -> {
      Work work = works.findById(workId).orElseThrow();
      work.addSuggestion(TagKind.FREEFORM, name, 0.5, "a word in the text", null);
      works.flush();
      return work.getWaitingSuggestions().stream().filter(s -> s.getName().equals(name))
          .map(TagSuggestion::getId).findFirst().orElseThrow();
    });
  }

  private List<Long> waiting(long workId) {
    return transactions.execute(t -> works.findById(workId).orElseThrow().getWaitingSuggestions().stream()
        .map(TagSuggestion::getId).toList());
  }

  private static String importedBy(Document page, String byline) {
    return page.select("table.creators tbody tr").stream()
        .filter(row -> row.select("th").text().equals(byline))
        .findFirst().orElseThrow().select("td[data-label=Imported by]").text();
  }

  /** The Open Doors fixture's tables, its one importable story renamed with this test's marker. */
  private Path openDoorsTables(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (String name : List.of("authors.csv", "stories.csv", "chapters.csv", "tags.csv", "item_tags.csv")) {
      try (InputStream in = getClass().getResourceAsStream("/opendoors/csv/" + name)) {
        String table = new String(in.readAllBytes(), StandardCharsets.UTF_8)
            .replace("The Lighthouse Keeper's Promise", "The Lighthouse " + marker)
            .replace("Maple Finch", "Maple " + marker)
            .replace("archive.example.org", marker + ".example.org");
        Files.writeString(folder.resolve(name), table);
      }
    }
    return folder;
  }
}
