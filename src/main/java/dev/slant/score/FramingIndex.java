package dev.slant.score;

import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The framing index: one number from 0 to 100 that summarises how much framing an article shows.
 *
 * <pre>
 *   S  = 1000 × Σ_findings weight(type) × score  /  (words + 50)
 *   FI = 100 × (1 − e^(−S / 25))
 * </pre>
 *
 * S is a weighted, strength-adjusted rate per 1,000 words; the 50 pseudo-words keep a two-line
 * text with one adjective from scoring like a tirade. The exponential maps S onto 0–100 with
 * diminishing returns: S = 25 (about one strong feature every 40 words) gives 63, S = 5 gives 18.
 * Weights put the writer's own word choices (scare quotes, loaded adjectives) above features that
 * are often legitimate reporting practice (hedged attribution, anonymous sources).
 */
public final class FramingIndex {

  public static final double SMOOTHING_WORDS = 50;
  public static final double SCALE = 25;

  private static final Map<FeatureType, Double> WEIGHTS = new EnumMap<>(Map.of(
      FeatureType.SCARE_QUOTE, 1.0,
      FeatureType.LOADED_ADJECTIVE, 1.0,
      FeatureType.LOADED_LANGUAGE, 0.8,
      FeatureType.ATTRIBUTION_HEDGE, 0.6,
      FeatureType.ANONYMOUS_SOURCE, 0.6));

  private FramingIndex() {}

  public static double weight(FeatureType type) {
    return WEIGHTS.getOrDefault(type, 0.0);
  }

  /** The weighted sum Σ weight(type) × score over findings (the numerator of S before scaling). */
  public static double weightedSum(Collection<Finding> findings) {
    double sum = 0;
    for (Finding f : findings) {
      sum += weight(f.type()) * f.score();
    }
    return sum;
  }

  public static double of(Collection<Finding> findings, int words) {
    double s = 1000.0 * weightedSum(findings) / (words + SMOOTHING_WORDS);
    return 100.0 * (1.0 - Math.exp(-s / SCALE));
  }
}
