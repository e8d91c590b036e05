package dev.quire.cli;

import dev.quire.ingest.FileOutcome;
import dev.quire.ingest.ImportProgress;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Shows an import as it goes: on a terminal a progress bar (files, files/s, ETA) redrawn in place
 * with failures printed above it; elsewhere one plain line per file, for logs.
 */
final class ProgressDisplay implements ImportProgress {

  private static final int BAR_WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintStream out;
  private final boolean terminal;
  private final long startNanos = System.nanoTime();
  private int total;
  private int done;
  private long lastDraw;

  ProgressDisplay(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public void started(int files, long bytes) {
    total = files;
  }

  @Override
  public void fileDone(FileOutcome outcome) {
    done++;
    if (!terminal) {
      out.println(line(outcome));
      return;
    }
    if (outcome.status() == FileOutcome.Status.FAILED) {
      out.print("\r\033[K");
      out.println(line(outcome));
    }
    long now = System.nanoTime();
    if (now - lastDraw >= REDRAW_NANOS || done == total) {
      lastDraw = now;
      out.print("\r\033[K" + bar(now));
      if (done == total) {
        out.println();
      }
      out.flush();
    }
  }

  private String bar(long now) {
    double seconds = Math.max((now - startNanos) / 1e9, 1e-3);
    double rate = done / seconds;
    int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
    String eta = rate > 0 ? clock(Duration.ofSeconds((long) ((total - done) / rate))) : "--:--";
    return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] "
        + done + "/" + total + " files  " + String.format("%.1f", rate) + " files/s  ETA " + eta;
  }

  private static String clock(Duration d) {
    return d.toHours() > 0
        ? String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
        : String.format("%d:%02d", d.toMinutesPart(), d.toSecondsPart());
  }

  /** One file's outcome as a line: {@code imported  path -> work 12 (title missing)}. */
  static String line(FileOutcome outcome) {
    StringBuilder line = new StringBuilder(String.format("%-9s %s", outcome.status().word(), outcome.path()));
    if (outcome.workId() != null) {
      line.append(" -> work ").append(outcome.workId());
    }
    if (outcome.reason() != null) {
      line.append(": ").append(outcome.reason());
    }
    if (!outcome.flags().isEmpty()) {
      line.append(" (").append(String.join(", ", outcome.flags())).append(')');
    }
    return line.toString();
  }
}
