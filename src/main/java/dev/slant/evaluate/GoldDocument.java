package dev.slant.evaluate;

import dev.slant.core.Document;
import dev.slant.core.FeatureType;
import dev.slant.core.Span;
import java.util.List;
import java.util.Objects;

/**
 * A text with its gold spans, as read from a file in the dev-set format.
 *
 * @param id unique within its file
 * @param text the text exactly as annotated
 * @param spans in reading order (start, then longer first, then type)
 * @param note the annotator's remark on a tricky case, or ""
 * @param origin {@code path:line}, for messages
 */
public record GoldDocument(String id, String text, List<GoldSpan> spans, String note, String origin) {

  public GoldDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    spans = List.copyOf(spans);
    note = note == null ? "" : note;
    origin = origin == null ? id : origin;
    for (GoldSpan s : spans) {
      if (!s.text().equals(s.span().in(text))) {
        throw new IllegalArgumentException(id + ": span " + s.span() + " does not cover '" + s.text() + "'");
      }
    }
  }

  /** The spans of one type, in reading order. */
  public List<Span> spansOf(FeatureType type) {
    return spans.stream().filter(s -> s.type() == type).map(GoldSpan::span).toList();
  }

  /** The text as an article for the analyzer. */
  public Document toDocument() {
    return new Document(id, "", "", "", "", text, origin);
  }
}
