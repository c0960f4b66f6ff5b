package dev.slant.compare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One outlet (or other group) in a comparison.
 *
 * @param outlet the group's name
 * @param articles articles in the group
 * @param words words over all its articles
 * @param framingIndex mean framing index over its articles, with bootstrap CI
 * @param features per feature type id, mean rate per 1,000 words over its articles, with CI
 * @param topTerms its most distinctive loaded terms, most distinctive first
 */
public record OutletSummary(
    String outlet,
    int articles,
    long words,
    Interval framingIndex,
    Map<String, Interval> features,
    List<TermScore> topTerms) {

  public OutletSummary {
    features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
    topTerms = List.copyOf(topTerms);
  }

  public Interval of(Measure measure) {
    return measure.isFramingIndex() ? framingIndex : features.get(measure.id());
  }
}
