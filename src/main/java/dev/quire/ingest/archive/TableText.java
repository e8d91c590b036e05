package dev.quire.ingest.archive;

import dev.quire.ingest.UnreadableFileException;
import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * One file of an archive's tables opened as a stream of text, as {@link
 * dev.quire.ingest.TextDecoder} would read it whole: a UTF-16 byte order mark selects UTF-16; else
 * the bytes are read one for one as characters and each value is decoded on its own ({@link
 * #value}), as UTF-8 when it is valid UTF-8 and else as Windows-1252, so a table of any size is
 * read without holding it. A NUL byte in the first 8 KiB fails the file as binary; a UTF-8 byte
 * order mark is dropped; {@code \r\n} and {@code \r} read as {@code \n}. Not thread-safe.
 */
final class TableText {

  private static final int SNIFF_BYTES = 8 * 1024;

  private final Reader reader;
  private final boolean bytesAsText;

  private TableText(Reader reader, boolean bytesAsText) {
    this.reader = reader;
    this.bytesAsText = bytesAsText;
  }

  /**
   * @param in the file's bytes; closed with the returned reader
   * @param name the file's name, for messages
   * @throws UnreadableFileException when the file starts with binary content
   */
  static TableText open(InputStream in, String name) throws IOException, UnreadableFileException {
    BufferedInputStream bytes = new BufferedInputStream(in, 64 * 1024);
    bytes.mark(SNIFF_BYTES);
    byte[] head = bytes.readNBytes(SNIFF_BYTES);
    bytes.reset();
    Charset utf16 = head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
        ? StandardCharsets.UTF_16BE
        : head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE ? StandardCharsets.UTF_16LE : null;
    if (utf16 != null) {
      bytes.skipNBytes(2);
      return new TableText(new LineEndings(new InputStreamReader(bytes, utf16)), false);
    }
    for (int i = 0; i < head.length; i++) {
      if (head[i] == 0) {
        throw new UnreadableFileException(name + ": binary content, not text (NUL byte at offset " + i + ")");
      }
    }
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      bytes.skipNBytes(3);
    }
    return new TableText(new LineEndings(new InputStreamReader(bytes, StandardCharsets.ISO_8859_1)), true);
  }

  Reader reader() {
    return reader;
  }

  /** Whether the reader gives the file's bytes one for one as characters. */
  boolean bytesAsText() {
    return bytesAsText;
  }

  /** Decodes the values of a row in place. */
  void decode(String[] values) {
    if (bytesAsText) {
      for (int i = 0; i < values.length; i++) {
        values[i] = DumpValueText.decodeAsWritten(values[i]);
      }
    }
  }

  /** Reads {@code \r\n} and a lone {@code \r} as {@code \n}. */
  private static final class LineEndings extends FilterReader {
    private boolean afterReturn;

    LineEndings(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      while (true) {
        int read = super.read(buffer, offset, length);
        if (read <= 0) {
          return read;
        }
        int out = offset;
        for (int i = offset; i < offset + read; i++) {
          char c = buffer[i];
          if (c == '\n' && afterReturn) {
            afterReturn = false;
            continue;
          }
          afterReturn = c == '\r';
          buffer[out++] = afterReturn ? '\n' : c;
        }
        if (out > offset) {
          return out - offset;
        }
      }
    }
  }
}
