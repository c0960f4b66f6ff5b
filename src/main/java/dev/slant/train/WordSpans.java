package dev.slant.train;

import dev.slant.core.Span;
import dev.slant.core.Text;
import dev.slant.lexicon.PhraseMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds where listed words occur in a sentence, for corpora that list biased words without
 * offsets (BABE, MBIC). Whole-word, case- and apostrophe-insensitive; every occurrence counts,
 * since the lists say which words were marked, not where. Quote marks around an entry
 * ({@code '"held"'}, a scare-quote mark) are dropped, so the word inside is found.
 */
final class WordSpans {

  /** Spans found, in order, and the entries that occur nowhere in the text (typos, casing…). */
  record Located(List<Span> spans, List<String> missing) {}

  private static final String QUOTES = "\"'\u201C\u201D\u2018\u2019";

  private WordSpans() {}

  static Located locate(String text, List<String> words) {
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
    List<String> cleaned = new ArrayList<>();
    for (String w : words) {
      String c = stripQuotes(w.strip());
      if (!c.isEmpty()) {
        cleaned.add(c);
        b.add(c, c);
      }
    }
    if (cleaned.isEmpty()) {
      return new Located(List.of(), List.of());
    }
    Set<Span> spans = new TreeSet<>();
    Set<String> found = new java.util.HashSet<>();
    for (PhraseMatcher.Match<String> m : b.build().findAll(text)) {
      spans.add(m.span());
      found.add(Text.fold(m.value()));
    }
    List<String> missing = new ArrayList<>();
    for (String c : cleaned) {
      if (!found.contains(Text.fold(c))) {
        missing.add(c);
      }
    }
    return new Located(new ArrayList<>(spans), missing);
  }

  private static String stripQuotes(String w) {
    int s = 0;
    int e = w.length();
    while (s < e && QUOTES.indexOf(w.charAt(s)) >= 0) {
      s++;
    }
    while (e > s && QUOTES.indexOf(w.charAt(e - 1)) >= 0) {
      e--;
    }
    return w.substring(s, e);
  }
}
