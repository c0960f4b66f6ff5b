package dev.slant.detect;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import java.util.List;
import java.util.Set;

/**
 * Finds one framing feature (or a family of closely related ones) in an annotated document.
 *
 * <p>Implementations are immutable after construction, load their resources once, and are safe to
 * call from many threads at once. They never modify the document and never throw on odd text:
 * whatever the input, every returned finding lies inside the text and names the cue that fired.
 */
public interface Detector {

  /** The feature types this detector can report. */
  Set<FeatureType> types();

  /** Findings in {@link Finding#READING_ORDER}. */
  List<Finding> detect(AnnotatedDocument document);

  /** True if this detector reads {@link AnnotatedDocument#lemma(int)}. */
  default boolean needsLemmas() {
    return false;
  }
}
