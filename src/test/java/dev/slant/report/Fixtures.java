package dev.slant.report;

import dev.slant.ArticleResult;
import dev.slant.BiasResult;
import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Document;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.Span;
import dev.slant.nlp.Annotator;
import dev.slant.score.ArticleScorer;
import java.util.ArrayList;
import java.util.List;

/**
 * Article results for renderer tests: real annotation (sentences, word counts) with findings
 * placed by hand, so that renderers can be tested before and independently of the detectors.
 */
final class Fixtures {

  static final Annotator ANNOTATOR = Annotator.standard();

  /** The framed article, with its lines ended by {@code eol} ("\n", "\r\n" or "\r"). */
  static ArticleResult curfew(String eol) {
    String text = String.join(eol,
        "Council rams through draconian curfew",
        "",
        "The council's so-called \"temporary\" curfew was reportedly drafted weeks ago, sources"
            + " close to the mayor said.",
        "Critics say the crackdown is a witch hunt against teenagers & their <families>.",
        "\"We listened to the people who called us,\" Council President Dana Whitcombe said.",
        "");
    Document doc = new Document("harbour-curfew", "Harbour Ledger",
        "Council's \"temporary\" curfew <script>alert(1)</script>", "2025-03-12",
        "https://ledger.example/curfew?a=1&b=2", text, "harbour-curfew.txt");
    return withBias(result(doc,
        at(FeatureType.LOADED_ADJECTIVE, "draconian", 0.9, "draconian"),
        at(FeatureType.ATTRIBUTION_HEDGE, "so-called", 0.8, "so-called"),
        at(FeatureType.SCARE_QUOTE, "\"temporary\"", 0.85, "quoted single word"),
        // A scare-quoted adjective may also be flagged on its own: nested spans.
        at(FeatureType.LOADED_ADJECTIVE, "temporary", 0.3, "temporary"),
        at(FeatureType.ATTRIBUTION_HEDGE, "reportedly", 0.7, "reportedly"),
        at(FeatureType.ANONYMOUS_SOURCE, "sources close to the mayor", 0.8, "sources close to"),
        at(FeatureType.ANONYMOUS_SOURCE, "Critics", 0.6, "critics say"),
        at(FeatureType.LOADED_LANGUAGE, "crackdown", 0.8, "crackdown"),
        at(FeatureType.LOADED_LANGUAGE, "witch hunt", 0.9, "witch hunt")),
        // The quoted last sentence is rated biased without findings; the third has findings
        // but is rated below the threshold.
        0.6612, 0.8105, 0.4471, 0.5523);
  }

  /** The result with a sentence-bias verdict of these per-sentence probabilities. */
  static ArticleResult withBias(ArticleResult r, double... probabilities) {
    if (probabilities.length != r.score().sentences()) {
      throw new IllegalArgumentException(r.score().sentences() + " sentences, "
          + probabilities.length + " probabilities");
    }
    List<Double> ps = java.util.Arrays.stream(probabilities).boxed().toList();
    double mean = java.util.Arrays.stream(probabilities).average().orElse(0);
    double max = java.util.Arrays.stream(probabilities).max().orElse(0);
    int biased = (int) java.util.Arrays.stream(probabilities).filter(p -> p >= 0.5).count();
    return new ArticleResult(r.document(), r.findings(), r.score(), java.util.Optional.of(
        new BiasResult("sentence-test", 0.5, ps, mean, max, biased)));
  }

  /** A neutral brief without findings. */
  static ArticleResult brief() {
    return result(new Document("wire-brief", "Halden Wire", "Ferry fares rise", "", "",
        "Island Ferries will raise fares by 12 percent from April 1, the company said.\n"
            + "A single crossing will cost $6.70.", "wire-brief.txt"));
  }

  /** A finding request: type, the exact text to find (first occurrence), score and cue. */
  record At(FeatureType type, String text, double score, String cue) {}

  static At at(FeatureType type, String text, double score, String cue) {
    return new At(type, text, score, cue);
  }

  static ArticleResult result(Document doc, At... wanted) {
    AnnotatedDocument annotated = ANNOTATOR.annotate(doc);
    List<Finding> findings = new ArrayList<>();
    for (At a : wanted) {
      int start = doc.text().indexOf(a.text());
      if (start < 0) {
        throw new IllegalArgumentException("'" + a.text() + "' not in the text");
      }
      findings.add(Finding.of(a.type(), annotated, new Span(start, start + a.text().length()),
          a.score(), a.cue()));
    }
    findings.sort(Finding.READING_ORDER);
    return new ArticleResult(doc, findings, ArticleScorer.score(annotated, findings));
  }

  /** A result with findings at explicit offsets, for spans no detector would produce. */
  static ArticleResult withSpans(String text, FeatureType[] types, int[][] spans) {
    Document doc = Document.of("spans", text);
    AnnotatedDocument annotated = ANNOTATOR.annotate(doc);
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      findings.add(Finding.of(types[i], annotated, new Span(spans[i][0], spans[i][1]), 0.5,
          "test"));
    }
    findings.sort(Finding.READING_ORDER);
    return new ArticleResult(doc, findings, ArticleScorer.score(annotated, findings));
  }

  private Fixtures() {}
}
