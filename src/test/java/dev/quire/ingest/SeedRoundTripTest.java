package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Viewer;
import dev.quire.ingest.FileOutcome.Status;
import dev.quire.platform.Sha256;
import dev.quire.search.WorkHits;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.search.WorkSort;
import dev.quire.work.WorkSummary;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The two seed files, imported once, then searched, read and imported again. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedRoundTripTest extends ArchiveTest {

  static final String SEED_000 = "000_6d3892887376a1a9.txt";
  static final String SEED_001 = "001_b7773ee8eb1fcad9.txt";

  @Autowired Importer importer;
  @Autowired WorkQuery query;
  @Autowired MockMvc mvc;

  @TempDir Path folder;
  Path seeds;
  ImportReport firstImport;
  Map<String, Long> workIds;

  @BeforeAll
  void importSeedFolder(@TempDir Path seeds) throws IOException {
    this.seeds = seeds;
    copySeed(seeds, SEED_000);
    copySeed(seeds, SEED_001);
    firstImport = importer.importPaths(List.of(seeds), false, outcome -> {});
    workIds = firstImport.files().stream()
        .collect(Collectors.toMap(f -> Path.of(f.path()).getFileName().toString(), FileOutcome::workId));
  }

  static Path copySeed(Path folder, String name) throws IOException {
    try (InputStream in = SeedRoundTripTest.class.getResourceAsStream("/seeds/" + name)) {
      Path target = folder.resolve(name);
      Files.copy(in, target);
      return target;
    }
  }

  @Test
  void importsEveryFileOfTheFolderAndFlagsTheGuessedTitles() {
    assertThat(firstImport.imported()).isEqualTo(2);
    assertThat(firstImport.failed()).isZero();
    assertThat(firstImport.files())
        .allSatisfy(f -> {
          assertThat(f.status()).isEqualTo(Status.IMPORTED);
          assertThat(f.workId()).isNotNull();
          assertThat(f.flags()).containsExactly("title guessed", "language detected: en");
        });
  }

  @Test
  void importingTheSameBytesAgainImportsNothingNew() {
    ImportReport again = importer.importPaths(List.of(seeds), false, outcome -> {});

    assertThat(again.imported()).isZero();
    assertThat(again.duplicates()).isEqualTo(2);
    assertThat(again.files()).extracting(FileOutcome::workId)
        .containsExactlyInAnyOrderElementsOf(workIds.values());
  }

  @Test
  void findsASeedByWordsOfItsChapterText() {
    WorkHits hits = query.search(Viewer.guest(), WorkSearch.of("Talon rain fireplace"));

    assertThat(hits.works()).extracting(WorkSummary::id).contains(workIds.get(SEED_000));
    assertThat(hits.works()).extracting(WorkSummary::id).doesNotContain(workIds.get(SEED_001));
  }

  @Test
  void findsASeedByItsCreatorAndByItsDisclaimer() {
    WorkHits byCreator = query.search(Viewer.guest(), WorkSearch.of("Maggie"));
    WorkHits byNote = query.search(Viewer.guest(), WorkSearch.of("\"do not own Smallville\""));

    assertThat(byCreator.works()).extracting(WorkSummary::id).contains(workIds.get(SEED_001));
    assertThat(byNote.works()).extracting(WorkSummary::id).containsExactly(workIds.get(SEED_001));
  }

  @Test
  void worksNobodyRatedAreFoundUnderNotRated() {
    WorkHits hits = query.search(Viewer.guest(), WorkSearch.of("rating:\"Not Rated\""));
    WorkHits excluded = query.search(Viewer.guest(), WorkSearch.of("Maggie -tag:\"Not Rated\""));

    assertThat(hits.works()).extracting(WorkSummary::id).contains(workIds.get(SEED_000), workIds.get(SEED_001));
    assertThat(excluded.works()).extracting(WorkSummary::id).doesNotContain(workIds.get(SEED_001));
  }

  @Test
  void theWorkPageFirstAsksForConsentBecauseTheSeedsAreNotRated() throws Exception {
    String page = mvc.perform(get("/works/{id}", workIds.get(SEED_000)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();

    assertThat(Jsoup.parse(page).text())
        .contains("This work could have adult content. If you continue, you have agreed that you are willing to see such content.")
        .contains("Yes, Continue", "No, Go Back")
        .doesNotContain("a constant in her world");
  }

  @Test
  void afterConsentTheWorkPageShowsAo3MarkupWithNotesChapterAndVerse() throws Exception {
    long id = workIds.get(SEED_000);
    // Agreeing is remembered in a cookie of the browser session, which the browser then sends.
    Cookie consent = mvc.perform(get("/works/{id}", id).param("view_adult", "true")).andExpect(status().isOk())
        .andReturn().getResponse().getCookie("view_adult");

    String html = mvc.perform(get("/works/{id}", id).cookie(consent))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    Document page = Jsoup.parse(html);

    assertThat(page.select("h2.title.heading").text()).isEqualTo("Lana had always loved the sound of rain…");
    assertThat(page.select("dl.work.meta dd.rating.tags a.tag").text()).isEqualTo("Not Rated");
    assertThat(page.select("dl.stats dd.chapters").text()).isEqualTo("1/?");
    assertThat(page.select(".preface .notes blockquote.userstuff").text()).startsWith("Sorry it took me so long");
    assertThat(page.select("div#chapter-1 .chapter.preface h3.title").text()).contains("Part 2");
    assertThat(page.select("div#chapter-1 div.userstuff blockquote.verse")).hasSize(2);
    assertThat(page.select("div#chapter-1 div.userstuff").text()).contains("Lana had always loved the sound of rain");
  }

  @Test
  void chapterPagesAndTheChapterIndexLinkTheChapter() throws Exception {
    long id = workIds.get(SEED_001);
    String index = mvc.perform(get("/works/{id}/navigate", id))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    String chapterUrl = Jsoup.parse(index).select("ol.chapter.index a").attr("href");

    String chapter = mvc.perform(get(chapterUrl).param("view_adult", "true"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(chapterUrl).startsWith("/works/" + id + "/chapters/");
    assertThat(Jsoup.parse(chapter).select("h3.byline").text()).isEqualTo("Maggie");
    assertThat(Jsoup.parse(chapter).select("a[rel=next], a[rel=prev]")).isEmpty();
  }

  @Test
  void theOriginalDownloadsByteExact() throws Exception {
    byte[] original;
    try (InputStream in = getClass().getResourceAsStream("/seeds/" + SEED_001)) {
      original = in.readAllBytes();
    }

    mvc.perform(get("/works/{id}/original", workIds.get(SEED_001)).param("view_adult", "true"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(SEED_001)))
        .andExpect(content().bytes(original));
    mvc.perform(get("/works/{id}/originals/{sha}", workIds.get(SEED_001), Sha256.hex(original))
            .param("view_adult", "true"))
        .andExpect(status().isOk())
        .andExpect(content().bytes(original));
    mvc.perform(get("/works/{id}/original", workIds.get(SEED_001)))
        .andExpect(status().isSeeOther());
  }

  @Test
  void theApiReturnsTheFullRecordWithTheFandomSuggestion() throws Exception {
    mvc.perform(get("/api/v1/works/{id}", workIds.get(SEED_001)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(workIds.get(SEED_001)))
        .andExpect(jsonPath("$.title").value("Do you?"))
        .andExpect(jsonPath("$.creators[0]").value("Maggie"))
        .andExpect(jsonPath("$.rating").value("Not Rated"))
        .andExpect(jsonPath("$.language").value("en"))
        .andExpect(jsonPath("$.tags.rating[0]").value("Not Rated"))
        .andExpect(jsonPath("$.tags.fandom").isArray())
        .andExpect(jsonPath("$.suggestions[0].kind").value("fandom"))
        .andExpect(jsonPath("$.suggestions[0].name").value("Smallville"))
        .andExpect(jsonPath("$.suggestions[0].evidence").value(org.hamcrest.Matchers.containsString("I do not own Smallville")))
        .andExpect(jsonPath("$.notes").value(org.hamcrest.Matchers.containsString("Disclaimer")))
        .andExpect(jsonPath("$.chapters[0].position").value(1))
        .andExpect(jsonPath("$.source.fileName").value(SEED_001))
        .andExpect(jsonPath("$.source.format").value("plain-text"))
        .andExpect(jsonPath("$.source.sha256").value(Sha256.hex(Files.readAllBytes(copySeed(folder, SEED_001)))));
  }
}
