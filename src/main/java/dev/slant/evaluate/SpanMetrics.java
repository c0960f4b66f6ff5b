package dev.slant.evaluate;

import dev.slant.core.FeatureType;
import dev.slant.core.Span;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Exact-match and overlap-match counts per feature type, over any number of documents. Immutable:
 * build one per document with {@link #of} and combine them with {@link #merge}, in any order.
 * Spans only match spans of the same type. Micro-averaged figures pool the counts of all types.
 */
public final class SpanMetrics {

  /** Both matching modes for one type. */
  public record Counts(MatchCounts exact, MatchCounts overlap) {
    static final Counts ZERO = new Counts(MatchCounts.ZERO, MatchCounts.ZERO);

    Counts plus(Counts o) {
      return new Counts(exact.plus(o.exact), overlap.plus(o.overlap));
    }
  }

  private static final SpanMetrics EMPTY = new SpanMetrics(new EnumMap<>(FeatureType.class));

  private final Map<FeatureType, Counts> byType;

  private SpanMetrics(Map<FeatureType, Counts> byType) {
    this.byType = Collections.unmodifiableMap(byType);
  }

  public static SpanMetrics empty() {
    return EMPTY;
  }

  /** The counts for one type in one document. */
  public static SpanMetrics of(FeatureType type, Collection<Span> gold, Collection<Span> predicted) {
    Map<FeatureType, Counts> m = new EnumMap<>(FeatureType.class);
    m.put(type, new Counts(MatchCounts.exact(gold, predicted), MatchCounts.overlap(gold, predicted)));
    return new SpanMetrics(m);
  }

  public SpanMetrics merge(SpanMetrics other) {
    Map<FeatureType, Counts> m = new EnumMap<>(FeatureType.class);
    m.putAll(byType);
    other.byType.forEach((t, c) -> m.merge(t, c, Counts::plus));
    return new SpanMetrics(m);
  }

  public Counts counts(FeatureType type) {
    return byType.getOrDefault(type, Counts.ZERO);
  }

  public MatchCounts exact(FeatureType type) {
    return counts(type).exact();
  }

  public MatchCounts overlap(FeatureType type) {
    return counts(type).overlap();
  }

  /** Exact-match counts pooled over all types. */
  public MatchCounts microExact() {
    return byType.values().stream().map(Counts::exact).reduce(MatchCounts.ZERO, MatchCounts::plus);
  }

  /** Overlap-match counts pooled over all types. */
  public MatchCounts microOverlap() {
    return byType.values().stream().map(Counts::overlap).reduce(MatchCounts.ZERO, MatchCounts::plus);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SpanMetrics m)) {
      return false;
    }
    for (FeatureType t : FeatureType.values()) {
      if (!counts(t).equals(m.counts(t))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Arrays.stream(FeatureType.values()).map(this::counts).toList().hashCode();
  }

  @Override
  public String toString() {
    return "SpanMetrics" + byType;
  }
}
