package dev.quire.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {

  static byte[] html(WorkBook book) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new HtmlWriter().write(book, out);
    return out.toByteArray();
  }

  static Document page(WorkBook book) throws IOException {
    return Jsoup.parse(new String(html(book), StandardCharsets.UTF_8));
  }

  @Test
  void aMultiChapterWorkPassesTheNuHtmlCheckerWithoutErrorsOrWarnings() throws Exception {
    assertThat(NuHtmlChecker.problems(html(new WorkBook(Works.harbourLights(1), Works.ARCHIVE)))).isEmpty();
  }

  @Test
  void aWorkWithAwkwardTitlesTagsAndMarkupPassesTheNuHtmlCheckerWithoutErrorsOrWarnings() throws Exception {
    assertThat(NuHtmlChecker.problems(html(new WorkBook(Works.awkward(2), Works.ARCHIVE)))).isEmpty();
  }

  @Test
  void theCheckerWouldSeeInvalidHtml() throws Exception {
    byte[] invalid = "<!DOCTYPE html><html lang=\"en\"><title>t</title><p><div>block in paragraph</div><center>old</center>"
        .getBytes(StandardCharsets.UTF_8);

    assertThat(NuHtmlChecker.problems(invalid)).anySatisfy(p -> assertThat(p).contains("center"));
  }

  @Test
  void loadsNothingFromElsewhere() throws IOException {
    Document page = page(new WorkBook(Works.awkward(2), Works.ARCHIVE));

    assertThat(page.select("link, script, img, iframe, object, [src]")).isEmpty();
    assertThat(page.select("head > style").html()).contains("font-family");
  }

  @Test
  void holdsThePrefaceATableOfContentsEachChapterAndTheAfterword() throws IOException {
    Document page = page(new WorkBook(Works.harbourLights(1), Works.ARCHIVE));

    assertThat(page.title()).isEqualTo("Harbour Lights");
    assertThat(page.select("html").attr("lang")).isEqualTo("en");
    assertThat(page.select("#preface h1.title").text()).isEqualTo("Harbour Lights");
    assertThat(page.select("#preface dd.fandom").text()).isEqualTo("Harbour Town (Synthetic)");
    assertThat(page.select("#toc a").eachText())
        .containsExactly("Chapter 1: The Lamp", "Chapter 2", "Chapter Three: Home", "Afterword");
    assertThat(page.select("#toc a").eachAttr("href")).allSatisfy(href ->
        assertThat(page.getElementById(href.substring(1))).isNotNull());
    assertThat(page.select("section.chapter h2").eachText())
        .containsExactly("Chapter 1: The Lamp", "Chapter 2", "Chapter Three: Home");
    assertThat(page.select("#chapter-1 .notes:not(.end) blockquote").text()).isEqualTo("Before the first chapter.");
    assertThat(page.select("#chapter-2 .userstuff br")).hasSize(1);
    assertThat(page.select("#chapter-2 .userstuff hr")).hasSize(1);
    assertThat(page.select("#afterword .end.notes blockquote").text()).isEqualTo("Notes after the work.");
  }

  @Test
  void escapesMarkupCharactersInTitlesAndTags() throws IOException {
    String html = new String(html(new WorkBook(Works.awkward(2), Works.ARCHIVE)), StandardCharsets.UTF_8);
    Document page = Jsoup.parse(html);

    assertThat(page.title()).isEqualTo("Crème & <Brûlée> \"Tôkyô\" / 東京");
    assertThat(page.select("#preface p.byline").text()).isEqualTo("by Åsa & Co, <b>Bold</b>");
    assertThat(page.select("#preface b")).isEmpty();
    assertThat(html).contains("Tom &amp; Jerry &lt;Shorts&gt;");
  }
}
