package dev.slant.compare;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Rank-based tests and effect sizes for comparing per-article rates, which are skewed and full of
 * zeros (most articles have no scare quote at all), so means and t-tests would mislead.
 */
public final class RankTests {

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);
  /** Up to this many non-zero differences without ties, the signed-rank p-value is exact. */
  static final int EXACT_SIGNED_RANK_MAX = 30;

  private RankTests() {}

  /**
   * Mann–Whitney U of two independent samples.
   *
   * @param u the U statistic of {@code x}: pairs (x, y) with x > y, ties counting one half
   * @param p two-sided p-value
   * @param cliffsDelta P(x > y) − P(x < y), from −1 to 1
   */
  public record MannWhitney(double u, double p, double cliffsDelta) {}

  /**
   * Mann–Whitney U test with the normal approximation, tie-corrected variance and no continuity
   * correction (R: {@code wilcox.test(x, y, exact = FALSE, correct = FALSE)}). Cliff's delta is
   * derived from the same ranks: δ = 2U / (n·m) − 1.
   */
  public static MannWhitney mannWhitney(double[] x, double[] y) {
    int n1 = x.length;
    int n2 = y.length;
    if (n1 == 0 || n2 == 0) {
      throw new IllegalArgumentException("both samples must be non-empty");
    }
    double[] all = new double[n1 + n2];
    System.arraycopy(x, 0, all, 0, n1);
    System.arraycopy(y, 0, all, n1, n2);
    double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(all);
    double rankSumX = 0;
    for (int i = 0; i < n1; i++) {
      rankSumX += ranks[i];
    }
    double u = rankSumX - n1 * (n1 + 1) / 2.0;
    double nm = (double) n1 * n2;
    int n = n1 + n2;
    double variance = nm / 12.0 * ((n + 1) - tieTerm(all) / ((double) n * (n - 1)));
    double p = variance <= 0 ? 1.0 : twoSided((u - nm / 2) / Math.sqrt(variance));
    return new MannWhitney(u, p, 2 * u / nm - 1);
  }

  /**
   * Wilcoxon signed-rank test of paired differences against zero. Zero differences are dropped
   * (Wilcoxon's convention, as R does). Exact p-value when at most 30 differences remain and none
   * are tied in magnitude; otherwise the normal approximation with tie-corrected variance and no
   * continuity correction.
   *
   * @return two-sided p-value; 1 when every difference is zero
   */
  public static double wilcoxonSignedRank(double[] differences) {
    double[] d = Arrays.stream(differences).filter(v -> v != 0).toArray();
    int n = d.length;
    if (n == 0) {
      return 1.0;
    }
    double[] magnitudes = Arrays.stream(d).map(Math::abs).toArray();
    double ties = tieTerm(magnitudes);
    if (ties == 0 && n <= EXACT_SIGNED_RANK_MAX) {
      return Math.min(1.0, new WilcoxonSignedRankTest()
          .wilcoxonSignedRankTest(d, new double[n], true));
    }
    double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(magnitudes);
    double wPlus = 0;
    for (int i = 0; i < n; i++) {
      if (d[i] > 0) {
        wPlus += ranks[i];
      }
    }
    double mean = n * (n + 1) / 4.0;
    double variance = n * (n + 1) * (2.0 * n + 1) / 24.0 - ties / 48.0;
    return variance <= 0 ? 1.0 : twoSided((wPlus - mean) / Math.sqrt(variance));
  }

  /**
   * Holm–Bonferroni adjusted p-values, in the order given: the k-th smallest of m p-values is
   * multiplied by (m − k + 1), made monotone and capped at 1. Rejecting where the adjusted value
   * is below α controls the family-wise error rate at α.
   */
  public static double[] holm(double[] p) {
    int m = p.length;
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
    double[] adjusted = new double[m];
    double running = 0;
    for (int k = 0; k < m; k++) {
      int i = order[k];
      running = Math.max(running, Math.min(1.0, (m - k) * p[i]));
      adjusted[i] = running;
    }
    return adjusted;
  }

  /** Σ (t³ − t) over groups of t tied values. */
  private static double tieTerm(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double sum = 0;
    int i = 0;
    while (i < sorted.length) {
      int j = i;
      while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
        j++;
      }
      double t = j - i + 1;
      sum += t * t * t - t;
      i = j + 1;
    }
    return sum;
  }

  private static double twoSided(double z) {
    return Math.min(1.0, 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)));
  }
}
