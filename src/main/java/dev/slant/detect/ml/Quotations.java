package dev.slant.detect.ml;

import dev.slant.core.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds double-quoted passages, marks included. Curly and guillemet quotes pair by direction,
 * straight quotes alternate; an unclosed quotation ends at the line break, because news articles
 * leave a quotation open at the end of a paragraph that the next paragraph continues.
 */
final class Quotations {

  private Quotations() {}

  static List<Span> find(String text) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        open = -1;
      } else if (c == '\u201C' || c == '\u201E' || c == '\u00AB') {
        open = i;
      } else if (c == '\u201D' || c == '\u00BB') {
        if (open >= 0) {
          out.add(new Span(open, i + 1));
          open = -1;
        }
      } else if (c == '"') {
        if (open >= 0) {
          out.add(new Span(open, i + 1));
          open = -1;
        } else {
          open = i;
        }
      }
    }
    return out;
  }
}
