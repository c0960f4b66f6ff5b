package dev.slant.report;

import dev.slant.ArticleResult;
import dev.slant.BiasResult;
import dev.slant.score.SentenceScore;
import java.util.List;

/**
 * Which sentences a report's sentence breakdown lists: those with findings and, when a
 * sentence-bias model ran, those it rates biased too.
 */
final class SentenceRows {

  private SentenceRows() {}

  static List<SentenceScore> shown(ArticleResult result) {
    return result.score().sentenceScores().stream()
        .filter(s -> !s.counts().isEmpty() || biased(result, s))
        .toList();
  }

  private static boolean biased(ArticleResult result, SentenceScore s) {
    return result.bias().map(b -> b.probability(s.index()) >= b.threshold()).orElse(false);
  }

  /** The article summary, e.g. "mean probability 0.42, highest 0.91; 3 of 12 sentences ≥ 0.50". */
  static String summary(BiasResult b) {
    return "mean probability " + Numbers.fixed(b.meanProbability(), 2) + ", highest "
        + Numbers.fixed(b.maxProbability(), 2) + "; " + b.biasedSentences() + " of "
        + b.probabilities().size() + " sentences ≥ " + Numbers.fixed(b.threshold(), 2);
  }

  /** A sentence's probability to two decimals, or empty without a model. */
  static String probability(ArticleResult result, SentenceScore s) {
    return result.bias().map(b -> b.probability(s.index()))
        .filter(p -> !Double.isNaN(p))
        .map(p -> Numbers.fixed(p, 2)).orElse("");
  }
}
