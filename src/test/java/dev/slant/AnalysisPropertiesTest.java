package dev.slant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Document;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.InputException;
import dev.slant.detect.Detector;
import dev.slant.detect.Detectors;
import dev.slant.ingest.Item;
import dev.slant.lexicon.LexiconSet;
import dev.slant.report.Format;
import dev.slant.report.Renderer;
import dev.slant.score.ArticleScorer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Annotation, every standard detector and the whole {@code score} path (analysis and every
 * renderer) on hostile text: random UTF-16 with surrogate pairs and lone surrogates, combining
 * marks, right-to-left text and bidirectional controls, zero-width and control characters, quote
 * marks of every kind alone or paired, markup and spreadsheet formulas, and very long tokens. Whatever
 * the text, nothing throws, findings are sound ({@link Soundness}), and results are the same on
 * every run and with any number of threads. Detectors are taken from {@link Detectors#standard},
 * so a detector added there is covered without changing this test.
 *
 * <p>Seeded and bounded (200 texts of at most 5,000 characters) so the suite stays fast; a few
 * fixed large cases cover the sizes random generation does not reach.
 */
class AnalysisPropertiesTest {

  private static final Analyzer ANALYZER = standard();
  private static final List<Detector> DETECTORS = detectors();

  private static final int MAX_CHARS = 5_000;

  private static Analyzer standard() {
    try {
      return Analyzer.standard(LexiconSet.bundled());
    } catch (InputException e) {
      throw new IllegalStateException(e.describe(), e);
    }
  }

  private static List<Detector> detectors() {
    try {
      return Detectors.standard(LexiconSet.bundled());
    } catch (InputException e) {
      throw new IllegalStateException(e.describe(), e);
    }
  }

  // ---- generators --------------------------------------------------------------------------

  private static final String[] WORDS = {
    "The", "the", "council", "approved", "a", "so-called", "temporary", "curfew", "Minister",
    "said", "claimed", "reportedly", "allegedly", "officials", "critics", "say", "sources",
    "close", "to", "regime", "draconian", "reform", "can't", "Jones'", "'90s", "rock'n'roll",
    "U.S.", "3.5%", "$6.70", "12", "—", "–", "-", "...", "…"
  };

  /** Every quotation mark the quote scanner knows, and the apostrophe look-alikes. */
  private static final String[] QUOTES = {
    "\"", "'", "“", "”", "‘", "’", "„", "‟", "‚", "‛", "«", "»", "‹", "›", "「", "」", "『", "』",
    "″", "′", "`", "´", "＂", "＇", "〝", "〞"
  };

  private static final String[] PUNCTUATION = {
    ".", ",", ";", ":", "?", "!", "(", ")", "[", "]", "/", "&", "*", "_", "#", "|", "\\", "~"
  };

  private static final String[] ODD_UNICODE = {
    "🔥", "👩‍👩‍👧", "🇪🇺", "𝐁𝐨𝐥𝐝", "\uD83D", "\uDD25", "\uDD25\uD83D", // pairs, lone halves
    "e\u0301", "\u0301", "\u0301\u0302\u0303\u0304", "Z̷̢͇a̶l̸g̵o", // combining marks
    "مجلس", "הממשלה", "\u202Eevil\u202C", "\u202B", "\u2066", "\u200F", // RTL and bidi controls
    "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", // zero-width and soft hyphen
    "\u00A0", "\u2028", "\u2029", "\u3000", "\u000B", "\u000C", "\u0085", // odd spaces and breaks
    "\u0000", "\u0007", "\u001B[31m", "\u001B]0;title\u0007", "\u007F", "\u009B", "\uFFFD",
    "\uFFFE", "\uFFFF"
  };

  private static final String[] MARKUP = {
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</mark>", "<!--", "-->",
    "]]>", "&amp;", "&lt;", "{{title}}", "{{{text}}}", "=HYPERLINK(\"http://x\")", "+1", "-2",
    "@SUM(A1)", "| a | b |", "**bold**", "[link](javascript:alert(1))", "`code`", "# heading",
    "\\|", "\\", "javascript:", "\"},{\"id\":\"x\"", "\\u0000"
  };

  private static final String[] SPACES = {" ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t"};

  /**
   * Phrases the detectors look for, whose words are joined by random whitespace below, so that
   * line breaks (hard-wrapped text) and odd spaces fall inside them.
   */
  private static final String[] PHRASES = {
    "two officials who asked not to be named said", "a source speaking on condition of anonymity",
    "people familiar with the matter said", "sources close to the mayor told", "critics say",
    "it is widely believed", "the minister is said to have", "according to some experts",
    "the so-called \"peace plan\"", "police reportedly slaughtered protesters", "a witch hunt",
    "officials, who declined to be identified, insisted", "the brutal and draconian regime"
  };

  @Provide
  Arbitrary<String> hostileText() {
    Arbitrary<String> longToken = Combinators.combine(
            Arbitraries.of("x", "é", "🔥", "\"", "-", "\u0301", "\u200B", "a\""),
            Arbitraries.integers().between(200, 4_000))
        .as((unit, n) -> unit.repeat(Math.max(1, n / unit.length())));
    Arbitrary<String> phrase = Combinators.combine(Arbitraries.of(PHRASES),
            Arbitraries.of(SPACES).list().ofSize(12))
        .as((p, gaps) -> {
          String[] words = p.split(" ");
          StringBuilder sb = new StringBuilder(words[0]);
          for (int i = 1; i < words.length; i++) {
            sb.append(gaps.get(i % gaps.size())).append(words[i]);
          }
          return sb.toString();
        });
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(30, Arbitraries.of(WORDS)),
        Tuple.of(6, phrase),
        Tuple.of(25, Arbitraries.of(SPACES)),
        Tuple.of(15, Arbitraries.of(QUOTES)),
        Tuple.of(8, Arbitraries.of(PUNCTUATION)),
        Tuple.of(10, Arbitraries.of(ODD_UNICODE)),
        Tuple.of(4, Arbitraries.of(MARKUP)),
        Tuple.of(6, Arbitraries.strings().all().ofMaxLength(6)), // any UTF-16 code units
        Tuple.of(1, longToken));
    return piece.list().ofMaxSize(600).map(AnalysisPropertiesTest::joinBounded);
  }

  /** Short metadata (id, outlet, title) as hostile as the text. */
  @Provide
  Arbitrary<String> hostileField() {
    return Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.of(WORDS)),
            Tuple.of(2, Arbitraries.of(MARKUP)),
            Tuple.of(2, Arbitraries.of(ODD_UNICODE)),
            Tuple.of(1, Arbitraries.of(QUOTES)),
            Tuple.of(1, Arbitraries.strings().all().ofMaxLength(12)))
        .list().ofMaxSize(4).map(p -> String.join("", p));
  }

  private static String joinBounded(List<String> pieces) {
    String s = String.join("", pieces);
    // Cut anywhere, even inside a surrogate pair: a truncated scrape looks like that.
    return s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s;
  }

  // ---- properties --------------------------------------------------------------------------

  @Property(tries = 200, seed = "20250312")
  void annotationAndEveryDetectorAreSoundOnAnyText(@ForAll("hostileText") String text) {
    AnnotatedDocument doc = ANALYZER.annotate(Document.of("p", text));
    Soundness.checkAnnotation(doc);
    for (Detector d : DETECTORS) {
      List<Finding> found = d.detect(doc);
      Soundness.checkFindings(text, d.types(), found);
      assertEquals(found, d.detect(doc), d.getClass().getSimpleName() + " is deterministic");
    }
  }

  @Property(tries = 200, seed = "20250313")
  void scoringAndEveryRendererAreSoundOnAnyText(@ForAll("hostileText") String text,
      @ForAll("hostileField") String id, @ForAll("hostileField") String outlet,
      @ForAll("hostileField") String title) {
    Document doc = new Document(id, outlet, title, "2025-03-12", "https://example.org/" + id,
        text, "fuzz");
    ArticleResult result = ANALYZER.analyze(doc);
    Soundness.checkScore(result);
    assertEquals(result, ANALYZER.analyze(doc), "the same result on every run");
    Soundness.checkRenderings(List.of(result));
  }

  @Property(tries = 15, seed = "20250314")
  void aBatchGivesTheSameOutputOnOneAndTwoThreads(
      @ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("hostileText") String> texts) {
    List<Item> items = IntStream.range(0, texts.size())
        .mapToObj(i -> (Item) new Item.Article(Document.of("a" + i, texts.get(i))))
        .toList();
    String one = jsonl(items, 1);
    assertEquals(one, jsonl(items, 2));
    assertEquals(texts.size(), one.lines().count());
  }

  // ---- fixed large cases ------------------------------------------------------------------

  /** A megabyte of words without a full stop, quote or line break: one endless "sentence". */
  @Test
  void aMegabyteWithoutPunctuation() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; sb.length() < 1_000_000; i++) {
      sb.append(WORDS[(i * 7) % 9 + 1]).append(' ');
    }
    checkWhole(sb.toString());
  }

  @Test
  void tenThousandCharacterTokens() {
    checkWhole(String.join(" ", "x".repeat(10_000), "🔥".repeat(5_000), "\"" + "y".repeat(10_000)
        + "\"", "é".repeat(10_000), "a\u0301".repeat(5_000), "so-called \"" + "z".repeat(9_998)
        + "\"."));
  }

  @Test
  void longRunsOfQuoteMarksAndInvisibleCharacters() {
    checkWhole(String.join("\n", "\"".repeat(20_000), "“a ".repeat(10_000), "'".repeat(20_000),
        "\u200B".repeat(20_000), "\uD83D".repeat(10_000), "\uDE00".repeat(10_000),
        "\u0301".repeat(20_000), "\r".repeat(10_000)));
  }

  /** A page where every other word is a scare quote: many findings in one article. */
  @Test
  void tensOfThousandsOfFindingsInOneArticle() {
    ArticleResult r = checkWhole("The council approved the \"temporary\" curfew. ".repeat(6_000));
    assertEquals(6_000, r.score().of(FeatureType.SCARE_QUOTE).count());
  }

  @Test
  void emptyAndBlankTextsAreAnalysedWithoutFindings() {
    for (String text : List.of("", " ", "\n\r\n", "\u200B", "\u0000", "\uD83D")) {
      ArticleResult r = checkWhole(text);
      assertEquals(List.of(), r.findings(), text);
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static ArticleResult checkWhole(String text) {
    // Analyzer.analyze, in its three steps, so that the annotation can be checked too.
    Document doc = Document.of("big", text);
    AnnotatedDocument annotated = ANALYZER.annotate(doc);
    Soundness.checkAnnotation(annotated);
    List<Finding> findings = ANALYZER.detect(annotated);
    ArticleResult r = new ArticleResult(doc, findings, ArticleScorer.score(annotated, findings));
    Soundness.checkScore(r);
    for (Detector d : DETECTORS) {
      Soundness.checkFindings(text, d.types(),
          r.findings().stream().filter(f -> d.types().contains(f.type())).toList());
    }
    Soundness.checkRenderings(List.of(r));
    return r;
  }

  private static String jsonl(List<Item> items, int threads) {
    StringWriter out = new StringWriter();
    Renderer renderer = Format.JSONL.renderer(false);
    List<String> failures = new ArrayList<>();
    Batch.run(Stream.of(items.toArray(Item[]::new)), ANALYZER, threads, o -> {
      if (o instanceof Batch.Outcome.Scored s) {
        try {
          renderer.article(s.result(), out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else if (o instanceof Batch.Outcome.Failed f) {
        failures.add(f.error().describe());
      }
    });
    assertEquals(List.of(), failures, "nothing fails, on any number of threads");
    return out.toString();
  }
}
