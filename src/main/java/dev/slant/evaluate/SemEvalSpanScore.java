package dev.slant.evaluate;

import dev.slant.core.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The span-identification metric of SemEval-2020 Task 11 (Da San Martino et al., "Fine-Grained
 * Analysis of Propaganda in News Articles", EMNLP 2019; the task's {@code task-SI_scorer.py}),
 * which gives partial credit for partial overlap.
 *
 * <p>For a set S of predicted spans and a set T of gold spans, each span seen as the set of
 * character positions it covers,
 * <pre>
 *   P(S, T) = (1/|S|) · Σ_{s∈S} Σ_{t∈T} |s ∩ t| / |s|
 *   R(S, T) = (1/|T|) · Σ_{s∈S} Σ_{t∈T} |s ∩ t| / |t|
 *   F1      = 2·P·R / (P + R)
 * </pre>
 * where the sums run over span pairs of the same document and |S|, |T| count spans over all
 * documents (micro-averaging, as the scorer does). As in the official scorer, overlapping gold
 * spans of a document are first merged into one, and so are overlapping predictions (its
 * {@code --merge-user-annotations} option), so that no character is credited twice; spans that
 * merely touch ({@code [0,5)} and {@code [5,9)}) are not merged. Edge cases also follow the
 * scorer: P = 0 without predictions, R = 0 without gold spans, F1 = 1 when both are empty.
 *
 * <p>The unit of |s ∩ t| is whatever the offsets count: PTC's scorer counts code points, so
 * {@link PtcArticle#toPtc} converts slant's UTF-16 spans before scoring.
 *
 * @param precisionCredit Σ |s ∩ t| / |s| so far
 * @param predicted |S| after merging
 * @param recallCredit Σ |s ∩ t| / |t| so far
 * @param gold |T| after merging
 */
public record SemEvalSpanScore(double precisionCredit, int predicted, double recallCredit, int gold) {

  public static final SemEvalSpanScore ZERO = new SemEvalSpanScore(0, 0, 0, 0);

  public SemEvalSpanScore {
    if (predicted < 0 || gold < 0 || !(precisionCredit >= 0) || !(recallCredit >= 0)
        || precisionCredit > predicted + 1e-9 || recallCredit > gold + 1e-9) {
      throw new IllegalArgumentException("inconsistent SemEval credit: " + precisionCredit + "/"
          + predicted + ", " + recallCredit + "/" + gold);
    }
  }

  /**
   * The credit of one document's predictions against its gold spans.
   *
   * @throws IllegalArgumentException if a span is empty (it covers no character to score)
   */
  public static SemEvalSpanScore of(Collection<Span> gold, Collection<Span> predicted) {
    List<Span> s = merge(predicted);
    List<Span> t = merge(gold);
    double p = 0;
    double r = 0;
    for (Span ps : s) {
      for (Span gs : t) {
        int inter = intersection(ps, gs);
        if (inter > 0) {
          p += (double) inter / ps.length();
          r += (double) inter / gs.length();
        }
      }
    }
    return new SemEvalSpanScore(p, s.size(), r, t.size());
  }

  /** Merges overlapping spans into their union; sorted, pairwise disjoint. */
  static List<Span> merge(Collection<Span> spans) {
    List<Span> out = new ArrayList<>();
    for (Span next : new TreeSet<>(spans)) {
      if (next.length() == 0) {
        throw new IllegalArgumentException("empty span " + next + " cannot be scored");
      }
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && next.start() < last.end()) {
        out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), next.end())));
      } else {
        out.add(next);
      }
    }
    return out;
  }

  static int intersection(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }

  public SemEvalSpanScore plus(SemEvalSpanScore o) {
    return new SemEvalSpanScore(precisionCredit + o.precisionCredit, predicted + o.predicted,
        recallCredit + o.recallCredit, gold + o.gold);
  }

  public double precision() {
    return predicted == 0 ? 0.0 : precisionCredit / predicted;
  }

  public double recall() {
    return gold == 0 ? 0.0 : recallCredit / gold;
  }

  public double f1() {
    return Scores.f1(precision(), recall(), predicted, gold);
  }
}
