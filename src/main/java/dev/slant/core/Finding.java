package dev.slant.core;

import java.util.Comparator;
import java.util.Objects;

/**
 * One framing feature found in an article.
 *
 * @param type what was found
 * @param span where, in UTF-16 offsets into the article text exactly as read (only a BOM stripped)
 * @param text the covered text; always equal to {@code span.in(articleText)}
 * @param sentence 0-based index of the sentence the span starts in
 * @param score strength in [0, 1]: lexicon intensity, rule confidence or model probability
 * @param cue the lexicon entry or rule that fired, so a reader can check why
 * @param suggestion a neutral wording to use instead ("" to leave the words out), or null when
 *     the entry or rule offers none
 */
public record Finding(FeatureType type, Span span, String text, int sentence, double score, String cue,
    String suggestion) {

  /** Reading order: by start, then longer first, then by type. Stable across runs. */
  public static final Comparator<Finding> READING_ORDER =
      Comparator.comparingInt((Finding f) -> f.span.start())
          .thenComparing(f -> -f.span.end())
          .thenComparing(Finding::type)
          .thenComparing(Finding::cue);

  public Finding(FeatureType type, Span span, String text, int sentence, double score, String cue) {
    this(type, span, text, sentence, score, cue, null);
  }

  public Finding {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(cue, "cue");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("text '" + text + "' does not match span " + span);
    }
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score out of [0,1]: " + score);
    }
    if (sentence < 0) {
      throw new IllegalArgumentException("negative sentence index " + sentence);
    }
  }

  /** Builds a finding whose text is taken from the document, so it cannot disagree with the span. */
  public static Finding of(
      FeatureType type, AnnotatedDocument doc, Span span, double score, String cue) {
    return of(type, doc, span, score, cue, null);
  }

  /** As {@link #of(FeatureType, AnnotatedDocument, Span, double, String)}, with a suggestion. */
  public static Finding of(FeatureType type, AnnotatedDocument doc, Span span, double score,
      String cue, String suggestion) {
    return new Finding(type, span, span.in(doc.text()), doc.sentenceIndexAt(span.start()), score,
        cue, suggestion);
  }

  /** Whether the entry or rule that fired offers a neutral wording. */
  public boolean hasSuggestion() {
    return suggestion != null;
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }
}
