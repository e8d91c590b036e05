package dev.quire.download.web;

import dev.quire.platform.ArchiveBusyException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes each download whole before a byte of it is sent, so that a reader gets either the complete
 * file with its length or an error status, never a cut-off file as a success. A few downloads are
 * written at a time (one per core by default: writing is all CPU, and each holds its book in
 * memory); the others wait their turn, for a bounded time, and are then refused as busy.
 */
@Component
class Bindery {

  /** What writes one download. */
  @FunctionalInterface
  interface Writing {
    void writeTo(OutputStream out) throws IOException;
  }

  private final Semaphore presses;
  private final Duration wait;

  Bindery(@Value("${quire.downloads.concurrent:0}") int concurrent,
      @Value("${quire.downloads.wait:PT20S}") Duration wait) {
    this.presses = new Semaphore(concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors(), true);
    this.wait = wait;
  }

  /**
   * The whole download, once a press is free.
   *
   * @throws ArchiveBusyException when no press was free within the wait
   */
  byte[] bind(Writing writing) {
    try {
      if (!presses.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new ArchiveBusyException("Many downloads are being made right now: please try again in a moment.", wait);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ArchiveBusyException("The archive is stopping: please try again in a moment.", wait);
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      writing.writeTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      presses.release();
    }
  }
}
