package dev.slant.detect;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.InputException;
import dev.slant.core.Span;
import dev.slant.lexicon.Inflections;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.PhraseMatcher;
import dev.slant.lexicon.Suggestion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns lexicon lemmas into the surface forms the detectors match, and tidies raw phrase matches.
 */
final class LexiconForms {

  /**
   * The entry's neutral-wording suggestion, or null.
   *
   * @throws InputException naming the file and line if its {@code suggest} cell is malformed
   */
  static Suggestion suggestion(LexiconEntry entry) throws InputException {
    try {
      return Suggestion.of(entry);
    } catch (IllegalArgumentException e) {
      throw new InputException(entry.origin(), e.getMessage().substring(
          entry.origin().length() + 2));
    }
  }

  private LexiconForms() {}

  /**
   * Regular verb forms of a lemma. Unlike {@link Inflections#verb}, a phrasal verb inflects its
   * first word ("lash out" → "lashed out", "cave in" → "caving in").
   */
  static Set<String> verb(String lemma) {
    int space = lemma.indexOf(' ');
    if (space < 0) {
      return Inflections.verb(lemma);
    }
    String rest = lemma.substring(space);
    Set<String> out = new LinkedHashSet<>();
    for (String head : Inflections.verb(lemma.substring(0, space))) {
      out.add(head + rest);
    }
    return out;
  }

  /** Regular noun forms: the lemma and its plural (the last word of a phrase is pluralised). */
  static Set<String> noun(String lemma) {
    return Inflections.noun(lemma);
  }

  /**
   * Drops matches that start inside an earlier kept match, so that a longer neutral collocation
   * ("tax regime") hides the loaded word inside it and no word is reported twice.
   */
  static <T> List<PhraseMatcher.Match<T>> nonOverlapping(List<PhraseMatcher.Match<T>> matches) {
    List<PhraseMatcher.Match<T>> out = new ArrayList<>();
    int end = -1;
    for (PhraseMatcher.Match<T> m : matches) {
      if (m.span().start() >= end) {
        out.add(m);
        end = m.span().end();
      }
    }
    return out;
  }

  /**
   * True if the match is glued by a hyphen to a neighbouring word ("anti-regime",
   * "brutal-looking"): the compound is a different word from the lexicon entry.
   */
  static boolean partOfCompound(String text, Span span) {
    int s = span.start();
    int e = span.end();
    boolean before = s >= 2 && isHyphen(text.charAt(s - 1))
        && Character.isLetterOrDigit(text.charAt(s - 2));
    boolean after = e + 1 < text.length() && isHyphen(text.charAt(e))
        && Character.isLetterOrDigit(text.charAt(e + 1));
    return before || after;
  }

  private static boolean isHyphen(char c) {
    return c == '-' || (c >= '\u2010' && c <= '\u2011');
  }

  /** Index of the first token overlapping {@code span}, or -1 if none does. */
  static int firstToken(AnnotatedDocument doc, Span span) {
    int i = doc.tokenIndexAt(span.start());
    if (i < 0) {
      i = doc.firstTokenFrom(span.start());
    }
    return i < doc.tokens().size() && doc.tokens().get(i).start() < span.end() ? i : -1;
  }

  /** Index of the last token overlapping {@code span} (assumes {@link #firstToken} found one). */
  static int lastToken(AnnotatedDocument doc, Span span) {
    int i = doc.tokenIndexAt(span.end() - 1);
    if (i >= 0) {
      return i;
    }
    return doc.firstTokenFrom(span.end()) - 1;
  }
}
