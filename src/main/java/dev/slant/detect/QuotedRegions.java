package dev.slant.detect;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.InputException;
import dev.slant.core.Span;
import dev.slant.core.Token;
import dev.slant.lexicon.LexiconSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds quoted passages and tells direct speech (someone else's words, which are not the writer's
 * voice) from short quoted terms (scare quotes, which are).
 *
 * <p>Quote marks: straight {@code "}, curly “ ” and „, guillemets « », and single quotes ‘ ’ and
 * {@code '} when they open before a letter and close after a non-space before a non-letter, so
 * apostrophes ("don't", "the protesters' demands") are not quotes. Quotes pair within a paragraph
 * (a line). A double quote left open runs to the end of its paragraph, as in news copy where a
 * quotation continues into the next paragraph without a closing mark; an unclosed single quote is
 * ignored (it is more likely an apostrophe, as in "'90s").
 *
 * <p>A quote is direct speech if it holds at least {@link #SPEECH_WORDS} words, or if a shorter
 * quote is introduced by a colon or a verb of saying ({@code said: "No."}, {@code said, "Never."})
 * or is a complete utterance followed by one ({@code "Never," she said}). Anything else of one to
 * three words is a quoted term.
 *
 * <p>Immutable and thread-safe.
 */
public final class QuotedRegions {

  /** Quotes with at least this many words are direct speech whatever surrounds them. */
  public static final int SPEECH_WORDS = 4;

  /**
   * A quoted passage.
   *
   * @param outer the passage with its quote marks (to the paragraph end if left open)
   * @param inner the passage without its marks
   * @param closed false if the opening mark had no closing mark in its paragraph
   */
  public record Quote(Span outer, Span inner, boolean closed) {

    /** Number of words (runs of letters or digits, with inner apostrophes and hyphens) inside. */
    public int words(String text) {
      return countWords(text, inner.start(), inner.end());
    }
  }

  private final SpeechVerbs verbs;

  QuotedRegions(SpeechVerbs verbs) {
    this.verbs = verbs;
  }

  /** Uses the {@code speech} verbs of the {@code speech_verbs} lexicon. */
  public static QuotedRegions of(LexiconSet lexicons) throws InputException {
    return new QuotedRegions(SpeechVerbs.of(lexicons));
  }

  /** The inner spans of every quote that is direct speech, in text order. */
  public List<Span> directSpeech(AnnotatedDocument doc) {
    List<Span> out = new ArrayList<>();
    for (Quote q : quotes(doc.text())) {
      if (isDirectSpeech(doc, q)) {
        out.add(q.inner());
      }
    }
    return out;
  }

  /** True if {@code span} lies inside one of {@code regions}. */
  public static boolean inside(List<Span> regions, Span span) {
    for (Span r : regions) {
      if (r.start() > span.start()) {
        return false; // regions are in text order
      }
      if (r.contains(span)) {
        return true;
      }
    }
    return false;
  }

  public boolean isDirectSpeech(AnnotatedDocument doc, Quote q) {
    String text = doc.text();
    if (q.words(text) >= SPEECH_WORDS) {
      return true;
    }
    if (q.words(text) == 0) {
      return false;
    }
    return introducedBySpeech(doc, q) || followedBySpeech(doc, q);
  }

  /** {@code said: "No."}, {@code told reporters: "Never."}, {@code said, "Never."}, {@code said "no"}. */
  private boolean introducedBySpeech(AnnotatedDocument doc, Quote q) {
    int before = doc.firstTokenFrom(q.outer().start()) - 1;
    if (before < 0) {
      return false;
    }
    Token t = doc.tokens().get(before);
    if (t.lower().equals(":")) {
      return true;
    }
    if (t.lower().equals(",") && before > 0) {
      t = doc.tokens().get(before - 1);
    }
    return verbs.isSpeech(t.lower());
  }

  /** {@code "Never," she said}, {@code "No!" shouted the minister}, {@code "Shameful", he said}. */
  private boolean followedBySpeech(AnnotatedDocument doc, Quote q) {
    if (!q.closed()) {
      return false;
    }
    String text = doc.text();
    int end = q.outer().end();
    boolean utterance = endsWithPunctuation(text, q.inner())
        || (end < text.length() && text.charAt(end) == ',');
    if (!utterance) {
      return false;
    }
    int i = doc.firstTokenFrom(end);
    int quoteSentence = doc.sentenceIndexAt(q.outer().start());
    int nextSentence = i < doc.tokens().size() ? doc.tokens().get(i).sentence() : -1;
    for (int seen = 0; i < doc.tokens().size() && seen < 4; i++) {
      Token t = doc.tokens().get(i);
      if (t.sentence() != quoteSentence && t.sentence() != nextSentence) {
        return false;
      }
      if (verbs.isSpeech(t.lower())) {
        return true;
      }
      if (t.isWord()) {
        seen++;
      }
    }
    return false;
  }

  private static boolean endsWithPunctuation(String text, Span inner) {
    int i = inner.end() - 1;
    while (i >= inner.start() && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= inner.start() && ",.!?…;".indexOf(text.charAt(i)) >= 0;
  }

  /** Every quoted passage in {@code text}, in order of opening mark; tokenizer-independent. */
  public static List<Quote> quotes(String text) {
    List<Quote> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      doubleQuotes(text, start, end, out);
      singleQuotes(text, start, end, out);
      start = end + 1;
    }
    out.sort(Comparator.comparing(Quote::outer));
    return out;
  }

  private static void doubleQuotes(String text, int from, int to, List<Quote> out) {
    int open = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean opener = c == '\u201C' || c == '\u201E' || c == '\u00AB';
      boolean closer = c == '\u201D' || c == '\u00BB';
      if (c == '"') {
        opener = open < 0;
        closer = open >= 0;
      } else if (closer && open < 0 && startsWord(text, i, from)) {
        opener = true; // a right quote used as a left one, as some typesetting does
        closer = false;
      }
      if (open < 0 && opener) {
        open = i;
      } else if (open >= 0 && closer) {
        add(out, new Span(open, i + 1), new Span(open + 1, i), true);
        open = -1;
      }
    }
    if (open >= 0) {
      add(out, new Span(open, to), new Span(open + 1, to), false);
    }
  }

  private static void singleQuotes(String text, int from, int to, List<Quote> out) {
    int open = -1;
    int weakClose = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != '\'' && c != '\u2018' && c != '\u2019' && c != '\u2039' && c != '\u203A') {
        continue;
      }
      if (open < 0) {
        boolean opens = c == '\u2039'
            || ((c == '\'' || c == '\u2018') && startsWord(text, i, from)
                && i + 1 < to && Character.isLetter(text.charAt(i + 1)));
        if (opens) {
          open = i;
          weakClose = -1;
        }
        continue;
      }
      if (!closesWord(text, i, to) && c != '\u203A') {
        continue;
      }
      if (looksPossessive(text, i, to)) {
        if (weakClose < 0) {
          weakClose = i; // "the protesters' demands": use only if nothing better follows
        }
        continue;
      }
      add(out, new Span(open, i + 1), new Span(open + 1, i), true);
      open = -1;
      weakClose = -1;
    }
    if (open >= 0 && weakClose >= 0) {
      add(out, new Span(open, weakClose + 1), new Span(open + 1, weakClose), true);
    }
  }

  private static void add(List<Quote> out, Span outer, Span inner, boolean closed) {
    if (inner.length() > 0) {
      out.add(new Quote(outer, inner, closed));
    }
  }

  /** The mark at {@code i} stands before a word: start of paragraph, after space or bracket. */
  private static boolean startsWord(String text, int i, int from) {
    if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) {
      return false;
    }
    if (i == from) {
      return true;
    }
    char prev = text.charAt(i - 1);
    return Character.isWhitespace(prev) || "([{\u2014\u2013-/\u201C\"".indexOf(prev) >= 0;
  }

  /** The mark at {@code i} ends a word: after a non-space, before a non-letter. */
  private static boolean closesWord(String text, int i, int to) {
    if (Character.isWhitespace(text.charAt(i - 1))) {
      return false;
    }
    return i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1));
  }

  /** {@code s' } followed by a lower-case word: more likely a plural possessive than a closing quote. */
  private static boolean looksPossessive(String text, int i, int to) {
    return text.charAt(i - 1) == 's' && i + 2 < to && text.charAt(i + 1) == ' '
        && Character.isLowerCase(text.charAt(i + 2));
  }

  static int countWords(String text, int from, int to) {
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean wordChar = Character.isLetterOrDigit(c)
          || (inWord && (c == '\'' || c == '\u2019' || c == '-') && i + 1 < to
              && Character.isLetterOrDigit(text.charAt(i + 1)));
      if (wordChar && !inWord) {
        words++;
      }
      inWord = wordChar;
    }
    return words;
  }
}
