package dev.quire.download.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.quire.ArchiveTest;
import dev.quire.account.Viewer;
import dev.quire.download.DownloadAddress;
import dev.quire.download.DownloadFormat;
import dev.quire.download.Epubcheck;
import dev.quire.download.NuHtmlChecker;
import dev.quire.ingest.FileOutcome;
import dev.quire.ingest.Importer;
import dev.quire.ingest.WorkPublisher;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Downloads of real and awkward works, checked by the tools e-readers and browsers are held to:
 * epubcheck for EPUB, the Nu HTML Checker for HTML, each with no error and no warning.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DownloadConformanceTest extends ArchiveTest {

  static final List<String> SEEDS = List.of("000_6d3892887376a1a9.txt", "001_b7773ee8eb1fcad9.txt");

  @Autowired MockMvc mvc;
  @Autowired Importer importer;
  @Autowired WorkPublisher publisher;
  @Autowired WorkCatalog catalog;

  List<Long> seeds;
  long firstOfSeries;
  long secondOfSeries;
  long awkward;

  @BeforeAll
  void importAndPublish(@TempDir Path folder) throws IOException {
    for (String seed : SEEDS) {
      try (InputStream in = getClass().getResourceAsStream("/seeds/" + seed)) {
        Files.copy(in, folder.resolve(seed));
      }
    }
    seeds = importer.importPaths(List.of(folder), false, outcome -> {}).files().stream()
        .map(FileOutcome::workId).toList();
    String series = "Coastal Tales " + UUID.randomUUID();
    firstOfSeries = Downloads.publish(publisher, multiChapter("The Lamp Room", series, 1));
    secondOfSeries = Downloads.publish(publisher, multiChapter("The Fog Bell", series, 2));
    awkward = Downloads.publish(publisher, awkward());
  }

  static StoryDocument multiChapter(String title, String series, int position) {
    return StoryDocument.builder()
        .title(title)
        .creators(List.of("Synthetic Writer", "Second Hand"))
        .summary("<p>A keeper, a lamp and a <em>long</em> winter.</p>")
        .notes("<p>Written for the harbour exchange.</p>")
        .endNotes("<p>Thank you for reading to the end.</p>")
        .language("en")
        .tag(TagKind.RATING, "Teen And Up Audiences")
        .tag(TagKind.FANDOM, "Harbour Town (Synthetic)")
        .tag(TagKind.CHARACTER, "Mira Vale")
        .tag(TagKind.FREEFORM, "Lighthouses")
        .chaptersExpected(3)
        .series(series, position)
        .sourceUrl("https://archive.example.org/works/" + position)
        .chapter(new StoryChapter("Dusk", "<p>Before the first chapter.</p>", "<p>After the first chapter.</p>",
            "<p>Mira climbed the hundred steps of the lighthouse.</p><p>The lamp was old.</p>"))
        .chapter(new StoryChapter(null, null, null, "<p>Tobin counted the boats.<br>One, two, three.</p><hr><p>Fog.</p>"))
        .chapter(new StoryChapter("Dawn", null, "<p>The last chapter ends here.</p>",
            "<blockquote><p>A letter about the tides.</p></blockquote><ul><li>bread</li><li>lamp oil</li></ul>"))
        .build();
  }

  static StoryDocument awkward() {
    return StoryDocument.builder()
        .title("Crème & <Brûlée> \"Tôkyô\" / 東京")
        .creators(List.of("Åsa & Co", "<b>Bold</b>"))
        .summary("<p>Tom &amp; Jerry &lt;3</p>")
        .language("en")
        .tag(TagKind.RATING, "General Audiences")
        .tag(TagKind.FANDOM, "Tom & Jerry <Shorts>")
        .tag(TagKind.FREEFORM, "\"Quotes\" & 'apostrophes'")
        .chapter(new StoryChapter("Empty <&> chapter", null, null, ""))
        .chapter(new StoryChapter("Café", null, null,
            "<center>Centred</center><p align=\"right\">Right</p><span><p>In a span</p></span>"
                + "<p>A picture: <img src=\"https://images.example.org/a.png\" alt=\"a harbour\"></p>"
                + "<li>Lonely item</li><table width=\"50%\"><tr><td>cell</td></tr></table>"
                + "<p><font color=\"red\">Red</font> <big>big</big> <tt>mono</tt> <strike>gone</strike></p>"))
        .build();
  }

  byte[] download(long id, DownloadFormat format) throws Exception {
    WorkDetails work = catalog.details(Viewer.guest(), id).orElseThrow();
    MockHttpServletResponse response = Downloads.fetch(mvc,
        get(URI.create(DownloadAddress.ofWork(id, work.summary().title(), format))).param("view_adult", "true"))
        .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsByteArray();
  }

  @Test
  void theSeedsDownloadAsEpubsThatEpubcheckPasses() throws Exception {
    assertThat(seeds).hasSize(2);
    for (long seed : seeds) {
      assertThat(Epubcheck.problems(download(seed, DownloadFormat.EPUB))).isEmpty();
    }
  }

  @Test
  void theSeedsDownloadAsHtmlThatTheNuHtmlCheckerPasses() throws Exception {
    for (long seed : seeds) {
      assertThat(NuHtmlChecker.problems(download(seed, DownloadFormat.HTML))).isEmpty();
    }
  }

  @Test
  void aWorkWithChaptersNotesSummaryAndSeriesDownloadsClean() throws Exception {
    assertThat(Epubcheck.problems(download(firstOfSeries, DownloadFormat.EPUB))).isEmpty();
    assertThat(NuHtmlChecker.problems(download(firstOfSeries, DownloadFormat.HTML))).isEmpty();
  }

  @Test
  void aWorkWithAwkwardTitlesTagsAndMarkupDownloadsClean() throws Exception {
    assertThat(Epubcheck.problems(download(awkward, DownloadFormat.EPUB))).isEmpty();
    assertThat(NuHtmlChecker.problems(download(awkward, DownloadFormat.HTML))).isEmpty();
  }

  @Test
  void aSeriesDownloadsAsAnEpubThatEpubcheckPasses() throws Exception {
    WorkDetails.SeriesPlace place = catalog.details(Viewer.guest(), secondOfSeries).orElseThrow().series().getFirst();
    MockHttpServletResponse response = Downloads.fetch(mvc, get(URI.create(DownloadAddress.ofSeries(place.seriesId(), place.title()))))
        .getResponse();

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(Epubcheck.problems(response.getContentAsByteArray())).isEmpty();
  }
}
