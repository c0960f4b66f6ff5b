package dev.slant;

import java.util.List;

/**
 * A sentence-bias model's verdict on one article.
 *
 * @param model the model's name (its file name without {@code .model}, e.g. {@code sentence-babe})
 * @param threshold probability at or above which a sentence counts as biased
 * @param probabilities one bias probability per sentence, in sentence order (matching the score's
 *     sentence breakdown)
 * @param meanProbability mean sentence probability (0 for an article without sentences)
 * @param maxProbability highest sentence probability
 * @param biasedSentences sentences at or above the threshold
 * @param encoder the sentence encoder the model reads sentences with, as its name and version
 *     ({@code e5-small-v2-q dev.langchain4j:…}), or null for a model without one
 */
public record BiasResult(String model, double threshold, List<Double> probabilities,
    double meanProbability, double maxProbability, int biasedSentences, String encoder) {

  public BiasResult {
    probabilities = List.copyOf(probabilities);
  }

  /** The verdict of a model without a sentence encoder. */
  public BiasResult(String model, double threshold, List<Double> probabilities,
      double meanProbability, double maxProbability, int biasedSentences) {
    this(model, threshold, probabilities, meanProbability, maxProbability, biasedSentences, null);
  }

  /** The probability for sentence {@code index}, or NaN when there is none. */
  public double probability(int index) {
    return index >= 0 && index < probabilities.size() ? probabilities.get(index) : Double.NaN;
  }
}
