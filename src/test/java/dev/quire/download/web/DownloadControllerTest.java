package dev.quire.download.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.quire.ArchiveTest;
import dev.quire.account.Viewer;
import dev.quire.ingest.WorkPublisher;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.work.Visibility;
import dev.quire.work.VisibilityChanges;
import dev.quire.work.WorkCatalog;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Downloads at their addresses: names, formats, redirects, not-found pages and the adult gate. */
class DownloadControllerTest extends ArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired WorkPublisher publisher;
  @Autowired WorkCatalog catalog;
  @Autowired VisibilityChanges visibility;

  long publish(String title, String rating, String series, int position) {
    StoryDocument.Builder story = StoryDocument.builder()
        .title(title)
        .creator("Synthetic Writer")
        .tag(TagKind.RATING, rating)
        .chapter(new StoryChapter(null, null, null, "<p>The keeper trimmed the wick of the lamp.</p>"));
    if (series != null) {
      story.series(series, position);
    }
    return Downloads.publish(publisher, story.build());
  }

  MockHttpServletResponse download(String url, Object... variables) throws Exception {
    return Downloads.fetch(mvc, get(url, variables)).getResponse();
  }

  @Test
  void downloadsAWorkAsEpubHtmlAndTextSavedUnderItsTitle() throws Exception {
    long id = publish("The Lighthouse Keeper", "General Audiences", null, 0);

    MockHttpServletResponse epub = download("/downloads/{id}/The_Lighthouse_Keeper.epub", id);
    MockHttpServletResponse html = download("/downloads/{id}/The_Lighthouse_Keeper.html", id);
    MockHttpServletResponse text = download("/downloads/{id}/The_Lighthouse_Keeper.txt", id);

    assertThat(epub.getStatus()).isEqualTo(200);
    assertThat(epub.getContentType()).isEqualTo("application/epub+zip");
    assertThat(epub.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"The Lighthouse Keeper.epub\"");
    assertThat(new String(epub.getContentAsByteArray(), 30, 28, StandardCharsets.US_ASCII))
        .isEqualTo("mimetypeapplication/epub+zip");
    assertThat(html.getContentType()).isEqualTo("text/html;charset=UTF-8");
    assertThat(html.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"The Lighthouse Keeper.html\"");
    assertThat(Jsoup.parse(html.getContentAsString(StandardCharsets.UTF_8)).select("h1.title").text())
        .isEqualTo("The Lighthouse Keeper");
    assertThat(text.getContentType()).isEqualTo("text/plain;charset=UTF-8");
    assertThat(text.getContentAsString(StandardCharsets.UTF_8))
        .startsWith("The Lighthouse Keeper\n").contains("\nThe keeper trimmed the wick of the lamp.\n")
        .contains("Posted on this archive at http://localhost/works/" + id + "\n");
  }

  @Test
  void aTitleBeyondAsciiIsSavedUnderItsOwnNameWithAnAsciiFallback() throws Exception {
    long id = publish("Crème Brûlée", "General Audiences", null, 0);

    MockHttpServletResponse epub = download("/downloads/{id}/Crème_Brûlée.epub", id);

    assertThat(epub.getStatus()).isEqualTo(200);
    assertThat(epub.getHeader("Content-Disposition"))
        .isEqualTo("attachment; filename=\"Creme Brulee.epub\"; filename*=UTF-8''Cr%C3%A8me%20Br%C3%BBl%C3%A9e.epub");
  }

  @Test
  void aWrongOrMissingTitleRedirectsToTheDownloadsOwnAddress() throws Exception {
    long id = publish("The Lighthouse Keeper", "General Audiences", null, 0);

    MockHttpServletResponse wrong = download("/downloads/{id}/Another_Title.txt", id);
    MockHttpServletResponse missing = download("/downloads/{id}/.txt", id);
    MockHttpServletResponse consenting = Downloads.fetch(mvc,
        get("/downloads/{id}/x.EPUB", id).param("view_adult", "true")).getResponse();

    assertThat(wrong.getStatus()).isEqualTo(301);
    assertThat(wrong.getRedirectedUrl()).isEqualTo("/downloads/" + id + "/The_Lighthouse_Keeper.txt");
    assertThat(missing.getRedirectedUrl()).isEqualTo("/downloads/" + id + "/The_Lighthouse_Keeper.txt");
    assertThat(consenting.getRedirectedUrl())
        .isEqualTo("/downloads/" + id + "/The_Lighthouse_Keeper.epub?view_adult=true");
  }

  @Test
  void anUnknownFormatIsNotFoundAndTheMessageNamesTheFormatsThereAre() throws Exception {
    long id = publish("The Lighthouse Keeper", "General Audiences", null, 0);

    MockHttpServletResponse pdf = download("/downloads/{id}/The_Lighthouse_Keeper.pdf", id);
    MockHttpServletResponse none = download("/downloads/{id}/The_Lighthouse_Keeper", id);

    assertThat(pdf.getStatus()).isEqualTo(404);
    assertThat(pdf.getErrorMessage())
        .isEqualTo("There is no 'pdf' download: works download as EPUB (.epub), HTML (.html) or plain text (.txt).");
    assertThat(none.getStatus()).isEqualTo(404);
    assertThat(none.getErrorMessage()).startsWith("This address names no download format:");
    assertThat(errorPage(pdf).select("main").text()).contains("404 Not Found",
        "There is no 'pdf' download: works download as EPUB (.epub), HTML (.html) or plain text (.txt).");
  }

  /** The error page the servlet container shows for a response that ended in an error. */
  Document errorPage(MockHttpServletResponse failed) throws Exception {
    return Jsoup.parse(mvc.perform(get("/error")
            .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, failed.getStatus())
            .requestAttr(RequestDispatcher.ERROR_MESSAGE, failed.getErrorMessage())
            .accept(MediaType.TEXT_HTML))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  @Test
  void anUnknownWorkOrSeriesIsNotFound() throws Exception {
    assertThat(download("/downloads/987654321/Anything.epub").getStatus()).isEqualTo(404);
    assertThat(download("/downloads/987654321/Anything.epub").getErrorMessage()).isEqualTo("There is no work 987654321.");
    assertThat(download("/downloads/series/987654321/Anything.epub").getStatus()).isEqualTo(404);
  }

  @Test
  void neverServesAnExplicitWorkWithoutConsentOrViewAdult() throws Exception {
    long id = publish("Night Watch", "Explicit", null, 0);

    for (String format : List.of("epub", "html", "txt")) {
      MockHttpServletResponse asked = download("/downloads/{id}/Night_Watch." + format, id);
      assertThat(asked.getStatus()).isEqualTo(303);
      assertThat(asked.getRedirectedUrl()).isEqualTo("/downloads/" + id + "/adult?format=" + format);
      assertThat(asked.getContentAsByteArray()).isEmpty();
    }

    Document gate = Jsoup.parse(download("/downloads/{id}/adult?format=epub", id).getContentAsString(StandardCharsets.UTF_8));
    String continueUrl = gate.select("a.button:contains(Yes, Continue)").attr("href");
    assertThat(gate.text()).contains("This work could have adult content.", "Rating: Explicit", "Night Watch.epub");
    assertThat(continueUrl).isEqualTo("/downloads/" + id + "/Night_Watch.epub?view_adult=true");
    assertThat(download(continueUrl).getStatus()).isEqualTo(200);

    // Agreeing is remembered in a cookie of the browser session, which the browser then sends.
    Cookie consent = mvc.perform(get("/works/{id}", id).param("view_adult", "true"))
        .andReturn().getResponse().getCookie("view_adult");
    assertThat(Downloads.fetch(mvc, get("/downloads/{id}/Night_Watch.txt", id).cookie(consent))
        .getResponse().getStatus()).isEqualTo(200);
    assertThat(download("/downloads/{id}/Night_Watch.txt", id).getStatus()).isEqualTo(303);
  }

  @Test
  void aSeriesDownloadsAsOneEpubOfItsWorksInOrder() throws Exception {
    String series = "Coastal Tales " + UUID.randomUUID();
    long second = publish("Winter Lamp", "General Audiences", series, 2);
    long first = publish("Autumn Lamp", "Teen And Up Audiences", series, 1);
    long seriesId = catalog.details(Viewer.guest(), first).orElseThrow().series().getFirst().seriesId();

    MockHttpServletResponse epub = download("/downloads/series/{id}/" + series.replace(' ', '_').replace('-', '_') + ".epub", seriesId);

    assertThat(epub.getStatus()).isEqualTo(200);
    assertThat(epub.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"" + series + ".epub\"");
    String nav = entry(epub.getContentAsByteArray(), "EPUB/nav.xhtml");
    assertThat(Jsoup.parse(nav).select("nav > ol > li > a").eachText()).containsExactly(series, "Autumn Lamp", "Winter Lamp");
    assertThat(second).isNotEqualTo(first);
  }

  @Test
  void neverServesAHiddenOrDraftWorkNorPutsOneInASeries() throws Exception {
    String series = "Tidewater " + UUID.randomUUID();
    long shown = publish("Low Tide", "General Audiences", series, 1);
    long hidden = publish("High Tide", "General Audiences", series, 2);
    long draft = publish("Slack Water", "General Audiences", null, 0);
    long seriesId = catalog.details(Viewer.guest(), shown).orElseThrow().series().getFirst().seriesId();
    visibility.change(Viewer.archive(), hidden, Visibility.HIDDEN);
    visibility.change(Viewer.archive(), draft, Visibility.DRAFT);

    MockHttpServletResponse epub = download("/downloads/series/{id}/" + series.replace(' ', '_').replace('-', '_') + ".epub", seriesId);

    assertThat(download("/downloads/{id}/High_Tide.epub", hidden).getStatus()).isEqualTo(404);
    assertThat(download("/downloads/{id}/Slack_Water.txt", draft).getStatus()).isEqualTo(404);
    assertThat(Jsoup.parse(entry(epub.getContentAsByteArray(), "EPUB/nav.xhtml")).select("nav > ol > li > a").eachText())
        .containsExactly(series, "Low Tide");
  }

  @Test
  void aSeriesWithOneAdultWorkAsksBeforeItDownloads() throws Exception {
    String series = "Harbour Nights " + UUID.randomUUID();
    long general = publish("Dusk", "General Audiences", series, 1);
    publish("Midnight", "Mature", series, 2);
    long seriesId = catalog.details(Viewer.guest(), general).orElseThrow().series().getFirst().seriesId();
    String address = "/downloads/series/" + seriesId + "/" + series.replace(' ', '_').replace('-', '_') + ".epub";

    MockHttpServletResponse asked = download(address);
    Document gate = Jsoup.parse(download("/downloads/series/{id}/adult", seriesId).getContentAsString(StandardCharsets.UTF_8));

    assertThat(asked.getStatus()).isEqualTo(303);
    assertThat(asked.getRedirectedUrl()).isEqualTo("/downloads/series/" + seriesId + "/adult");
    assertThat(gate.text()).contains("This series could have adult content.", "Rating: Mature");
    assertThat(gate.select("li.work.blurb h4 a:first-child").eachText()).containsExactly("Dusk", "Midnight");
    assertThat(gate.select("a.button:contains(Yes, Continue)").attr("href")).isEqualTo(address + "?view_adult=true");
    assertThat(download(address + "?view_adult=true").getStatus()).isEqualTo(200);
  }

  @Test
  void aSeriesComesOnlyAsEpub() throws Exception {
    String series = "Inland " + UUID.randomUUID();
    long work = publish("Fields", "General Audiences", series, 1);
    long seriesId = catalog.details(Viewer.guest(), work).orElseThrow().series().getFirst().seriesId();

    MockHttpServletResponse html = download("/downloads/series/{id}/Inland.html", seriesId);

    assertThat(html.getStatus()).isEqualTo(404);
    assertThat(html.getErrorMessage()).startsWith("A series downloads as one EPUB");
  }

  @Test
  void theWorkPageLinksEachDownloadAndTheSeriesDownload() throws Exception {
    String series = "Coastal Tales " + UUID.randomUUID();
    long id = publish("The Lighthouse Keeper", "General Audiences", series, 1);
    long seriesId = catalog.details(Viewer.guest(), id).orElseThrow().series().getFirst().seriesId();

    Document page = Jsoup.parse(download("/works/{id}", id).getContentAsString(StandardCharsets.UTF_8));

    assertThat(page.select("ul.work.navigation li.download > ul > li > a").eachText())
        .containsExactly("EPUB", "HTML", "TXT", "Series: " + series + " (EPUB)");
    List<String> links = new ArrayList<>(page.select("ul.work.navigation li.download a").eachAttr("href"));
    assertThat(links).containsExactly(
        "/downloads/" + id + "/The_Lighthouse_Keeper.epub",
        "/downloads/" + id + "/The_Lighthouse_Keeper.html",
        "/downloads/" + id + "/The_Lighthouse_Keeper.txt",
        "/downloads/series/" + seriesId + "/" + series.replace(' ', '_').replace('-', '_') + ".epub");
    for (String link : links) {
      assertThat(download(link).getStatus()).isEqualTo(200);
    }
  }

  static String entry(byte[] zip, String name) throws Exception {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(name + " is not in the EPUB");
  }
}
