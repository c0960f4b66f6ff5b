package dev.slant.compare;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Percentile bootstrap confidence intervals for a mean. Every interval draws from its own random
 * stream, seeded from the run's seed and a key naming what is resampled (outlet and measure), so
 * an interval does not depend on which others were computed before it: same seed, same numbers.
 */
public final class Bootstrap {

  public static final int DEFAULT_RESAMPLES = 2_000;
  public static final double DEFAULT_CONFIDENCE = 0.95;

  private final int resamples;
  private final long seed;
  private final double confidence;

  public Bootstrap(int resamples, long seed, double confidence) {
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be positive, got " + resamples);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
    }
    this.resamples = resamples;
    this.seed = seed;
    this.confidence = confidence;
  }

  public int resamples() {
    return resamples;
  }

  public long seed() {
    return seed;
  }

  public double confidence() {
    return confidence;
  }

  /**
   * The sample mean and the percentile interval of the means of {@code resamples} resamples drawn
   * with replacement (quantiles estimated as R's default, type 7).
   *
   * @param key names the random stream, e.g. {@code "Harbor Post|scare_quote"}
   * @throws IllegalArgumentException for an empty sample
   */
  public Interval mean(double[] values, String key) {
    if (values.length == 0) {
      throw new IllegalArgumentException("cannot bootstrap an empty sample");
    }
    SplittableRandom random = new SplittableRandom(streamSeed(key));
    double[] means = new double[resamples];
    int n = values.length;
    for (int r = 0; r < resamples; r++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += values[random.nextInt(n)];
      }
      means[r] = sum / n;
    }
    Percentile p = new Percentile().withEstimationType(EstimationType.R_7);
    p.setData(means);
    double tail = (1 - confidence) / 2 * 100;
    return new Interval(StatUtils.mean(values), p.evaluate(tail), p.evaluate(100 - tail));
  }

  /** Mixes the run seed with a stable hash of the key (String.hashCode is specified). */
  private long streamSeed(String key) {
    long h = seed * 0x9E3779B97F4A7C15L + key.hashCode();
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
