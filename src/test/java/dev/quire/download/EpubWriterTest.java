package dev.quire.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class EpubWriterTest {

  final EpubWriter writer = new EpubWriter();

  static byte[] epub(Book book) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new EpubWriter().write(book, out);
    return out.toByteArray();
  }

  static Document xml(String text) {
    return Jsoup.parse(text, "", Parser.xmlParser());
  }

  @Test
  void aMultiChapterWorkWithNotesAndASeriesPassesEpubcheckWithoutErrorsOrWarnings() throws IOException {
    byte[] epub = epub(new WorkBook(Works.harbourLights(1), Works.ARCHIVE));

    assertThat(Epubcheck.problems(epub)).isEmpty();
  }

  @Test
  void aWorkWithAwkwardTitlesTagsAndMarkupPassesEpubcheckWithoutErrorsOrWarnings() throws IOException {
    byte[] epub = epub(new WorkBook(Works.awkward(2), Works.ARCHIVE));

    assertThat(Epubcheck.problems(epub)).isEmpty();
  }

  @Test
  void aSeriesPassesEpubcheckWithoutErrorsOrWarnings() throws IOException {
    byte[] epub = epub(new SeriesBook(Works.series(7, "Coastal <Tales> & More",
        Works.harbourLights(3), Works.awkward(4)), Works.ARCHIVE));

    assertThat(Epubcheck.problems(epub)).isEmpty();
  }

  @Test
  void theCheckerWouldSeeAnEpubWithoutItsNavigationDocument() throws IOException {
    byte[] epub = epub(new WorkBook(Works.harbourLights(1), Works.ARCHIVE));
    ByteArrayOutputStream broken = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(epub));
        ZipOutputStream out = new ZipOutputStream(broken)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (!entry.getName().equals("EPUB/nav.xhtml")) {
          out.putNextEntry(new ZipEntry(entry));
          out.write(in.readAllBytes());
        }
      }
    }

    assertThat(Epubcheck.problems(broken.toByteArray())).anySatisfy(p -> assertThat(p).contains("nav.xhtml"));
  }

  @Test
  void startsWithTheMimetypeStoredUncompressedAndWithoutExtraFields() throws IOException {
    byte[] epub = epub(new WorkBook(Works.harbourLights(1), Works.ARCHIVE));

    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
      ZipEntry first = zip.getNextEntry();
      assertThat(first.getName()).isEqualTo("mimetype");
      assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
      assertThat(first.getExtra()).isNull();
      assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("application/epub+zip");
    }
    assertThat(new String(epub, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
  }

  @Test
  void thePackageDocumentStatesTheWorksMetadata() throws IOException {
    Document opf = xml(EpubFiles.of(epub(new WorkBook(Works.harbourLights(1), Works.ARCHIVE))).get("EPUB/package.opf"));

    assertThat(opf.select("metadata > dc|identifier").text()).startsWith("urn:uuid:");
    assertThat(opf.select("metadata > dc|title").text()).isEqualTo("Harbour Lights");
    assertThat(opf.select("metadata > dc|creator").eachText()).containsExactly("Synthetic Writer");
    assertThat(opf.select("metadata > dc|language").eachText()).containsExactly("en");
    assertThat(opf.select("metadata > dc|subject").eachText()).containsExactly("General Audiences",
        "No Archive Warnings Apply", "Gen", "Harbour Town (Synthetic)", "Mira Vale", "Tobin Reed",
        "Lighthouses", "Found Family");
    assertThat(opf.select("metadata > dc|source").eachText())
        .containsExactly("https://fic.example.org/works/1", "https://archive.example.org/works/123");
    assertThat(opf.select("metadata > dc|description").text()).isEqualTo("A lighthouse, a keeper, a long winter.");
    assertThat(opf.select("metadata > dc|date").text()).isEqualTo("2024-03-01");
    assertThat(opf.select("metadata > meta[property=dcterms:modified]").text()).isEqualTo("2024-04-02T10:15:30Z");
    assertThat(opf.select("metadata > meta[property=belongs-to-collection]").text()).isEqualTo("Coastal Tales");
    assertThat(opf.select("metadata > meta[property=group-position]").text()).isEqualTo("2");
  }

  @Test
  void everyDownloadOfAWorkHasTheSameIdentifierAndAnotherWorkAnother() throws IOException {
    String first = identifier(new WorkBook(Works.harbourLights(1), Works.ARCHIVE));
    String again = identifier(new WorkBook(Works.retitled(Works.harbourLights(1), 1, "Renamed", "en"), Works.ARCHIVE));
    String other = identifier(new WorkBook(Works.harbourLights(2), Works.ARCHIVE));
    String elsewhere = identifier(new WorkBook(Works.harbourLights(1), "https://other.example.org"));

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(elsewhere).isNotEqualTo(first);
  }

  private String identifier(Book book) throws IOException {
    return xml(EpubFiles.of(epub(book)).get("EPUB/package.opf")).select("dc|identifier").text();
  }

  @Test
  void theSameWorkGivesTheSameBytes() throws IOException {
    assertThat(epub(new WorkBook(Works.harbourLights(1), Works.ARCHIVE)))
        .isEqualTo(epub(new WorkBook(Works.harbourLights(1), Works.ARCHIVE)));
  }

  @Test
  void readsPrefaceChaptersAndAfterwordInOrderAndListsThemInTheNavigation() throws IOException {
    Map<String, String> files = EpubFiles.of(epub(new WorkBook(Works.harbourLights(1), Works.ARCHIVE)));
    Document opf = xml(files.get("EPUB/package.opf"));
    Document nav = xml(files.get("EPUB/nav.xhtml"));

    assertThat(opf.select("spine > itemref").eachAttr("idref"))
        .containsExactly("preface", "chapter-1", "chapter-2", "chapter-3", "afterword");
    assertThat(nav.select("nav[epub:type=toc] > ol > li > a").eachText())
        .containsExactly("Preface", "Chapter 1: The Lamp", "Chapter 2", "Chapter Three: Home", "Afterword");
    assertThat(nav.select("nav[epub:type=toc] > ol > li > a").eachAttr("href"))
        .containsExactly("preface.xhtml", "chapter-1.xhtml", "chapter-2.xhtml", "chapter-3.xhtml", "afterword.xhtml");
  }

  @Test
  void thePrefaceGroupsTagsByKindAsAo3DoesAndNamesTheSeriesSummaryAndNotes() throws IOException {
    Document preface = xml(EpubFiles.of(epub(new WorkBook(Works.harbourLights(1), Works.ARCHIVE))).get("EPUB/preface.xhtml"));

    assertThat(preface.select("h1.title").text()).isEqualTo("Harbour Lights");
    assertThat(preface.select("p.byline").text()).isEqualTo("by Synthetic Writer");
    assertThat(preface.select("dl.tags > dt").eachText()).containsExactly("Rating:", "Archive Warning:",
        "Category:", "Fandom:", "Characters:", "Additional Tags:", "Language:", "Series:", "Stats:");
    assertThat(preface.select("dd.character").text()).isEqualTo("Mira Vale, Tobin Reed");
    assertThat(preface.select("dd.series").text()).isEqualTo("Part 2 of Coastal Tales");
    assertThat(preface.select("dd.stats").text())
        .isEqualTo("Published: 2024-03-01 Completed: 2024-04-02 Words: 60 Chapters: 3/3");
    assertThat(preface.select(".summary blockquote").text()).isEqualTo("A lighthouse, a keeper, a long winter.");
    assertThat(preface.select(".notes blockquote").text()).isEqualTo("Notes before the work.");
    assertThat(preface.select("p.message a").eachAttr("href"))
        .containsExactly("https://fic.example.org/works/1", "https://archive.example.org/works/123");
  }

  @Test
  void aChapterHoldsItsNotesBeforeAndItsEndNotesAfterTheText() throws IOException {
    Map<String, String> files = EpubFiles.of(epub(new WorkBook(Works.harbourLights(1), Works.ARCHIVE)));
    Document chapter = xml(files.get("EPUB/chapter-1.xhtml"));
    Document afterword = xml(files.get("EPUB/afterword.xhtml"));

    assertThat(chapter.select("section.chapter > *").eachAttr("class"))
        .containsExactly("heading", "notes", "userstuff", "end notes");
    assertThat(chapter.select("h2.heading").text()).isEqualTo("Chapter 1: The Lamp");
    assertThat(chapter.select(".userstuff em").text()).isEqualTo("old");
    assertThat(chapter.select(".end.notes blockquote").text()).isEqualTo("Thank you for reading.");
    assertThat(afterword.select(".end.notes blockquote").text()).isEqualTo("Notes after the work.");
  }

  @Test
  void escapesMarkupInTitlesAndTagsAndEmbedsNothingRemote() throws IOException {
    Map<String, String> files = EpubFiles.of(epub(new WorkBook(Works.awkward(2), Works.ARCHIVE)));
    Document opf = xml(files.get("EPUB/package.opf"));
    Document preface = xml(files.get("EPUB/preface.xhtml"));
    String chapter = files.get("EPUB/chapter-2.xhtml");

    assertThat(opf.select("dc|title").text()).isEqualTo("Crème & <Brûlée> \"Tôkyô\" / 東京");
    assertThat(files.get("EPUB/package.opf")).contains("<dc:title>Crème &amp; &lt;Brûlée&gt; &quot;Tôkyô&quot; / 東京</dc:title>");
    assertThat(opf.select("dc|creator").eachText()).containsExactly("Åsa & Co", "<b>Bold</b>");
    assertThat(preface.select("dd.fandom").text()).isEqualTo("Tom & Jerry <Shorts>");
    assertThat(opf.select("dc|source").eachText()).containsExactly("https://fic.example.org/works/2");
    assertThat(chapter).doesNotContain("<img", "src=", "javascript:", "chapter1.html", "\u0001", "\u0085");
    assertThat(xml(chapter).select("a.image").attr("href")).isEqualTo("https://images.example.org/a.png");
  }

  @Test
  void aSeriesStartsWithItsOwnPageAndNestsEachWorksChaptersUnderIt() throws IOException {
    Map<String, String> files = EpubFiles.of(epub(new SeriesBook(Works.series(7, "Coastal Tales",
        Works.harbourLights(3), Works.retitled(Works.harbourLights(4), 4, "Winter Lights", "en")), Works.ARCHIVE)));
    Document nav = xml(files.get("EPUB/nav.xhtml"));
    Document opf = xml(files.get("EPUB/package.opf"));

    assertThat(nav.select("nav > ol > li > a").eachText())
        .containsExactly("Coastal Tales", "Harbour Lights", "Winter Lights");
    assertThat(nav.select("nav > ol > li:eq(1) > ol > li > a").eachAttr("href"))
        .containsExactly("part-1-chapter-1.xhtml", "part-1-chapter-2.xhtml", "part-1-chapter-3.xhtml",
            "part-1-afterword.xhtml");
    assertThat(opf.select("spine > itemref").eachAttr("idref")).startsWith("series", "part-1-preface", "part-1-chapter-1");
    assertThat(opf.select("dc|title").text()).isEqualTo("Coastal Tales");
    assertThat(xml(files.get("EPUB/series.xhtml")).select("ol.works a").eachAttr("href"))
        .containsExactly("part-1-preface.xhtml", "part-2-preface.xhtml");
  }

  @Test
  void aLanguageNobodyCanNameIsUndetermined() throws IOException {
    Document opf = xml(EpubFiles.of(epub(new WorkBook(Works.retitled(Works.harbourLights(1), 1, "T", "english"), Works.ARCHIVE)))
        .get("EPUB/package.opf"));

    assertThat(opf.select("dc|language").text()).isEqualTo("und");
  }
}
