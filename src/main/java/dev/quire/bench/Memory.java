package dev.quire.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the JVM holds, in MiB: the heap in use after a full collection (what the archive really
 * keeps), the highest heap use seen (garbage included), the maximum heap (-Xmx) and the process's
 * peak resident memory ({@code VmHWM}; -1 where {@code /proc} is absent).
 */
record Memory(long heapAfterGcMb, long heapPeakMb, long heapMaxMb, long residentPeakMb) {

  /** What the JVM holds now, with the highest heap use {@code peak} saw. */
  static Memory now(HeapPeak peak) {
    long highest = peak.bytes();
    System.gc();
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    return new Memory(mb(used), mb(highest), mb(Runtime.getRuntime().maxMemory()), residentPeak());
  }

  private static long residentPeak() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // Not Linux: the report says -1.
    }
    return -1;
  }

  private static long mb(long bytes) {
    return bytes / (1024 * 1024);
  }
}
