package dev.slant.evaluate;

import dev.slant.core.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * One disagreement between predictions and gold spans under exact matching, for inspection.
 *
 * @param kind a prediction without an identical gold span, or a gold span without an identical
 *     prediction
 * @param label the feature type id or corpus label the span belongs to
 * @param document the document id
 * @param span offsets into the document text
 * @param text the covered text
 * @param partial true if the span overlaps a span of the same label on the other side: a boundary
 *     error rather than a miss or an invention
 * @param context the span in a window of its text, marked {@code [[like this]]}, on one line
 */
public record SpanError(
    Kind kind, String label, String document, Span span, String text, boolean partial,
    String context) {

  public enum Kind {
    FALSE_POSITIVE("FP"),
    FALSE_NEGATIVE("FN");

    private final String abbreviation;

    Kind(String abbreviation) {
      this.abbreviation = abbreviation;
    }

    public String abbreviation() {
      return abbreviation;
    }
  }

  private static final int CONTEXT_CHARS = 40;

  /** The exact-match errors of one label in one document: misses first, then false alarms. */
  public static List<SpanError> between(
      String label, String documentId, String text, Collection<Span> gold, Collection<Span> predicted) {
    TreeSet<Span> g = new TreeSet<>(gold);
    TreeSet<Span> p = new TreeSet<>(predicted);
    List<SpanError> out = new ArrayList<>();
    for (Span s : g) {
      if (!p.contains(s)) {
        out.add(of(Kind.FALSE_NEGATIVE, label, documentId, text, s, MatchCounts.overlapsAny(s, p)));
      }
    }
    for (Span s : p) {
      if (!g.contains(s)) {
        out.add(of(Kind.FALSE_POSITIVE, label, documentId, text, s, MatchCounts.overlapsAny(s, g)));
      }
    }
    return out;
  }

  private static SpanError of(
      Kind kind, String label, String doc, String text, Span span, boolean partial) {
    return new SpanError(kind, label, doc, span, span.in(text), partial, context(text, span));
  }

  /** {@code …before [[span]] after…} with line breaks shown as spaces. */
  static String context(String text, Span span) {
    int from = Math.max(0, span.start() - CONTEXT_CHARS);
    int to = Math.min(text.length(), span.end() + CONTEXT_CHARS);
    // Never cut a supplementary character in half.
    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
      from--;
    }
    if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
      to++;
    }
    String s = (from > 0 ? "…" : "") + text.substring(from, span.start()) + "[["
        + span.in(text) + "]]" + text.substring(span.end(), to) + (to < text.length() ? "…" : "");
    return s.replaceAll("\\s", " ");
  }
}
