package dev.quire.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * How fast one engine answered one kind of query.
 *
 * @param p50, p95, p99 latency percentiles in milliseconds (nearest rank)
 * @param queriesPerSecond timed runs divided by their total time, one query at a time
 * @param hits works matched, summed over the kind's distinct queries
 * @param runs how many runs were timed
 */
record Latencies(double p50, double p95, double p99, double queriesPerSecond, long hits, int runs) {

  /**
   * Runs each query once to count its hits and warm up, then {@code warmUp} more runs untimed,
   * then {@code runs} timed runs cycling through the queries.
   */
  static Latencies measure(List<BenchQuery> queries, int warmUp, int runs, ToLongFunction<BenchQuery> engine) {
    long hits = 0;
    for (BenchQuery query : queries) {
      hits += engine.applyAsLong(query);
    }
    for (int i = 0; i < warmUp; i++) {
      engine.applyAsLong(queries.get(i % queries.size()));
    }
    long[] nanos = new long[runs];
    long total = 0;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      engine.applyAsLong(queries.get(i % queries.size()));
      nanos[i] = System.nanoTime() - start;
      total += nanos[i];
    }
    Arrays.sort(nanos);
    return new Latencies(millis(nanos, 0.50), millis(nanos, 0.95), millis(nanos, 0.99),
        runs / (total / 1e9), hits, runs);
  }

  /** The figures of runs already timed, in nanoseconds (in any order; sorted here). */
  static Latencies of(long[] nanos, long hits) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    long total = Arrays.stream(sorted).sum();
    return new Latencies(millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99),
        sorted.length / (total / 1e9), hits, sorted.length);
  }

  private static double millis(long[] sorted, double quantile) {
    int rank = (int) Math.ceil(quantile * sorted.length);
    return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)] / 1e6;
  }
}
