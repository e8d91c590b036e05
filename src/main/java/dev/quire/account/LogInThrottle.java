package dev.quire.account;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Counts log-in attempts per account and per client address: five may fail within 15 minutes,
 * and the sixth waits until the 15 minutes since the first have passed. An attempt takes a token
 * from each of its buckets before the password is checked, so attempts made at once on several
 * app nodes are counted too; a successful one gives its tokens back. The buckets live in the
 * database ({@link JdbcBuckets}). Thread-safe.
 */
@Component
class LogInThrottle {

  static final int ATTEMPTS = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private static final BucketConfiguration BUCKET = BucketConfiguration.builder()
      .addLimit(limit -> limit.capacity(ATTEMPTS).refillIntervally(ATTEMPTS, WINDOW))
      .build();

  private final JdbcBuckets buckets;
  private final AtomicLong lastSweep = new AtomicLong();

  LogInThrottle(DataSource dataSource) {
    this.buckets = new JdbcBuckets(dataSource, ClientSideConfig.getDefault()
        .withExpirationAfterWriteStrategy(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1))));
  }

  /**
   * Takes one attempt from each bucket named by {@code keys}.
   *
   * @return how long to wait when some bucket is empty (nothing is taken then), or empty to go on
   */
  Optional<Duration> enter(List<String> keys) {
    sweepNowAndThen();
    List<BucketProxy> taken = new ArrayList<>(keys.size());
    for (String key : keys) {
      BucketProxy bucket = bucket(key);
      ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
      if (!probe.isConsumed()) {
        taken.forEach(given -> given.addTokens(1));
        return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
      }
      taken.add(bucket);
    }
    return Optional.empty();
  }

  /** Gives back the attempt {@link #enter} took: the password was right. */
  void succeeded(List<String> keys) {
    keys.forEach(key -> bucket(key).addTokens(1));
  }

  private BucketProxy bucket(String key) {
    return buckets.builder().build(key, () -> BUCKET);
  }

  /** Full buckets are removed at most once a minute per node, so the table stays small. */
  private void sweepNowAndThen() {
    long now = System.currentTimeMillis();
    long last = lastSweep.get();
    if (now - last > Duration.ofMinutes(1).toMillis() && lastSweep.compareAndSet(last, now)) {
      buckets.removeExpired(now);
    }
  }
}
