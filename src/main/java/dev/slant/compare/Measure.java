package dev.slant.compare;

import dev.slant.core.FeatureType;
import java.util.ArrayList;
import java.util.List;

/**
 * One number per article that outlets are compared on: the framing index, the rate of one feature
 * type per 1,000 words, or the share of sentences a sentence-bias model rates biased.
 *
 * @param id stable name used in every output ({@code framing_index}, {@code scare_quote}, …)
 * @param label human-readable name
 * @param kind which of the three it is
 * @param type the feature type of a rate, else {@code null}
 */
public record Measure(String id, String label, Kind kind, FeatureType type) {

  /** What a measure counts. */
  public enum Kind { FRAMING_INDEX, RATE, BIASED_SENTENCES }

  public static final String BIASED_SENTENCES_ID = "biased_sentences";

  public static final Measure FRAMING_INDEX =
      new Measure("framing_index", "framing index", Kind.FRAMING_INDEX, null);

  /**
   * The measures of the rule detectors, in every report: the framing index first, then every
   * feature type in declaration order.
   */
  public static final List<Measure> ALL = all();

  /** The share of an article's sentences that the named model rates at or above its threshold. */
  public static Measure biasedSentences(String model) {
    return new Measure(BIASED_SENTENCES_ID, "biased sentences (model " + model + ")",
        Kind.BIASED_SENTENCES, null);
  }

  /** {@link #ALL}, then the biased-sentences measure when a sentence-bias model ran. */
  public static List<Measure> of(String biasModel) {
    if (biasModel == null) {
      return ALL;
    }
    List<Measure> out = new ArrayList<>(ALL);
    out.add(biasedSentences(biasModel));
    return List.copyOf(out);
  }

  public boolean isFramingIndex() {
    return kind == Kind.FRAMING_INDEX;
  }

  /** What the numbers mean, for axis labels and table headers. */
  public String unit() {
    return switch (kind) {
      case FRAMING_INDEX -> "framing index (0–100)";
      case RATE -> plural() + " per 1,000 words";
      case BIASED_SENTENCES -> "% of sentences rated biased";
    };
  }

  /** "scare quotes", "loaded language" (a mass noun), "framing index". */
  public String plural() {
    return kind != Kind.RATE || label.endsWith("language") ? label : label + "s";
  }

  /** A chart's title: "Framing index", "Rate of scare quotes", "Biased sentences (model x)". */
  public String title() {
    return switch (kind) {
      case FRAMING_INDEX -> "Framing index";
      case RATE -> "Rate of " + plural();
      case BIASED_SENTENCES -> capitalise(label);
    };
  }

  /** A section heading: "Framing index", "Scare quotes per 1,000 words", … */
  public String heading() {
    return switch (kind) {
      case FRAMING_INDEX -> "Framing index";
      case RATE -> capitalise(unit());
      case BIASED_SENTENCES -> capitalise(label) + ", " + unit();
    };
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static List<Measure> all() {
    List<Measure> out = new ArrayList<>();
    out.add(FRAMING_INDEX);
    for (FeatureType t : FeatureType.values()) {
      out.add(new Measure(t.id(), t.label(), Kind.RATE, t));
    }
    return List.copyOf(out);
  }
}
