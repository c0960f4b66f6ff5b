package dev.slant.compare;

import java.util.Objects;

/**
 * How a comparison is made.
 *
 * @param groupBy column whose values are compared ({@code outlet} by default, see {@link Columns})
 * @param pairBy column naming the story each article covers, for same-story comparisons; null for
 *     none
 * @param threads analysis threads; the report does not depend on it
 * @param seed bootstrap seed
 * @param resamples bootstrap resamples per interval
 */
public record CompareOptions(String groupBy, String pairBy, int threads, long seed, int resamples) {

  public static final long DEFAULT_SEED = 20_080_101L;

  public CompareOptions {
    Objects.requireNonNull(groupBy, "groupBy");
    if (groupBy.isBlank()) {
      throw new IllegalArgumentException("the group-by column must be named");
    }
    if (pairBy != null && pairBy.isBlank()) {
      pairBy = null;
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be at least 1, got " + resamples);
    }
  }

  public static CompareOptions defaults() {
    return new CompareOptions("outlet", null, 1, DEFAULT_SEED, Bootstrap.DEFAULT_RESAMPLES);
  }

  public CompareOptions withGroupBy(String column) {
    return new CompareOptions(column, pairBy, threads, seed, resamples);
  }

  public CompareOptions withPairBy(String column) {
    return new CompareOptions(groupBy, column, threads, seed, resamples);
  }

  public CompareOptions withThreads(int n) {
    return new CompareOptions(groupBy, pairBy, n, seed, resamples);
  }

  public CompareOptions withSeed(long s) {
    return new CompareOptions(groupBy, pairBy, threads, s, resamples);
  }

  public CompareOptions withResamples(int n) {
    return new CompareOptions(groupBy, pairBy, threads, seed, n);
  }
}
