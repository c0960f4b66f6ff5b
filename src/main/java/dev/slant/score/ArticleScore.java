package dev.slant.score;

import dev.slant.core.FeatureType;
import java.util.List;
import java.util.Map;

/**
 * An article's numbers.
 *
 * @param words words (tokens with a letter or digit)
 * @param sentences sentences
 * @param byType count and rate for every feature type, including those with no findings
 * @param framingIndex 0–100, see {@link FramingIndex}
 * @param sentenceScores one entry per sentence, in order
 */
public record ArticleScore(
    int words,
    int sentences,
    Map<FeatureType, TypeScore> byType,
    double framingIndex,
    List<SentenceScore> sentenceScores) {

  public ArticleScore {
    byType = Map.copyOf(byType);
    sentenceScores = List.copyOf(sentenceScores);
  }

  public TypeScore of(FeatureType type) {
    return byType.get(type);
  }
}
