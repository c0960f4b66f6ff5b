package dev.slant.evaluate;

import dev.slant.core.FeatureType;
import dev.slant.core.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far two independent readers agree on the articles both annotated: one reader's spans scored
 * against the other's by overlap, per type. Precision and recall swap when the readers do; F1 is
 * the same either way.
 *
 * @param articles articles read twice
 * @param byType counts with the first reader as reference ("gold") and the second as "predicted"
 */
public record ReaderAgreement(int articles, Map<FeatureType, MatchCounts> byType) {

  public ReaderAgreement {
    Map<FeatureType, MatchCounts> m = new EnumMap<>(FeatureType.class);
    m.putAll(byType);
    byType = Collections.unmodifiableMap(m);
  }

  /**
   * Pairs the first two readings of every article that has at least two, in file order.
   */
  public static ReaderAgreement of(List<RealNewsCorpus.Reading> readings) {
    Map<String, List<RealNewsCorpus.Reading>> byArticle = new LinkedHashMap<>();
    for (RealNewsCorpus.Reading r : readings) {
      byArticle.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
    }
    Map<FeatureType, MatchCounts> counts = new EnumMap<>(FeatureType.class);
    int articles = 0;
    for (List<RealNewsCorpus.Reading> pair : byArticle.values()) {
      if (pair.size() < 2) {
        continue;
      }
      articles++;
      for (FeatureType type : FeatureType.values()) {
        counts.merge(type, MatchCounts.overlap(spans(pair.get(0), type), spans(pair.get(1), type)),
            MatchCounts::plus);
      }
    }
    return new ReaderAgreement(articles, counts);
  }

  private static List<Span> spans(RealNewsCorpus.Reading reading, FeatureType type) {
    return reading.spans().stream().filter(s -> s.type() == type).map(GoldSpan::span).toList();
  }

  public MatchCounts of(FeatureType type) {
    return byType.getOrDefault(type, MatchCounts.ZERO);
  }

  public MatchCounts micro() {
    return byType.values().stream().reduce(MatchCounts.ZERO, MatchCounts::plus);
  }
}
