package dev.quire.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the JVM holds, in MiB: the heap in use after a full collection (what the archive really
 * keeps), the highest heap use seen (garbage included), the maximum heap (-Xmx) and the process's
 * peak resident memory ({@code VmHWM}; -1 where {@code /proc} is absent).
 */
record Memory(long heapAfterGcMb, long heapPeakMb, long heapMaxMb, long residentPeakMb) {

  static Memory now() {
    System.gc();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    return new Memory(mb(used), mb(peak), mb(Runtime.getRuntime().maxMemory()), residentPeak());
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
