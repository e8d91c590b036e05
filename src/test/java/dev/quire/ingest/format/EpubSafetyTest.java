package dev.quire.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.story.StoryDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hostile EPUBs must be refused with a clear reason, quickly, and must never leak a file. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class EpubSafetyTest {

  private static final String SECRET = "s3cr3t-token-0451";
  private static final String BILLION_LAUGHS = """
      <?xml version="1.0"?>
      <!DOCTYPE package [
        <!ENTITY lol "lol">
        <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
        <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
      ]>
      <package xmlns="http://www.idpf.org/2007/opf" version="2.0"><metadata>
        <dc:title xmlns:dc="http://purl.org/dc/elements/1.1/">&lol9;</dc:title></metadata>
      <manifest/><spine/></package>
      """;

  private final EpubFormat format = new EpubFormat();

  @Test
  void refusesAZipBombThatInflatesAThousandfold() {
    byte[] bomb = zip("OEBPS/chapter.xhtml", new byte[20 * 1024 * 1024], Deflater.BEST_COMPRESSION);

    assertRejected(bomb, "EPUB rejected: its file OEBPS/chapter.xhtml expands more than 100-fold"
        + " (a zip bomb?)");
  }

  @Test
  void refusesABookThatInflatesPastItsTotalLimitCountingRealBytes() {
    // Three files of 35 MB that deflate about 40:1: each within the per-file and ratio limits.
    byte[] big = compressible(35 * 1024 * 1024);
    byte[] book = zipOf(new String[] {"a.xhtml", "b.xhtml", "c.xhtml"}, big);

    assertRejected(book, "EPUB rejected: it expands past 100 MB (a zip bomb?)");
  }

  @Test
  void refusesOneFileThatInflatesPastThePerFileLimit() {
    byte[] book = zipOf(new String[] {"huge.xhtml"}, compressible(51 * 1024 * 1024));

    assertRejected(book, "EPUB rejected: its file huge.xhtml expands past 50 MB (a zip bomb?)");
  }

  @Test
  void refusesMoreFilesThanTheLimit() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i <= EpubArchive.MAX_ENTRIES; i++) {
        zip.putNextEntry(new ZipEntry("f" + i));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }

    assertRejected(bytes.toByteArray(), "EPUB rejected: it holds more than 10,000 files");
  }

  @Test
  void refusesAZipCutShort() {
    byte[] whole = EpubFormatTest.epub3();
    byte[] half = Arrays.copyOf(whole, whole.length / 2);

    assertRejected(half, "EPUB rejected: the zip is cut short (its end-of-archive record is"
        + " missing); download it again");
  }

  @Test
  void refusesADamagedZip() {
    byte[] damaged = EpubFormatTest.epub3();
    // Overwrite the compressed data of the later files while keeping the end record intact.
    Arrays.fill(damaged, damaged.length / 3, damaged.length * 2 / 3, (byte) 0x55);

    assertThatThrownBy(() -> format.read(damaged, "book.epub"))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageStartingWith("EPUB rejected: the zip is damaged");
  }

  @Test
  void refusesNamesThatClimbOutOfTheBook() {
    byte[] traversal = TestEpub.standard().file("../../etc/cron.d/evil", "x").build();
    byte[] absolute = TestEpub.standard().file("/etc/passwd", "x").build();

    assertRejected(traversal, "EPUB rejected: it holds a file named \"../../etc/cron.d/evil\" that"
        + " points outside the book (a path-traversal attack?)");
    assertThatThrownBy(() -> format.read(absolute, "book.epub"))
        .hasMessageContaining("\"/etc/passwd\" that points outside the book");
  }

  @Test
  void refusesAFileNamedEpubThatIsNoZip() {
    byte[] html = "<!DOCTYPE html><html><body>Hi</body></html>".getBytes(StandardCharsets.UTF_8);

    assertThat(format.accepts(html, "story.epub")).isTrue();
    assertRejected(html, "not an EPUB: the file is not a zip archive (it is an HTML page)");
  }

  @Test
  void refusesEntityExpansionInThePackageFile() {
    byte[] book = TestEpub.standard().file("OEBPS/content.opf", BILLION_LAUGHS).build();

    assertRejected(book, "EPUB rejected: OEBPS/content.opf declares XML entities (a DOCTYPE with"
        + " <!ENTITY …>), which no EPUB needs (an entity-expansion attack?)");
  }

  @Test
  void refusesExternalEntitiesInTheContainerPackageAndChapters() {
    String xxe = "<!DOCTYPE x [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>";
    byte[] inContainer = new TestEpub()
        .file("META-INF/container.xml",
            TestEpub.CONTAINER.replace("<container", xxe + "<container"))
        .build();
    byte[] inPackage = withChapter("<p>&xxe;</p>", xxe, true);
    byte[] inChapter = withChapter("<p>&xxe;</p>", xxe, false);

    assertThatThrownBy(() -> format.read(inContainer, "a.epub"))
        .hasMessageStartingWith("EPUB rejected: META-INF/container.xml declares XML entities");
    assertThatThrownBy(() -> format.read(inPackage, "b.epub"))
        .hasMessageStartingWith("EPUB rejected: OEBPS/content.opf declares XML entities");
    assertThatThrownBy(() -> format.read(inChapter, "c.epub"))
        .hasMessageStartingWith("EPUB rejected: OEBPS/one.xhtml declares XML entities");
  }

  @Test
  void neverReadsAFileThroughAnExternalDtd(@TempDir Path folder) throws Exception {
    // Given a DTD on disk that would pull in a secret file, referenced without an internal subset
    // (which the guard allows, as XHTML's own DOCTYPE looks like this).
    Path secret = Files.writeString(folder.resolve("secret.txt"), SECRET);
    Path dtd = Files.writeString(folder.resolve("evil.dtd"),
        "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">");
    String doctype = "<!DOCTYPE html SYSTEM \"" + dtd.toUri() + "\">";
    byte[] book = withChapter("<p>Before &xxe; after.</p>", doctype, false);

    StoryDocument story = format.read(book, "book.epub");

    assertThat(story.toString()).doesNotContain(SECRET);
    assertThat(story.chapters().getFirst().bodyHtml()).contains("Before").contains("after.");
  }

  @Test
  void parsesWithoutExpandingEntitiesEvenWhenTheGuardIsPassed() throws Exception {
    // jsoup's XML parser is the second line of defence: it knows no declared entity at all.
    String xml = "<!DOCTYPE p SYSTEM \"file:///etc/passwd\"><p>&xxe; &lol9; &amp;</p>";

    Document parsed = SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8), "x.xml");

    assertThat(parsed.selectFirst("p").text()).isEqualTo("&xxe; &lol9; &");
  }

  @Test
  void readsDeeplyNestedMarkupWithoutExhaustingTheStack() throws Exception {
    String nested = "<div>".repeat(200_000) + "<p>Still here.</p>";
    String ao3 = "<div id=\"preface\"><dl class=\"tags\"><dt>Rating:</dt><dd>Mature</dd></dl></div>"
        + "<div id=\"chapters\">" + "<div>".repeat(200_000)
        + "<div class=\"userstuff\"><p>Deep text.</p></div></div>";

    StoryDocument plain = format.read(withChapter(nested, "", false), "plain.epub");

    assertThat(plain.chapters().getFirst().bodyHtml()).contains("Still here.");
    // AO3 nests a chapter two or three blocks deep; text buried deeper is not looked for.
    assertThatThrownBy(() -> format.read(withChapter(ao3, "", false), "ao3.epub"))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("the AO3 download holds no chapter text");
  }

  private void assertRejected(byte[] book, String reason) {
    assertThatThrownBy(() -> format.read(book, "book.epub"))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage(reason);
  }

  /** A one-chapter book whose chapter (or, when {@code inPackage}, package file) has a prolog. */
  private static byte[] withChapter(String body, String prolog, boolean inPackage) {
    String opf = EpubFormatTest.opf2("",
        "<item id=\"c\" href=\"one.xhtml\" media-type=\"application/xhtml+xml\"/>",
        "<itemref idref=\"c\"/>", "");
    String chapter =
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + body + "</body></html>";
    if (inPackage) {
      opf = opf.replace("<package", prolog + "<package");
    } else {
      chapter = prolog + chapter;
    }
    return TestEpub.standard().file("OEBPS/content.opf", opf).file("OEBPS/one.xhtml", chapter)
        .build();
  }

  private static byte[] zip(String name, byte[] content, int level) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(level);
      zip.putNextEntry(new ZipEntry("META-INF/container.xml"));
      zip.write(TestEpub.CONTAINER.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] zipOf(String[] names, byte[] content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return bytes.toByteArray();
  }

  /** Bytes that deflate roughly 40:1: a little noise in every kilobyte of zeros. */
  private static byte[] compressible(int length) {
    byte[] bytes = new byte[length];
    Random random = new Random(42);
    for (int i = 0; i < length; i += 1024) {
      for (int j = i; j < Math.min(length, i + 12); j++) {
        bytes[j] = (byte) random.nextInt();
      }
    }
    return bytes;
  }
}
