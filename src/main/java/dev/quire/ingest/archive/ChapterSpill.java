package dev.quire.ingest.archive;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Chapter rows set aside in a temporary file while a dump is read, so that a dump of any size is
 * read in memory bounded by its number of chapters, not their text: each row, text and all, is
 * written once as it streams past and read back when its story is assembled. The file is deleted
 * on {@link #close()}. Not thread-safe.
 */
final class ChapterSpill implements Closeable {

  /** Where one row lies in the file. */
  record Span(long offset, int length) {}

  private final Path file;
  private final OutputStream out;
  private RandomAccessFile in;
  private long written;

  ChapterSpill() {
    try {
      file = Files.createTempFile("quire-chapters-", ".txt");
      out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a temporary file for chapter texts", e);
    }
  }

  /**
   * Sets aside a row whose values' characters are bytes (see {@link SqlCursor#bytesAsText()}).
   */
  Span put(String[] values) {
    int length = 4;
    for (String value : values) {
      length += 4 + (value == null ? 0 : value.length());
    }
    java.nio.ByteBuffer row = java.nio.ByteBuffer.allocate(length).putInt(values.length);
    for (String value : values) {
      row.putInt(value == null ? -1 : value.length());
      if (value != null) {
        row.put(value.getBytes(StandardCharsets.ISO_8859_1));
      }
    }
    try {
      out.write(row.array());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write chapters to a temporary file", e);
    }
    Span span = new Span(written, length);
    written += length;
    return span;
  }

  /** A row set aside earlier, its values' characters its bytes. */
  String[] get(Span span) {
    byte[] bytes = new byte[span.length()];
    try {
      if (in == null) {
        out.flush();
        in = new RandomAccessFile(file.toFile(), "r");
      }
      in.seek(span.offset());
      in.readFully(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read chapters back from a temporary file", e);
    }
    java.nio.ByteBuffer row = java.nio.ByteBuffer.wrap(bytes);
    String[] values = new String[row.getInt()];
    for (int i = 0; i < values.length; i++) {
      int length = row.getInt();
      if (length >= 0) {
        values[i] = new String(bytes, row.position(), length, StandardCharsets.ISO_8859_1);
        row.position(row.position() + length);
      }
    }
    return values;
  }

  @Override
  public void close() {
    try (OutputStream o = out; RandomAccessFile i = in) {
      // both closed
    } catch (IOException e) {
      // the file is deleted below either way
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }
}
