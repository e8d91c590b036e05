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
 * Chapter texts set aside in a temporary file while a dump is read, so that a dump of any size is
 * read in bounded memory: each text is written once as it streams past and read back when its story
 * is assembled. The file is deleted on {@link #close()}. Not thread-safe.
 */
final class ChapterSpill implements Closeable {

  /** Where one text lies in the file. */
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

  /** Sets aside a value whose characters are bytes (see {@link SqlCursor#bytesAsText()}). */
  Span put(String bytesAsText) {
    byte[] bytes = bytesAsText.getBytes(StandardCharsets.ISO_8859_1);
    try {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write chapter texts to a temporary file", e);
    }
    Span span = new Span(written, bytes.length);
    written += bytes.length;
    return span;
  }

  /** The bytes of a text set aside earlier. */
  byte[] get(Span span) {
    try {
      if (in == null) {
        out.flush();
        in = new RandomAccessFile(file.toFile(), "r");
      }
      byte[] bytes = new byte[span.length()];
      in.seek(span.offset());
      in.readFully(bytes);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read chapter texts back from a temporary file", e);
    }
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
