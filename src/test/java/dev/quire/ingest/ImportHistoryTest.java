package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Past import reports are listed at /imports with every file's outcome. */
class ImportHistoryTest extends ArchiveTest {

  @Autowired Importer importer;
  @Autowired MockMvc mvc;

  @Test
  void everyRunIsKeptWithItsFilesOutcomes(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("a-story.txt"), "Title: Kept Reports\n\nThe ledger was kept in a blue box.\n");
    Files.write(folder.resolve("b-empty.txt"), new byte[0]);

    ImportReport report = importer.importPaths(List.of(folder), false, outcome -> {});

    String list = mvc.perform(get("/imports")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(Jsoup.parse(list).select("table.imports a").eachAttr("href")).contains("/imports/" + report.runId());

    String html = mvc.perform(get("/imports/{id}", report.runId())).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    Document page = Jsoup.parse(html);
    assertThat(page.select("p.summary").text()).contains("1 imported, 0 updated, 0 duplicate, 1 failed");
    assertThat(page.select("tr.imported td.path").text()).endsWith("a-story.txt");
    assertThat(page.select("tr.imported a").attr("href")).isEqualTo("/works/" + report.files().get(0).workId());
    assertThat(page.select("tr.failed .reason").text()).isEqualTo("the file is empty");
  }

  @Test
  void reportsNameFilesFromWhatWasImportedNeverByTheServersFolders(@TempDir Path server) throws Exception {
    Path shelf = Files.createDirectories(server.resolve("shelf").resolve("autumn"));
    Files.writeString(shelf.resolve("lantern.txt"), "Title: Relative Lanterns\n\nThe lamps were lit along the quay.\n");
    Path single = Files.writeString(server.resolve("single.txt"), "Title: One Alone\n\nA single lamp on the sill.\n");

    ImportReport report = importer.importPaths(List.of(server.resolve("shelf"), single), false, outcome -> {});

    String html = mvc.perform(get("/imports/{id}", report.runId())).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(Jsoup.parse(html).select("td.path").eachText())
        .containsExactly("shelf/autumn/lantern.txt", "single.txt");
    assertThat(html).doesNotContain(server.toString());
  }

  @Test
  void filesHandedOverAsBytesAreKeptAsOneRun() throws Exception {
    java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    files.put("sample-a.txt", "Title: Handed Over\n\nA parcel arrived on the step.\n".getBytes());
    files.put("sample-b.txt", new byte[0]);

    ImportReport report = importer.importFiles(files, false);

    String html = mvc.perform(get("/imports/{id}", report.runId())).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(Jsoup.parse(html).select("td.path").eachText()).containsExactly("sample-a.txt", "sample-b.txt");
    assertThat(report.imported()).isEqualTo(1);
    assertThat(report.failed()).isEqualTo(1);
  }

  @Test
  void anUnknownImportIsA404() throws Exception {
    mvc.perform(get("/imports/{id}", 99999999L)).andExpect(status().isNotFound());
  }
}
