package dev.slant.score;

import dev.slant.core.FeatureType;
import dev.slant.core.Span;
import java.util.Map;

/**
 * The per-sentence breakdown of an article's score.
 *
 * @param index sentence index
 * @param span the sentence's characters in the article text
 * @param words words in the sentence
 * @param counts findings per type (only types with at least one finding)
 * @param weight the sentence's share of the framing index's weighted sum
 */
public record SentenceScore(
    int index, Span span, int words, Map<FeatureType, Integer> counts, double weight) {

  public SentenceScore {
    counts = Map.copyOf(counts);
  }
}
