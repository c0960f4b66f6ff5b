package dev.slant.evaluate;

import dev.slant.core.FeatureType;
import dev.slant.core.Span;
import java.util.Objects;

/**
 * One hand-annotated span of a gold document.
 *
 * @param type the framing feature
 * @param span half-open UTF-16 offsets into the document text
 * @param text the covered text, always equal to {@code span.in(documentText)}
 */
public record GoldSpan(FeatureType type, Span span, String text) {

  public GoldSpan {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("text '" + text + "' does not match span " + span);
    }
  }
}
