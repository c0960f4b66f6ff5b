package dev.slant.detect.ml;

import dev.slant.core.FeatureType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a trained model predicts. The sentence task classifies a whole text unit (a sentence when
 * scoring); the two token tasks classify every word token, and adjacent positive tokens form spans;
 * the judge task classifies the findings of the rule detectors.
 */
public enum Task {
  /** Is this sentence biased? */
  SENTENCE("not_biased", "biased", Set.of()),
  /** Is this token part of loaded language (loaded nouns, verbs, adverbs and adjectives)? */
  LOADED("other", "loaded", Set.of(FeatureType.LOADED_LANGUAGE, FeatureType.LOADED_ADJECTIVE)),
  /** Is this token part of a hedge or weasel cue? */
  HEDGE("other", "cue", Set.of(FeatureType.ATTRIBUTION_HEDGE)),
  /**
   * Would a careful reader mark this rule finding? A judge reads each finding of the rule
   * detectors in its context and keeps it or drops it; it is trained on annotated real news
   * (span-annotated articles), not with {@code slant train}.
   */
  JUDGE("wrong", "right", Set.of(FeatureType.values()));

  private final String negative;
  private final String positive;
  private final Set<FeatureType> spanTypes;

  Task(String negative, String positive, Set<FeatureType> spanTypes) {
    this.negative = negative;
    this.positive = positive;
    this.spanTypes = spanTypes;
  }

  /** The name used on the command line and in model manifests, e.g. {@code sentence}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean tokenLevel() {
    return this == LOADED || this == HEDGE;
  }

  /** True for the tasks {@code slant train} trains from a labelled corpus. */
  public boolean trainable() {
    return this != JUDGE;
  }

  /** Class values in attribute order: the negative class first, so index 1 is positive. */
  public List<String> classValues() {
    return List.of(negative, positive);
  }

  public String positiveClass() {
    return positive;
  }

  /**
   * Span types of the annotation conventions that count as positive for a token task when reading
   * span-annotated data (the dev-set JSONL format); empty for the sentence task.
   */
  public Set<FeatureType> spanTypes() {
    return spanTypes;
  }

  public static Optional<Task> fromId(String id) {
    for (Task t : values()) {
      if (t.id().equals(id)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
