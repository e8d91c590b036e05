package dev.quire.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.story.StoryDocument.SeriesPlace;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.work.WordCounter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EpubFormatTest {

  private final EpubFormat format = new EpubFormat();

  @Nested
  class AnEpub3WithANavDocument {

    private final StoryDocument story = read(epub3(), "harbour.epub");

    @Test
    void takesItsMetadataFromThePackageFile() {
      assertThat(story.title()).isEqualTo("Harbour Lights");
      assertThat(story.creators()).containsExactly("Mara Quill", "Tobias Fen");
      assertThat(story.language()).isEqualTo("en-GB");
      assertThat(story.published()).isEqualTo(LocalDate.of(2019, 3, 2));
      assertThat(story.series()).containsExactly(new SeriesPlace("Harbour Cycle", 2));
    }

    @Test
    void readsSubjectsAsAdditionalTagsAndTheDescriptionAsSummary() {
      assertThat(story.tags()).containsExactly(
          new AuthorTag(TagKind.FREEFORM, "Sea"), new AuthorTag(TagKind.FREEFORM, "Friendship"));
      assertThat(story.summary()).isEqualTo("<p>Ships &amp; storms</p>");
    }

    @Test
    void readsChaptersFromTheSpineTitledByTheNav() {
      assertThat(story.chapters()).extracting(StoryChapter::title)
          .containsExactly("Arrival", "The Storm", "Departure");
    }

    @Test
    void skipsTheCoverAndTheNavDocument() {
      assertThat(story.chapters()).noneMatch(c -> c.bodyHtml().contains("Cover"));
      assertThat(story.chapters()).noneMatch(c -> c.bodyHtml().contains("Contents"));
    }

    @Test
    void joinsAnUnlabelledFileWithoutHeadingToTheChapterBefore() {
      assertThat(story.chapters().get(1).bodyHtml())
          .contains("The wind rose.").contains("The wind fell.");
    }

    @Test
    void dropsTheHeadingThatGaveTheTitleAndEveryScript() {
      String first = story.chapters().getFirst().bodyHtml();
      assertThat(first).doesNotContain("<h1").doesNotContain("reader.js").doesNotContain("margin");
      assertThat(first).isEqualTo("<p>The ferry came in<br>at dawn.</p>");
    }
  }

  @Nested
  class AnEpub2WithAnNcx {

    private final StoryDocument story = read(epub2(), "quay.epub");

    @Test
    void readsCreatorsByRoleAndCalibresSeries() {
      assertThat(story.creators()).containsExactly("Ines Marr");
      assertThat(story.series()).containsExactly(new SeriesPlace("Quay Stories", 3));
      assertThat(story.summary()).isEqualTo("<p>A <b>short</b> one.</p>");
    }

    @Test
    void skipsTheGuidesTitlePageAndTitlesByTheNcxEvenWithEscapedNames() {
      assertThat(story.chapters()).extracting(StoryChapter::title)
          .containsExactly("One: Rope", "Two: Net");
      assertThat(story.chapters().getFirst().bodyHtml()).contains("She coiled the rope.");
    }
  }

  @Test
  void keepsATitlePagesTextAsNotesWhenThePackageGivesNoSummary() {
    String opf = opf2("", """
        <item id="t" href="title.xhtml" media-type="application/xhtml+xml"/>
        <item id="c" href="text.xhtml" media-type="application/xhtml+xml"/>
        """, "<itemref idref=\"t\"/><itemref idref=\"c\"/>", "");
    byte[] book = TestEpub.standard().file("OEBPS/content.opf", opf)
        .file("OEBPS/title.xhtml",
            TestEpub.xhtml("t", "<h1>The Quay by Ines Marr</h1><p>For Ada.</p>"))
        .file("OEBPS/text.xhtml", TestEpub.xhtml("c", "<p>Gulls again.</p>"))
        .build();

    StoryDocument story = read(book, "quay.epub");

    assertThat(story.notes()).isEqualTo("<p>For Ada.</p>");
    assertThat(story.chapters()).singleElement()
        .satisfies(c -> assertThat(c.title()).isNull())
        .satisfies(c -> assertThat(c.bodyHtml()).isEqualTo("<p>Gulls again.</p>"));
  }

  @Nested
  class Detection {

    @Test
    void acceptsAnEpubByItsContentWhateverItsName() {
      byte[] book = epub3();

      assertThat(format.accepts(book, "book.zip")).isTrue();
      assertThat(format.accepts(book, "download")).isTrue();
      assertThat(StoryFormats.detect(book, "story.txt")).containsInstanceOf(EpubFormat.class);
    }

    @Test
    void acceptsAZipWithAContainerButNoMimetype() {
      byte[] book = TestEpub.standard().withoutMimetype().file("OEBPS/x.txt", "x").build();

      assertThat(format.accepts(book, "book.bin")).isTrue();
    }

    @Test
    void leavesOtherZipsAlone() {
      byte[] zip = new TestEpub().withoutMimetype().file("photo.txt", "x").build();

      assertThat(format.accepts(zip, "photos.zip")).isFalse();
    }

    @Test
    void saysWhyAZipWithoutContainerIsNoEpub() {
      byte[] zip = new TestEpub().file("chapter.xhtml", "<p>x</p>").build();

      assertThatThrownBy(() -> format.read(zip, "book.epub"))
          .isInstanceOf(UnreadableFileException.class)
          .hasMessage("not an EPUB: the zip has no META-INF/container.xml");
    }

    @Test
    void saysWhenTheSpineNamesNoFileInTheZip() {
      String opf = opf2("",
          "<item id=\"c\" href=\"gone.xhtml\" media-type=\"application/xhtml+xml\"/>",
          "<itemref idref=\"c\"/>", "");
      byte[] book = TestEpub.standard().file("OEBPS/content.opf", opf).build();

      assertThatThrownBy(() -> format.read(book, "book.epub"))
          .hasMessageContaining("its spine lists no chapter file that is in the zip");
    }
  }

  @Test
  void importsCalibresInvalidBookFromItsPackageAndSpine() throws Exception {
    Path file = SharedCorpus.file("invalid", "calibre-book-4-errors.epub");

    StoryDocument story = format.read(SharedCorpus.bytes(file), file.getFileName().toString());

    assertThat(story.title()).isEqualTo("I Drive Myself: Crazy");
    assertThat(story.creators()).containsExactly("Sidra");
    assertThat(story.language()).isEqualTo("en");
    assertThat(story.chapters()).hasSize(1);
    String text = Jsoup.parse(story.chapters().getFirst().bodyHtml()).text();
    assertThat(text).startsWith("1. Come To Me").endsWith("Backstreet's back, all right!");
    assertThat(WordCounter.countHtml(story.chapters().getFirst().bodyHtml())).isGreaterThan(4000);
    assertThat(Jsoup.parse(story.notes()).text())
        .startsWith("Request:").endsWith("For randomling.");
  }

  static byte[] epub3() {
    String opf = """
        <?xml version="1.0" encoding="UTF-8"?>
        <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
          <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:identifier id="id">urn:uuid:1</dc:identifier>
            <dc:title>Harbour Lights</dc:title>
            <dc:creator id="a1">Mara Quill</dc:creator>
            <meta refines="#a1" property="role" scheme="marc:relators">aut</meta>
            <dc:creator id="a2">Pia Drawn</dc:creator>
            <meta refines="#a2" property="role" scheme="marc:relators">ill</meta>
            <dc:creator>Tobias Fen</dc:creator>
            <dc:language>en-gb</dc:language>
            <dc:subject>Sea</dc:subject>
            <dc:subject>Friendship</dc:subject>
            <dc:subject>Sea</dc:subject>
            <dc:description>Ships &amp; storms</dc:description>
            <dc:date>2019-03-02T00:00:00Z</dc:date>
            <meta property="belongs-to-collection" id="c1">Harbour Cycle</meta>
            <meta refines="#c1" property="group-position">2</meta>
          </metadata>
          <manifest>
            <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
            <item id="cover" href="cover.xhtml" media-type="application/xhtml+xml"/>
            <item id="c1" href="text/one.xhtml" media-type="application/xhtml+xml"/>
            <item id="c2" href="text/two.xhtml" media-type="application/xhtml+xml"/>
            <item id="c2b" href="text/two-b.xhtml" media-type="application/xhtml+xml"/>
            <item id="c3" href="text/three.xhtml" media-type="application/xhtml+xml"/>
          </manifest>
          <spine>
            <itemref idref="cover" linear="no"/>
            <itemref idref="nav"/>
            <itemref idref="c1"/><itemref idref="c2"/><itemref idref="c2b"/><itemref idref="c3"/>
          </spine>
        </package>
        """;
    String nav = TestEpub.xhtml("Contents", """
        <nav epub:type="toc"><h1>Contents</h1><ol>
          <li><a href="text/one.xhtml">Arrival</a></li>
          <li><a href="text/two.xhtml#start">The Storm</a></li>
        </ol></nav>""");
    return TestEpub.standard()
        .file("OEBPS/content.opf", opf)
        .file("OEBPS/nav.xhtml", nav)
        .file("OEBPS/cover.xhtml", TestEpub.xhtml("Cover", "<p>Cover</p>"))
        .file("OEBPS/text/one.xhtml",
            TestEpub.xhtml("1", "<h1>Arrival</h1><p>The ferry came in<br/>at dawn.</p>"))
        .file("OEBPS/text/two.xhtml", TestEpub.xhtml("2", "<p id=\"start\">The wind rose.</p>"))
        .file("OEBPS/text/two-b.xhtml", TestEpub.xhtml("2b", "<p>The wind fell.</p>"))
        .file("OEBPS/text/three.xhtml",
            TestEpub.xhtml("3", "<h2>Departure</h2><p>They sailed.</p>"))
        .file("OEBPS/images/cover.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 1, 2})
        .build();
  }

  static byte[] epub2() {
    String opf = opf2("""
        <dc:title>The Quay</dc:title>
        <dc:creator opf:role="aut" opf:file-as="Marr, Ines">Ines Marr</dc:creator>
        <dc:creator opf:role="edt">Someone Else</dc:creator>
        <dc:description>&lt;p&gt;A &lt;b&gt;short&lt;/b&gt; one.&lt;/p&gt;</dc:description>
        <meta name="calibre:series" content="Quay Stories"/>
        <meta name="calibre:series_index" content="3.0"/>
        """, """
        <item id="title" href="title.xhtml" media-type="application/xhtml+xml"/>
        <item id="c1" href="chapter%201.xhtml" media-type="application/xhtml+xml"/>
        <item id="c2" href="chapter%202.xhtml" media-type="application/xhtml+xml"/>
        <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
        """, "<itemref idref=\"title\"/><itemref idref=\"c1\"/><itemref idref=\"c2\"/>",
        "<guide><reference type=\"title-page\" href=\"title.xhtml\" title=\"Title\"/></guide>");
    String ncx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE ncx PUBLIC "-//NISO//DTD ncx 2005-1//EN"
          "http://www.daisy.org/z3986/2005/ncx-2005-1.dtd">
        <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>
          <navPoint id="p1" playOrder="1"><navLabel><text>One: Rope</text></navLabel>
            <content src="chapter%201.xhtml"/></navPoint>
          <navPoint id="p2" playOrder="2"><navLabel><text>Two: Net</text></navLabel>
            <content src="chapter%202.xhtml#top"/></navPoint>
        </navMap></ncx>
        """;
    return TestEpub.standard()
        .file("OEBPS/content.opf", opf)
        .file("OEBPS/toc.ncx", ncx)
        .file("OEBPS/title.xhtml", TestEpub.xhtml("Title", "<h1>The Quay</h1><p>Ines Marr</p>"))
        .file("OEBPS/chapter 1.xhtml", TestEpub.xhtml("1", "<p>She coiled the rope.</p>"))
        .file("OEBPS/chapter 2.xhtml", TestEpub.xhtml("2", "<p>He mended the net.</p>"))
        .build();
  }

  /** An EPUB 2 package file with the given metadata, manifest items, spine and guide. */
  static String opf2(String metadata, String items, String itemrefs, String guide) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="id">
          <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"
              xmlns:opf="http://www.idpf.org/2007/opf">
            <dc:identifier id="id">urn:uuid:2</dc:identifier>
            %s
          </metadata>
          <manifest>%s</manifest>
          <spine toc="ncx">%s</spine>
          %s
        </package>
        """.formatted(metadata.isBlank() ? "<dc:title>The Quay</dc:title>" : metadata, items,
        itemrefs, guide);
  }

  private StoryDocument read(byte[] book, String name) {
    try {
      return format.read(book, name);
    } catch (UnreadableFileException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
