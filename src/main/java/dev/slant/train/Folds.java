package dev.slant.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Stratified group k-fold assignment: every example of a group (an article, an outlet) lands in
 * the same fold, and folds get class proportions as even as the groups allow. Groups are shuffled
 * with the seed, then placed largest first, each into the fold where it evens out the classes
 * best. Deterministic for a seed.
 */
public final class Folds {

  private Folds() {}

  /**
   * @param groups group key of each example
   * @param labels class of each example (stratification key)
   * @param k number of folds; lowered to the number of groups when there are fewer
   * @return fold index of each example, in {@code [0, k)}
   */
  public static int[] assign(List<String> groups, boolean[] labels, int k, long seed) {
    if (groups.size() != labels.length) {
      throw new IllegalArgumentException("one label per example expected");
    }
    Map<String, int[]> counts = new TreeMap<>();
    for (int i = 0; i < labels.length; i++) {
      counts.computeIfAbsent(groups.get(i), g -> new int[2])[labels[i] ? 1 : 0]++;
    }
    int folds = Math.min(k, counts.size());
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 groups, found "
          + counts.size());
    }
    List<String> order = new ArrayList<>(counts.keySet());
    Collections.shuffle(order, new Random(seed));
    order.sort((a, b) -> Integer.compare(total(counts.get(b)), total(counts.get(a))));
    int[] classTotals = new int[2];
    counts.values().forEach(c -> {
      classTotals[0] += c[0];
      classTotals[1] += c[1];
    });
    int[][] foldCounts = new int[folds][2];
    Map<String, Integer> foldOf = new TreeMap<>();
    for (String g : order) {
      int[] c = counts.get(g);
      int best = -1;
      double bestCost = Double.MAX_VALUE;
      for (int f = 0; f < folds; f++) {
        foldCounts[f][0] += c[0];
        foldCounts[f][1] += c[1];
        double cost = spread(foldCounts, classTotals);
        foldCounts[f][0] -= c[0];
        foldCounts[f][1] -= c[1];
        if (cost < bestCost - 1e-12 || (Math.abs(cost - bestCost) <= 1e-12
            && total(foldCounts[f]) < total(foldCounts[best]))) {
          best = f;
          bestCost = cost;
        }
      }
      foldCounts[best][0] += c[0];
      foldCounts[best][1] += c[1];
      foldOf.put(g, best);
    }
    int[] out = new int[labels.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = foldOf.get(groups.get(i));
    }
    return out;
  }

  /** Number of folds {@link #assign} will produce. */
  public static int count(int[] assignment) {
    int max = -1;
    for (int f : assignment) {
      max = Math.max(max, f);
    }
    return max + 1;
  }

  private static int total(int[] c) {
    return c[0] + c[1];
  }

  /** Sum over classes of the standard deviation, across folds, of each fold's share of a class. */
  private static double spread(int[][] foldCounts, int[] classTotals) {
    double sum = 0;
    for (int c = 0; c < 2; c++) {
      if (classTotals[c] == 0) {
        continue;
      }
      double mean = 0;
      for (int[] f : foldCounts) {
        mean += (double) f[c] / classTotals[c];
      }
      mean /= foldCounts.length;
      double var = 0;
      for (int[] f : foldCounts) {
        double d = (double) f[c] / classTotals[c] - mean;
        var += d * d;
      }
      sum += Math.sqrt(var / foldCounts.length);
    }
    return sum;
  }
}
