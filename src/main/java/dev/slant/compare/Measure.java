package dev.slant.compare;

import dev.slant.core.FeatureType;
import java.util.ArrayList;
import java.util.List;

/**
 * One number per article that outlets are compared on: the framing index or the rate of one
 * feature type per 1,000 words.
 *
 * @param id stable name used in every output ({@code framing_index}, {@code scare_quote}, …)
 * @param label human-readable name
 * @param type the feature type, or {@code null} for the framing index
 */
public record Measure(String id, String label, FeatureType type) {

  public static final Measure FRAMING_INDEX = new Measure("framing_index", "framing index", null);

  /** The framing index first, then every feature type in declaration order. */
  public static final List<Measure> ALL = all();

  public boolean isFramingIndex() {
    return type == null;
  }

  /** What the numbers mean, for axis labels and table headers. */
  public String unit() {
    return isFramingIndex() ? "framing index (0–100)" : plural() + " per 1,000 words";
  }

  /** "scare quotes", "loaded language" (a mass noun), "framing index". */
  public String plural() {
    return isFramingIndex() || label.endsWith("language") ? label : label + "s";
  }

  private static List<Measure> all() {
    List<Measure> out = new ArrayList<>();
    out.add(FRAMING_INDEX);
    for (FeatureType t : FeatureType.values()) {
      out.add(new Measure(t.id(), t.label(), t));
    }
    return List.copyOf(out);
  }
}
