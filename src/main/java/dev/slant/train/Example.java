package dev.slant.train;

import dev.slant.core.Span;
import java.util.List;
import java.util.Objects;

/**
 * One labelled text read from a corpus: a sentence (BABE, Szeged), a paragraph or a whole article
 * (PTC, span-annotated JSONL).
 *
 * @param id stable identifier within the corpus
 * @param group what must never be split between training and test: the article (BABE and MBIC
 *     news link, Szeged document, PTC article), or the id when the data has no grouping
 * @param outlet publishing outlet, or "" when unknown
 * @param text the text as read (trimmed where the reader says so)
 * @param label the sentence label (true = biased / uncertain), or null when the data has none
 * @param spans positive spans for the token tasks, in UTF-16 offsets into {@code text}, or null
 *     when the data has none
 * @param origin {@code file:line} or {@code file:record N}, for messages
 */
public record Example(String id, String group, String outlet, String text, Boolean label,
    List<Span> spans, String origin) {

  public Example {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    group = group == null || group.isEmpty() ? id : group;
    outlet = outlet == null ? "" : outlet;
    spans = spans == null ? null : List.copyOf(spans);
    if (spans != null) {
      for (Span s : spans) {
        if (s.end() > text.length()) {
          throw new IllegalArgumentException(s + " exceeds text length " + text.length());
        }
      }
    }
  }
}
