package dev.quire.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads, parses and tags the next files of an import on every core while the importing thread
 * stores the ones before them, and hands them back in the order they were given. At most {@value
 * #MAX_FILES} files, or about {@value #MAX_BYTES} bytes of them, are read ahead, so a folder of
 * novels does not fill the heap. Used by one thread.
 */
final class ReadAhead implements AutoCloseable {

  static final int MAX_FILES = 2 * ImportBatch.MAX_FILES;
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private record Pending(Future<ReadFile> file, long bytes) {}

  private final Function<ImportUnits.Unit, ReadFile> reader;
  private final ExecutorService workers;
  private final Deque<Pending> pending = new ArrayDeque<>();
  private long pendingBytes;

  /** @param reader reads one file; thread-safe, and decides every failure itself */
  ReadAhead(Function<ImportUnits.Unit, ReadFile> reader) {
    this.reader = reader;
    this.workers = Executors.newFixedThreadPool(
        Runtime.getRuntime().availableProcessors(), Thread.ofPlatform().name("import-read-", 1).daemon().factory());
  }

  /**
   * Starts reading {@code file}; first hands {@code done} the earliest files, in order, for as
   * long as too many are read ahead.
   */
  void read(ImportUnits.Unit file, Consumer<ReadFile> done) {
    long bytes = sizeOf(file.path());
    while (!pending.isEmpty() && (pending.size() >= MAX_FILES || pendingBytes + bytes > MAX_BYTES)) {
      done.accept(next());
    }
    pending.add(new Pending(workers.submit(() -> reader.apply(file)), bytes));
    pendingBytes += bytes;
  }

  /** Hands {@code done} every file still being read, in order. */
  void drain(Consumer<ReadFile> done) {
    while (!pending.isEmpty()) {
      done.accept(next());
    }
  }

  private ReadFile next() {
    Pending first = pending.removeFirst();
    pendingBytes -= first.bytes();
    try {
      return first.file().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading files to import", e);
    } catch (ExecutionException e) {
      // The reader decides failures itself; what reaches here is a defect in it.
      throw new IllegalStateException("reading a file to import failed", e.getCause());
    }
  }

  private static long sizeOf(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      return 0; // the reader reports why the file cannot be read
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
