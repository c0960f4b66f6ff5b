package dev.slant.core;

import java.util.Locale;
import java.util.Optional;

/** The framing features slant reports. {@link #id()} is the stable name used in every output format. */
public enum FeatureType {
  SCARE_QUOTE("scare quote", "a short quoted term the writer distances themselves from"),
  LOADED_ADJECTIVE("loaded adjective", "an evaluative, emotionally charged adjective in the writer's voice"),
  LOADED_LANGUAGE("loaded language", "an emotionally charged noun, verb or adverb"),
  ATTRIBUTION_HEDGE("attribution hedge", "wording that casts doubt on or distances from a claim"),
  ANONYMOUS_SOURCE("anonymous source", "unnamed or vague sourcing");

  private final String label;
  private final String description;

  FeatureType(String label, String description) {
    this.label = label;
    this.description = description;
  }

  /** The snake_case name used in JSON, CSV and on the command line, e.g. {@code scare_quote}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A human-readable name, e.g. "scare quote". */
  public String label() {
    return label;
  }

  public String description() {
    return description;
  }

  public static Optional<FeatureType> fromId(String id) {
    for (FeatureType t : values()) {
      if (t.id().equals(id)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
