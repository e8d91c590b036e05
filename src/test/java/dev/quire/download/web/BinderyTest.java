package dev.quire.download.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.platform.ArchiveBusyException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Downloads are written whole, a bounded number at a time, with a slow writer forced by a latch. */
class BinderyTest {

  final CountDownLatch writing = new CountDownLatch(1);
  final CountDownLatch finish = new CountDownLatch(1);

  /** A download that stays in the press until the test lets it finish. */
  CompletableFuture<byte[]> slowDownload(Bindery bindery) {
    return CompletableFuture.supplyAsync(() -> bindery.bind(out -> {
      out.write("the first half, ".getBytes(StandardCharsets.UTF_8));
      writing.countDown();
      try {
        finish.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      out.write("the second half".getBytes(StandardCharsets.UTF_8));
    }));
  }

  @Test
  void aDownloadIsHandedOverOnlyWhenItIsWrittenWhole() throws Exception {
    Bindery bindery = new Bindery(1, Duration.ofSeconds(5));

    CompletableFuture<byte[]> download = slowDownload(bindery);
    writing.await(5, TimeUnit.SECONDS);

    assertThat(download).isNotDone();
    finish.countDown();
    assertThat(new String(download.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8))
        .isEqualTo("the first half, the second half");
  }

  @Test
  void aDownloadThatFindsNoFreePressWithinTheWaitIsRefusedAsBusyWithWhenToRetry() throws Exception {
    Bindery bindery = new Bindery(1, Duration.ofMillis(200));
    CompletableFuture<byte[]> first = slowDownload(bindery);
    writing.await(5, TimeUnit.SECONDS);

    assertThatThrownBy(() -> bindery.bind(out -> out.write('x')))
        .isInstanceOfSatisfying(ArchiveBusyException.class,
            busy -> assertThat(busy.retryAfter()).isEqualTo(Duration.ofMillis(200)));

    finish.countDown();
    assertThat(first.get(5, TimeUnit.SECONDS)).hasSize("the first half, the second half".length());
    assertThat(bindery.bind(out -> out.write('x'))).containsExactly('x');
  }

  @Test
  void aDownloadWaitingForAPressIsWrittenOnceOneIsFree() throws Exception {
    Bindery bindery = new Bindery(1, Duration.ofSeconds(10));
    CompletableFuture<byte[]> first = slowDownload(bindery);
    writing.await(5, TimeUnit.SECONDS);

    CompletableFuture<byte[]> second = CompletableFuture.supplyAsync(() -> bindery.bind(out -> out.write('x')));
    Thread.sleep(100);
    assertThat(second).isNotDone();
    finish.countDown();

    assertThat(second.get(5, TimeUnit.SECONDS)).containsExactly('x');
    assertThat(first.get(5, TimeUnit.SECONDS)).isNotEmpty();
  }
}
