package dev.quire.ingest.format;

import dev.quire.ingest.UnreadableFileException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files inside an EPUB's zip, read defensively: an uploaded book must never exhaust the
 * archive's memory or time. Every limit is checked against the bytes actually inflated, never
 * against the sizes the zip's headers claim, and a breach rejects the whole book with a reason
 * naming the limit. Names that climb out of the book ({@code ../}), absolute names and cut-short
 * zips are rejected too. Nothing is ever written to disk. Immutable once read.
 */
final class EpubArchive {

  /** The most the whole book may inflate to: far beyond any novel with its illustrations. */
  static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;

  /** The most one file in the book may inflate to. */
  static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;

  /** The most files (and folders) a book may hold. */
  static final int MAX_ENTRIES = 10_000;

  /**
   * The most one file may inflate per byte stored. Text deflates about 3:1 and even repetitive
   * markup stays far below 100:1, while a zip bomb inflates a thousandfold or more.
   */
  static final int MAX_RATIO = 100;

  /** Files smaller than this inflated are never judged by their ratio: tiny files skew it. */
  static final long RATIO_CHECKED_ABOVE = 1024 * 1024;

  private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};
  private static final byte[] END_OF_ARCHIVE = {'P', 'K', 5, 6};
  // The end record is 22 bytes after which a comment of at most 65,535 bytes may follow.
  private static final int END_RECORD_SEARCH = 22 + 65_535;
  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
  private static final String REJECTED = "EPUB rejected: ";
  private static final byte[] CONTAINER_NAME =
      "META-INF/container.xml".getBytes(StandardCharsets.US_ASCII);

  private final Map<String, byte[]> files;
  // Books made on case-insensitive file systems may link "Text/Ch1.xhtml" as "text/ch1.xhtml".
  private final Map<String, byte[]> byLowerCaseName = new HashMap<>();

  private EpubArchive(Map<String, byte[]> files) {
    this.files = files;
    files.forEach((name, bytes) ->
        byLowerCaseName.putIfAbsent(name.toLowerCase(Locale.ROOT), bytes));
  }

  /** Whether the bytes start like a zip archive. */
  static boolean isZip(byte[] content) {
    return startsWith(content, LOCAL_HEADER, 0);
  }

  /**
   * Whether the bytes are a zip that says it is an EPUB: its first file is {@code mimetype} holding
   * {@code application/epub+zip}, or it names a {@code META-INF/container.xml}. Inflates nothing.
   */
  static boolean looksLikeEpub(byte[] content) {
    if (!isZip(content) || content.length <= 30) {
      return false;
    }
    // The first local header's name starts at byte 30; an EPUB stores mimetype uncompressed.
    String head = new String(content, 30, Math.min(content.length, 120) - 30,
        StandardCharsets.ISO_8859_1);
    return (head.startsWith("mimetype") && head.contains("application/epub+zip"))
        || contains(content, CONTAINER_NAME);
  }

  /**
   * Reads every file of the zip into memory, within the limits above.
   *
   * @throws UnreadableFileException when the bytes are not a zip, are cut short or damaged, or
   *     break a limit
   */
  static EpubArchive read(byte[] content) throws UnreadableFileException {
    if (!isZip(content)) {
      throw new UnreadableFileException("not an EPUB: the file is not a zip archive"
          + (HtmlInput.looksLikeHtml(content) ? " (it is an HTML page)" : ""));
    }
    int endRecord = endRecord(content);
    if (endRecord < 0) {
      throw new UnreadableFileException(REJECTED
          + "the zip is cut short (its end-of-archive record is missing); download it again");
    }
    CountingStream source = new CountingStream(new ByteArrayInputStream(content));
    try (ZipInputStream zip = new ZipInputStream(source, StandardCharsets.UTF_8)) {
      return new EpubArchive(inflateAll(zip, source, entriesListed(content, endRecord)));
    } catch (IOException | IllegalArgumentException e) {
      String detail = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
      throw new UnreadableFileException(REJECTED + "the zip is damaged (" + detail + ")", e);
    }
  }

  /** The bytes of the file at {@code path} (matched exactly, else ignoring case), or null. */
  byte[] file(String path) {
    if (path == null) {
      return null;
    }
    byte[] exact = files.get(path);
    return exact != null ? exact : byLowerCaseName.get(path.toLowerCase(Locale.ROOT));
  }

  private static Map<String, byte[]> inflateAll(ZipInputStream zip, CountingStream source,
      int listed) throws IOException, UnreadableFileException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    long[] total = {0};
    int count = 0;
    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
      if (++count > MAX_ENTRIES) {
        throw new UnreadableFileException(String.format(Locale.ROOT,
            "%sit holds more than %,d files", REJECTED, MAX_ENTRIES));
      }
      String name = checkedName(entry.getName());
      long start = source.count();
      byte[] bytes = inflate(zip, name, total, source, start);
      if (!entry.isDirectory()) {
        files.putIfAbsent(name, bytes);
      }
    }
    if (count < listed) {
      // The stream stops quietly at a mangled header; the end record says how many should follow.
      throw new UnreadableFileException(String.format(Locale.ROOT,
          "%sthe zip is damaged (only %d of its %d files could be read)", REJECTED, count, listed));
    }
    if (files.isEmpty()) {
      throw new UnreadableFileException("not an EPUB: the zip holds no files");
    }
    return files;
  }

  private static byte[] inflate(InputStream zip, String name, long[] total, CountingStream source,
      long start) throws IOException, UnreadableFileException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long inflated = 0;
    for (int n = zip.read(buffer); n != -1; n = zip.read(buffer)) {
      inflated += n;
      total[0] += n;
      if (total[0] > MAX_TOTAL_BYTES) {
        throw bomb("it expands past " + megabytes(MAX_TOTAL_BYTES));
      }
      if (inflated > MAX_ENTRY_BYTES) {
        throw bomb("its file " + name + " expands past " + megabytes(MAX_ENTRY_BYTES));
      }
      long stored = Math.max(1, source.count() - start);
      if (inflated > RATIO_CHECKED_ABOVE && inflated / stored > MAX_RATIO) {
        throw bomb("its file " + name + " expands more than " + MAX_RATIO + "-fold");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static String checkedName(String name) throws UnreadableFileException {
    if (name.chars().anyMatch(c -> c < 0x20)) {
      throw new UnreadableFileException(REJECTED + "the zip is damaged (a file name holds control"
          + " characters)");
    }
    String path = name.replace('\\', '/');
    boolean escapes = path.startsWith("/") || DRIVE.matcher(path).matches()
        || ("/" + path + "/").contains("/../");
    if (escapes) {
      String shown = name.length() > 80 ? name.substring(0, 80) + "…" : name;
      throw new UnreadableFileException(REJECTED + "it holds a file named \"" + shown
          + "\" that points outside the book (a path-traversal attack?)");
    }
    return name;
  }

  private static UnreadableFileException bomb(String what) {
    return new UnreadableFileException(REJECTED + what + " (a zip bomb?)");
  }

  private static String megabytes(long bytes) {
    return (bytes / (1024 * 1024)) + " MB";
  }

  /** Where the end-of-archive record starts, or -1 when the zip has none (it was cut short). */
  private static int endRecord(byte[] content) {
    int from = Math.max(0, content.length - END_RECORD_SEARCH);
    for (int i = content.length - 22; i >= from; i--) {
      if (startsWith(content, END_OF_ARCHIVE, i)) {
        return i;
      }
    }
    return -1;
  }

  /** The number of files the end record lists; 0 when it defers to a ZIP64 record. */
  private static int entriesListed(byte[] content, int endRecord) {
    int listed = (content[endRecord + 10] & 0xFF) | (content[endRecord + 11] & 0xFF) << 8;
    return listed == 0xFFFF ? 0 : listed;
  }

  private static boolean contains(byte[] content, byte[] part) {
    for (int i = 0; i + part.length <= content.length; i++) {
      if (startsWith(content, part, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] content, byte[] prefix, int at) {
    if (at < 0 || content.length < at + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Counts the stored bytes the inflater has consumed, to judge each file's ratio. */
  private static final class CountingStream extends FilterInputStream {
    private long count;

    CountingStream(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b != -1) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }
}
