package dev.quire.bench;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Draws ranks 0..n-1 with probability proportional to {@code 1 / (rank + 1)^exponent}: the few
 * large fandoms and many small ones of an archive. Immutable and thread-safe.
 */
final class Zipf {

  private final double[] cumulative;

  Zipf(int n, double exponent) {
    if (n < 1) {
      throw new IllegalArgumentException("a Zipf distribution needs at least one rank");
    }
    cumulative = new double[n];
    double sum = 0;
    for (int rank = 0; rank < n; rank++) {
      sum += 1 / Math.pow(rank + 1, exponent);
      cumulative[rank] = sum;
    }
  }

  /** The share of draws rank 0 gets. */
  double topShare() {
    return cumulative[0] / cumulative[cumulative.length - 1];
  }

  int draw(RandomGenerator random) {
    double point = random.nextDouble() * cumulative[cumulative.length - 1];
    int found = Arrays.binarySearch(cumulative, point);
    return Math.min(found >= 0 ? found : -found - 1, cumulative.length - 1);
  }
}
