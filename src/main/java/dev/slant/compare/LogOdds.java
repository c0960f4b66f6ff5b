package dev.slant.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Distinctive terms by the weighted log-odds ratio with an informative Dirichlet prior (Monroe,
 * Colaresi &amp; Quinn 2008, "Fightin' Words", section 3.5). For a term w, one outlet i and the rest
 * of the corpus r, with prior pseudo-counts α_w and α₀ = Σ α_w:
 *
 * <pre>
 *   δ_w = ln((y_wi + α_w) / (n_i + α₀ − y_wi − α_w)) − ln((y_wr + α_w) / (n_r + α₀ − y_wr − α_w))
 *   σ²_w ≈ 1 / (y_wi + α_w) + 1 / (y_wr + α_w)
 *   z_w = δ_w / σ_w
 * </pre>
 *
 * The prior is the whole corpus' term counts (α_w = the term's count over all outlets), which
 * shrinks rare terms towards the corpus rate so a term used once by one outlet does not top its
 * list. A z above 1.96 is conventionally read as distinctive.
 */
public final class LogOdds {

  private LogOdds() {}

  /**
   * Every term the outlet used, most distinctive first (by z descending, then term).
   *
   * @param byOutlet term counts per outlet; the outlet's rest of the corpus is every other outlet
   * @return empty when there is nothing to contrast: fewer than two outlets or distinct terms
   */
  public static List<TermScore> distinctive(String outlet, Map<String, Map<String, Integer>> byOutlet) {
    Map<String, Integer> corpus = new TreeMap<>();
    byOutlet.values().forEach(m -> m.forEach((t, c) -> corpus.merge(t, c, Integer::sum)));
    Map<String, Integer> mine = byOutlet.getOrDefault(outlet, Map.of());
    if (byOutlet.size() < 2 || corpus.size() < 2) {
      return List.of();
    }
    Map<String, Integer> rest = new TreeMap<>();
    byOutlet.forEach((o, m) -> {
      if (!o.equals(outlet)) {
        m.forEach((t, c) -> rest.merge(t, c, Integer::sum));
      }
    });
    double alpha0 = total(corpus);
    double nMine = total(mine);
    double nRest = total(rest);
    List<TermScore> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : new TreeMap<>(mine).entrySet()) {
      String term = e.getKey();
      double alpha = corpus.get(term);
      out.add(new TermScore(term, e.getValue(),
          z(e.getValue(), nMine, rest.getOrDefault(term, 0), nRest, alpha, alpha0)));
    }
    out.sort(Comparator.comparingDouble(TermScore::z).reversed().thenComparing(TermScore::term));
    return out;
  }

  /** The z-score of one term; see the class comment for the formula. */
  public static double z(double yI, double nI, double yR, double nR, double alpha, double alpha0) {
    double delta = Math.log((yI + alpha) / (nI + alpha0 - yI - alpha))
        - Math.log((yR + alpha) / (nR + alpha0 - yR - alpha));
    double variance = 1 / (yI + alpha) + 1 / (yR + alpha);
    return delta / Math.sqrt(variance);
  }

  private static double total(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
