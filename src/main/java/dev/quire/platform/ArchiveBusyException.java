package dev.quire.platform;

import java.time.Duration;

/**
 * The archive has more to do than it can take on now: the request was refused before any of its
 * answer was sent, and asking again after {@link #retryAfter()} may succeed. Every web request that
 * throws it is answered {@code 503 Service Unavailable} with a {@code Retry-After} header (see
 * {@code BusyResponses}); nothing else may be answered with a 5xx.
 */
public class ArchiveBusyException extends RuntimeException {

  private final Duration retryAfter;

  /** {@code retryAfter} is rounded up to whole seconds when it is sent; it must not be negative. */
  public ArchiveBusyException(String message, Duration retryAfter) {
    super(message);
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
    }
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
