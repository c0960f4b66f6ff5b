package dev.slant.evaluate;

import dev.slant.core.Document;
import dev.slant.core.Span;
import java.util.List;
import java.util.Objects;

/**
 * A PTC article and its labels, with the offset conversion between PTC's convention and slant's.
 *
 * <p>PTC counts offsets in Unicode code points over the file decoded as UTF-8 <em>with the BOM
 * kept</em> as character 0 (two train articles start with a BOM). slant reads article text with a
 * leading BOM removed and counts UTF-16 units, which differ from code points after any character
 * outside the Basic Multilingual Plane (emoji). {@link #toSlant} and {@link #toPtc} convert
 * between the two; they are exact inverses for spans that do not split a character.
 *
 * @param id the article id, e.g. {@code 111111113}
 * @param rawText the file as decoded, BOM included
 * @param labels the article's labels in file order
 * @param origin the article's path, for messages
 */
public record PtcArticle(String id, String rawText, List<PtcLabel> labels, String origin) {

  private static final char BOM = '\uFEFF';

  public PtcArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(rawText, "rawText");
    labels = List.copyOf(labels);
  }

  public boolean hasBom() {
    return !rawText.isEmpty() && rawText.charAt(0) == BOM;
  }

  /** The text slant analyses: the raw text without its BOM. */
  public String text() {
    return hasBom() ? rawText.substring(1) : rawText;
  }

  public Document document() {
    return new Document(id, "", "", "", "", text(), origin);
  }

  /** Number of code points in the raw text: the largest valid PTC offset. */
  public int codePointLength() {
    return rawText.codePointCount(0, rawText.length());
  }

  /**
   * The span of {@link #text()} that PTC's {@code [start, end)} covers.
   *
   * @throws IllegalArgumentException if the range lies outside the text or covers the BOM, which
   *     slant's text does not contain
   */
  public Span toSlant(int start, int end) {
    if (start < 0 || end < start || end > codePointLength()) {
      throw new IllegalArgumentException("PTC span [" + start + ", " + end + ") outside article "
          + id + " of " + codePointLength() + " code points");
    }
    int bom = hasBom() ? 1 : 0;
    if (start < bom) {
      throw new IllegalArgumentException("PTC span [" + start + ", " + end + ") covers the BOM");
    }
    return new Span(rawText.offsetByCodePoints(0, start) - bom, rawText.offsetByCodePoints(0, end) - bom);
  }

  public Span toSlant(PtcLabel label) {
    return toSlant(label.start(), label.end());
  }

  /** The PTC offsets (code points, BOM counted) of a span of {@link #text()}. */
  public Span toPtc(Span span) {
    String text = text();
    span.in(text); // fails loudly if the span does not fit
    int bom = hasBom() ? 1 : 0;
    return new Span(bom + text.codePointCount(0, span.start()), bom + text.codePointCount(0, span.end()));
  }

  /** The labels of one technique. */
  public List<PtcLabel> labelsOf(String technique) {
    return labels.stream().filter(l -> l.technique().equals(technique)).toList();
  }
}
