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
 * How often something may be done, counted in buckets every app node shares: Bucket4j's buckets
 * as rows of the database ({@link JdbcBuckets}), one per key (an account, a client address, an
 * email address). Log-in ({@link LogInThrottle}) and reports use it, each with its own limit and
 * its own prefix for keys. Thread-safe.
 */
@Component
public class Throttles {

  /**
   * At most {@code attempts} within {@code window}; the next waits until the window since the
   * first has passed.
   */
  public record Limit(int attempts, Duration window) {
    BucketConfiguration bucket() {
      return BucketConfiguration.builder()
          .addLimit(limit -> limit.capacity(attempts).refillIntervally(attempts, window))
          .build();
    }
  }

  private final JdbcBuckets buckets;
  private final AtomicLong lastSweep = new AtomicLong();

  Throttles(DataSource dataSource) {
    this.buckets = new JdbcBuckets(dataSource, ClientSideConfig.getDefault()
        .withExpirationAfterWriteStrategy(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1))));
  }

  /**
   * Takes one attempt from each bucket named by {@code keys}, all or none.
   *
   * @return how long to wait when some bucket is empty (nothing is taken then), or empty to go on
   */
  public Optional<Duration> enter(Limit limit, List<String> keys) {
    sweepNowAndThen();
    List<BucketProxy> taken = new ArrayList<>(keys.size());
    for (String key : keys) {
      BucketProxy bucket = bucket(limit, key);
      ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
      if (!probe.isConsumed()) {
        taken.forEach(given -> given.addTokens(1));
        return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
      }
      taken.add(bucket);
    }
    return Optional.empty();
  }

  /** Gives back the attempt {@link #enter} took, as when a password was right. */
  public void giveBack(Limit limit, List<String> keys) {
    keys.forEach(key -> bucket(limit, key).addTokens(1));
  }

  private BucketProxy bucket(Limit limit, String key) {
    return buckets.builder().build(key, limit::bucket);
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
