package dev.quire.ingest.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small EPUBs (and broken ones) in memory for tests. Not thread-safe. */
public final class TestEpub {

  static final String CONTAINER = """
      <?xml version="1.0"?>
      <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
        <rootfiles>
          <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
        </rootfiles>
      </container>
      """;

  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private final Map<String, Integer> zeroMegabytes = new LinkedHashMap<>();
  private boolean mimetype = true;

  /** A book with the standard container.xml pointing at OEBPS/content.opf. */
  public static TestEpub standard() {
    return new TestEpub().file("META-INF/container.xml", CONTAINER);
  }

  TestEpub withoutMimetype() {
    mimetype = false;
    return this;
  }

  public TestEpub file(String path, String content) {
    return file(path, content.getBytes(StandardCharsets.UTF_8));
  }

  public TestEpub file(String path, byte[] content) {
    files.put(path, content);
    return this;
  }

  /**
   * A file of {@code megabytes} zeros, written a megabyte at a time so that a zip bomb can be built
   * without holding what it expands to.
   */
  public TestEpub zeros(String path, int megabytes) {
    zeroMegabytes.put(path, megabytes);
    return this;
  }

  /** An XHTML page with the given body markup. */
  public static String xhtml(String title, String body) {
    return """
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
        <head><title>%s</title><script src="reader.js"/><style>p { margin: 0; }</style></head>
        <body>%s</body>
        </html>
        """.formatted(title, body);
  }

  public byte[] build() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      if (mimetype) {
        stored(zip, "mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
      }
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
      byte[] megabyte = new byte[1024 * 1024];
      for (Map.Entry<String, Integer> file : zeroMegabytes.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        for (int i = 0; i < file.getValue(); i++) {
          zip.write(megabyte);
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void stored(ZipOutputStream zip, String name, byte[] content) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(content.length);
    CRC32 crc = new CRC32();
    crc.update(content);
    entry.setCrc(crc.getValue());
    zip.putNextEntry(entry);
    zip.write(content);
    zip.closeEntry();
  }
}
