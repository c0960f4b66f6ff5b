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
 * <p>Quote marks are paired by {@link QuoteScanner}, which tells apostrophes ("don't", "the
 * protesters' demands", "'90s") from single quotes and pairs within a paragraph (a line). A double
 * quote left open runs to the end of its paragraph, as in news copy where a quotation continues
 * into the next paragraph without a closing mark; an unclosed single quote is ignored (it is more
 * likely an apostrophe).
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

  /** The inner spans of every quote that is direct speech and not inside another, in text order. */
  public List<Span> directSpeech(AnnotatedDocument doc) {
    List<Span> out = new ArrayList<>();
    for (Quote q : quotes(doc.text())) {
      // Quotes are nested, so one inside an earlier region is inside the last one.
      boolean nested = !out.isEmpty() && out.get(out.size() - 1).contains(q.inner());
      if (!nested && isDirectSpeech(doc, q)) {
        out.add(q.inner());
      }
    }
    return out;
  }

  /**
   * True if {@code span} lies inside one of {@code regions}, which must be disjoint and in text
   * order, as {@link #directSpeech} returns them. Only the last region starting at or before the
   * span can hold it: a binary search, since a long article has thousands of quotes and findings.
   */
  public static boolean inside(List<Span> regions, Span span) {
    int i = lastStartingAtOrBefore(regions, span.start());
    return i >= 0 && regions.get(i).contains(span);
  }

  /** Index of the last of {@code spans} (in order of start) starting at or before {@code offset}. */
  static int lastStartingAtOrBefore(List<Span> spans, int offset) {
    int lo = 0;
    int hi = spans.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid).start() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
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

  /**
   * Every quoted passage in {@code text}, in order of opening mark; tokenizer-independent. The
   * quotations of {@link QuoteScanner}, plus each double mark left open at the end of its
   * paragraph, which runs to that end.
   */
  public static List<Quote> quotes(String text) {
    QuoteScanner.Result scan = QuoteScanner.scanWithUnclosed(text);
    List<Quote> out = new ArrayList<>();
    for (QuoteScanner.Quote q : scan.quotes()) {
      out.add(new Quote(q.span(), q.inner(), true));
    }
    for (Span open : scan.unclosed()) {
      if (!QuoteScanner.isSingle(text.charAt(open.start()))) {
        out.add(new Quote(open, new Span(open.start() + 1, open.end()), false));
      }
    }
    out.sort(Comparator.comparing(Quote::outer));
    return out;
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
