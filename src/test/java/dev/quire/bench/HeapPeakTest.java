package dev.quire.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The bench's peak heap is what was in use at once, never more than the heap can hold. */
class HeapPeakTest {

  private static final int GARBAGE = 128 * 1024 * 1024;

  @Test
  void seesGarbageThatACollectionFreedAndStaysWithinTheMaximum() {
    try (HeapPeak peak = HeapPeak.start()) {
      makeGarbage();
      System.gc();
      long inUseAfter = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

      await().atMost(Duration.ofSeconds(10)).until(() -> peak.bytes() >= inUseAfter + GARBAGE / 2);
      assertThat(peak.bytes()).isLessThanOrEqualTo(Runtime.getRuntime().maxMemory());
    }
  }

  private static void makeGarbage() {
    byte[] garbage = new byte[GARBAGE];
    garbage[GARBAGE - 1] = 1;
  }
}
