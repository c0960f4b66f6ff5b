package dev.slant.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param biasedSentences mean share (0–100) of its articles' sentences the sentence-bias model
 *     rates biased, with CI; null when no model ran (and then absent from the JSON)
 * @param topTerms its most distinctive loaded terms, most distinctive first
 */
public record OutletSummary(
    String outlet,
    int articles,
    long words,
    Interval framingIndex,
    Map<String, Interval> features,
    @JsonInclude(JsonInclude.Include.NON_NULL) Interval biasedSentences,
    List<TermScore> topTerms) {

  public OutletSummary {
    features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
    topTerms = List.copyOf(topTerms);
  }

  /** A summary without a sentence-bias measure. */
  public OutletSummary(String outlet, int articles, long words, Interval framingIndex,
      Map<String, Interval> features, List<TermScore> topTerms) {
    this(outlet, articles, words, framingIndex, features, null, topTerms);
  }

  /** @throws IllegalStateException for the biased-sentences measure when no model ran */
  public Interval of(Measure measure) {
    return switch (measure.kind()) {
      case FRAMING_INDEX -> framingIndex;
      case RATE -> features.get(measure.id());
      case BIASED_SENTENCES -> {
        if (biasedSentences == null) {
          throw new IllegalStateException(outlet + " has no sentence-bias measure");
        }
        yield biasedSentences;
      }
    };
  }
}
