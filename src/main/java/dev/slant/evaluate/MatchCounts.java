package dev.slant.evaluate;

import dev.slant.core.Span;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Span-matching counts for one feature type, from which precision, recall and F1 follow. Counts
 * add up over documents with {@link #plus}.
 *
 * <p>Precision and recall count different things under overlap matching, where one prediction can
 * touch two gold spans and two predictions one gold span, so both sides are kept:
 * precision = {@code matchedPredicted / predicted}, recall = {@code matchedGold / gold}. Under
 * exact matching the two matched counts are equal (each is the number of true positives).
 * Duplicate spans on either side count once.
 *
 * <p>Edge cases follow the SemEval-2020 Task 11 scorer: precision is 0 without predictions, recall
 * is 0 without gold spans, and F1 is 1 when there are neither (nothing to find, nothing claimed).
 *
 * @param predicted distinct predicted spans
 * @param gold distinct gold spans
 * @param matchedPredicted predicted spans that match some gold span
 * @param matchedGold gold spans that some predicted span matches
 */
public record MatchCounts(int predicted, int gold, int matchedPredicted, int matchedGold) {

  public static final MatchCounts ZERO = new MatchCounts(0, 0, 0, 0);

  public MatchCounts {
    if (predicted < 0 || gold < 0 || matchedPredicted < 0 || matchedGold < 0
        || matchedPredicted > predicted || matchedGold > gold) {
      throw new IllegalArgumentException("inconsistent counts: predicted " + predicted + ", gold "
          + gold + ", matched " + matchedPredicted + "/" + matchedGold);
    }
  }

  /** A prediction matches a gold span with exactly the same offsets. */
  public static MatchCounts exact(Collection<Span> gold, Collection<Span> predicted) {
    TreeSet<Span> g = new TreeSet<>(gold);
    TreeSet<Span> p = new TreeSet<>(predicted);
    int tp = (int) p.stream().filter(g::contains).count();
    return new MatchCounts(p.size(), g.size(), tp, tp);
  }

  /** A prediction matches a gold span it shares at least one character with. */
  public static MatchCounts overlap(Collection<Span> gold, Collection<Span> predicted) {
    List<Span> g = List.copyOf(new TreeSet<>(gold));
    List<Span> p = List.copyOf(new TreeSet<>(predicted));
    int matchedPredicted = (int) p.stream().filter(s -> overlapsAny(s, g)).count();
    int matchedGold = (int) g.stream().filter(s -> overlapsAny(s, p)).count();
    return new MatchCounts(p.size(), g.size(), matchedPredicted, matchedGold);
  }

  /**
   * The two-reader rule for real news: a prediction is right when it overlaps any acceptable span
   * (one either reader marked), and recall is measured on the agreed spans (those a careful reader
   * must find). With {@code acceptable} equal to {@code agreed} this is {@link #overlap}.
   */
  public static MatchCounts readerRule(
      Collection<Span> agreed, Collection<Span> acceptable, Collection<Span> predicted) {
    List<Span> g = List.copyOf(new TreeSet<>(agreed));
    List<Span> a = List.copyOf(new TreeSet<>(acceptable));
    List<Span> p = List.copyOf(new TreeSet<>(predicted));
    int matchedPredicted = (int) p.stream().filter(s -> overlapsAny(s, a)).count();
    int matchedGold = (int) g.stream().filter(s -> overlapsAny(s, p)).count();
    return new MatchCounts(p.size(), g.size(), matchedPredicted, matchedGold);
  }

  static boolean overlapsAny(Span span, Collection<Span> others) {
    for (Span o : others) {
      if (o.overlaps(span)) {
        return true;
      }
    }
    return false;
  }

  public MatchCounts plus(MatchCounts o) {
    return new MatchCounts(predicted + o.predicted, gold + o.gold,
        matchedPredicted + o.matchedPredicted, matchedGold + o.matchedGold);
  }

  /** Gold spans found (true positives). */
  public int truePositives() {
    return matchedGold;
  }

  /** Predictions that match no gold span. */
  public int falsePositives() {
    return predicted - matchedPredicted;
  }

  /** Gold spans no prediction matches. */
  public int falseNegatives() {
    return gold - matchedGold;
  }

  public double precision() {
    return predicted == 0 ? 0.0 : (double) matchedPredicted / predicted;
  }

  public double recall() {
    return gold == 0 ? 0.0 : (double) matchedGold / gold;
  }

  public double f1() {
    return Scores.f1(precision(), recall(), predicted, gold);
  }
}
