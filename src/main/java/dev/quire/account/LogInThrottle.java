package dev.quire.account;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Counts log-in attempts per account and per client address: five may fail within 15 minutes,
 * and the sixth waits until the 15 minutes since the first have passed. An attempt takes a token
 * from each of its buckets before the password is checked, so attempts made at once on several
 * app nodes are counted too; a successful one gives its tokens back. The buckets live in the
 * database ({@link Throttles}). Thread-safe.
 */
@Component
class LogInThrottle {

  static final Throttles.Limit LIMIT = new Throttles.Limit(5, Duration.ofMinutes(15));

  private final Throttles throttles;

  LogInThrottle(Throttles throttles) {
    this.throttles = throttles;
  }

  /**
   * Takes one attempt from each bucket named by {@code keys}.
   *
   * @return how long to wait when some bucket is empty (nothing is taken then), or empty to go on
   */
  Optional<Duration> enter(List<String> keys) {
    return throttles.enter(LIMIT, keys);
  }

  /** Gives back the attempt {@link #enter} took: the password was right. */
  void succeeded(List<String> keys) {
    throttles.giveBack(LIMIT, keys);
  }
}
