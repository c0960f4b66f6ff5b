package dev.slant.detect;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Document;
import dev.slant.core.Finding;
import dev.slant.core.InputException;
import dev.slant.lexicon.LexiconSet;
import dev.slant.nlp.Annotator;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text, findings are well-formed: inside it, between quote marks, short, ordered. */
class ScareQuoteDetectorPropertiesTest {

  private static final Annotator ANNOTATOR = Annotator.standard();
  private static final ScareQuoteDetector DETECTOR = load();

  private static ScareQuoteDetector load() {
    try {
      return new ScareQuoteDetector(LexiconSet.bundled());
    } catch (InputException e) {
      throw new IllegalStateException(e.describe(), e);
    }
  }

  /** News-like fragments mixed with every kind of quote mark, apostrophes, line breaks and emoji. */
  @Provide
  Arbitrary<String> quoteHeavyText() {
    Arbitrary<String> piece = Arbitraries.of(
        "the", "reform", "Minister", "said", "so-called", "called", "word", "novel", "can't",
        "Jones'", "'90s", "'n'", " ", " ", " ", "\n", ",", ".", ":", "?", "\"", "\"", "'", "'",
        "“", "”", "‘", "’", "„", "«", "»", "‹", "›", "‚", "🔥", "\uD83D", "é", "—", "(", ")");
    return piece.list().ofMinSize(0).ofMaxSize(60).map(p -> String.join("", p));
  }

  @Property(tries = 300)
  void findingsAreWellFormed(@ForAll("quoteHeavyText") String text) {
    AnnotatedDocument doc = ANNOTATOR.annotate(Document.of("p", text));
    List<Finding> found = DETECTOR.detect(doc);
    for (Finding f : found) {
      check(f.end() <= text.length(), "inside the text", f, text);
      check(QuoteScanner.isQuoteMark(text.charAt(f.start())), "opens with a mark", f, text);
      check(QuoteScanner.isQuoteMark(text.charAt(f.end() - 1)), "closes with a mark", f, text);
      check(f.span().length() <= ScareQuoteDetector.MAX_CHARS + 2 + 8, "short", f, text);
      check(f.text().chars().noneMatch(c -> c == '\n' || c == '\r'), "one line", f, text);
      check(f.score() > 0 && f.score() <= 1, "scored", f, text);
    }
    List<Finding> sorted = new ArrayList<>(found);
    sorted.sort(Finding.READING_ORDER);
    check(sorted.equals(found), "in reading order", null, text);
    check(found.equals(DETECTOR.detect(doc)), "deterministic", null, text);
  }

  private static void check(boolean ok, String what, Finding f, String text) {
    if (!ok) {
      throw new AssertionError("not " + what + ": " + f + " in <" + text + ">");
    }
  }
}
