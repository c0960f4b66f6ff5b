package dev.slant.compare;

import dev.slant.BiasResult;


/**
 * What a comparison keeps of a sentence-bias model's verdict on one article: counts, not the
 * per-sentence probabilities.
 *
 * @param model the model's name, e.g. {@code sentence-babe}
 * @param sentences sentences the model scored
 * @param biased sentences it rated at or above its threshold
 * @param meanProbability mean sentence probability (0 for an article without sentences)
 */
public record BiasShare(String model, int sentences, int biased, double meanProbability) {

  public BiasShare {
    if (biased < 0 || biased > sentences) {
      throw new IllegalArgumentException(biased + " biased of " + sentences + " sentences");
    }
  }

  public static BiasShare of(BiasResult b) {
    return new BiasShare(b.model(), b.probabilities().size(), b.biasedSentences(),
        b.meanProbability());
  }

  /** The share of biased sentences, 0–100 (0 for an article without sentences). */
  public double percent() {
    return sentences == 0 ? 0 : 100.0 * biased / sentences;
  }
}
