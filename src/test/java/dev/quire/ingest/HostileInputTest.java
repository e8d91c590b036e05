package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quire.ArchiveTest;
import dev.quire.ingest.FileOutcome.Status;
import dev.quire.ingest.format.TestEpub;
import dev.quire.work.WorkRepository;
import java.io.IOException;
import java.io.Writer;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Files made to hurt an archive, imported in one batch with a good file. Each fails alone with a
 * reason that names the problem, nothing of it is stored, and the good file imports.
 *
 * <p>Maven runs this class in its own JVM with a 512 MB heap ({@code -Xmx512m}, see the pom), so a
 * parser that inflates a bomb or expands entities in memory fails the build, and so does a story
 * too long to store and index at once that stops the run instead of failing alone.
 */
class HostileInputTest extends ArchiveTest {

  @Autowired Importer importer;
  @Autowired WorkRepository works;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void hostileFilesFailWithReasonsAndTheRestOfTheBatchImports(@TempDir Path folder) throws IOException {
    // The text limit follows the heap; under a large one a long text would meet the file limit
    // first. The build runs this class under -Xmx512m (execution hostile-input-under-512m).
    assumeTrue(Importer.LARGEST_TEXT + 1_000_000 < Importer.MAX_FILE_BYTES,
        "the heap is too large for a long text to stay under the file limit; run with -Xmx512m");
    Files.write(folder.resolve("bomb.epub"), TestEpub.standard().file("OEBPS/content.opf", opf())
        .zeros("OEBPS/chapter.xhtml", 600).build());
    Files.write(folder.resolve("entities.epub"), book(billionLaughs()).build());
    Files.write(folder.resolve("external.epub"), book(externalEntity()).build());
    byte[] good = book(opf()).build();
    Files.write(folder.resolve("truncated.epub"), Arrays.copyOf(good, good.length / 2));
    try (RandomAccessFile huge = new RandomAccessFile(folder.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(100L * 1024 * 1024);
    }
    Files.writeString(folder.resolve("deep.html"), "<html><body>" + "<div>".repeat(100_000) + "deep" + "</div>".repeat(100_000) + "</body></html>");
    Files.write(folder.resolve("junk.html"), junk());
    Files.write(folder.resolve("broken.txt"), concat("Caf\u00e9 ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE2, 0x28, (byte) 0xA1}));
    try (Writer longStory = Files.newBufferedWriter(folder.resolve("long.txt"))) {
      longStory.write("Title: The Longest Ledger\n\n");
      String paragraph = "The keeper counted the boats again and wrote each one down by lamplight.\n\n";
      for (long written = 0; written < Importer.LARGEST_TEXT + 1_000_000; written += paragraph.length()) {
        longStory.write(paragraph);
      }
    }
    Files.writeString(folder.resolve("zz-good.txt"), "Title: Still Standing\n\nThe archive kept its shelves in order through the storm.\n");
    long before = works.count();

    ImportReport report = importer.importPaths(List.of(folder), false, outcome -> {});

    Map<String, FileOutcome> byName = report.files().stream()
        .collect(Collectors.toMap(f -> Path.of(f.path()).getFileName().toString(), f -> f));
    assertFails(byName, "bomb.epub", "zip bomb");
    assertFails(byName, "entities.epub", "entities");
    assertFails(byName, "external.epub", "entities");
    assertFails(byName, "truncated.epub", "EPUB");
    assertFails(byName, "huge.txt", "up to 50 MB");
    assertFails(byName, "long.txt", "MB of text");
    assertFails(byName, "deep.html", "not a format Quire reads");
    assertFails(byName, "junk.html", "binary");
    assertFails(byName, "broken.txt", "invalid UTF-8");
    assertThat(byName.get("zz-good.txt").status()).isEqualTo(Status.IMPORTED);
    assertThat(works.count()).isEqualTo(before + 1);
  }

  private static void assertFails(Map<String, FileOutcome> outcomes, String file, String reason) {
    assertThat(outcomes.get(file).status()).as(file).isEqualTo(Status.FAILED);
    assertThat(outcomes.get(file).reason()).as(file).contains(reason);
  }

  /** A one-chapter EPUB whose package document is {@code opf}. */
  private static TestEpub book(String opf) {
    return TestEpub.standard()
        .file("OEBPS/content.opf", opf)
        .file("OEBPS/chapter.xhtml", TestEpub.xhtml("One", "<p>A short chapter of plain words.</p>"));
  }

  private static String opf() {
    return "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"id\">"
        + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:identifier id=\"id\">x</dc:identifier><dc:title>Small</dc:title><dc:language>en</dc:language></metadata>"
        + "<manifest><item id=\"c1\" href=\"chapter.xhtml\" media-type=\"application/xhtml+xml\"/></manifest><spine><itemref idref=\"c1\"/></spine></package>";
  }

  private static String billionLaughs() {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE package [<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    return dtd + "]><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\"><metadata><dc:title xmlns:dc=\"http://purl.org/dc/elements/1.1/\">&l9;</dc:title></metadata><manifest/><spine/></package>";
  }

  private static String externalEntity() {
    return "<?xml version=\"1.0\"?><!DOCTYPE package [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
        + "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\"><metadata><dc:title xmlns:dc=\"http://purl.org/dc/elements/1.1/\">&secret;</dc:title></metadata><manifest/><spine/></package>";
  }

  private static byte[] junk() {
    byte[] junk = new byte[64 * 1024];
    new java.util.Random(7).nextBytes(junk);
    junk[10] = 0;
    return junk;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
