package dev.slant.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.Analyzer;
import dev.slant.core.AnnotatedDocument;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.Span;
import dev.slant.detect.Detector;
import dev.slant.nlp.Annotator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DetectorEvaluationTest {

  /** Marks every whole-word occurrence of a few words as loaded adjectives: enough to be scored. */
  private static final class WordDetector implements Detector {
    private final List<String> words;

    WordDetector(String... words) {
      this.words = List.of(words);
    }

    @Override
    public Set<FeatureType> types() {
      return Set.of(FeatureType.LOADED_ADJECTIVE);
    }

    @Override
    public List<Finding> detect(AnnotatedDocument doc) {
      List<Finding> out = new ArrayList<>();
      for (String w : words) {
        for (int i = doc.text().indexOf(w); i >= 0; i = doc.text().indexOf(w, i + 1)) {
          int end = i + w.length();
          if (i > 0 && Character.isLetter(doc.text().charAt(i - 1))
              || end < doc.text().length() && Character.isLetter(doc.text().charAt(end))) {
            continue;
          }
          out.add(Finding.of(FeatureType.LOADED_ADJECTIVE, doc, new Span(i, i + w.length()), 1.0, w));
        }
      }
      out.sort(Finding.READING_ORDER);
      return out;
    }
  }

  private static GoldDocument doc(String id, String text, GoldSpan... spans) {
    return new GoldDocument(id, text, List.of(spans), "", id);
  }

  private static GoldSpan gold(FeatureType type, String text, String covered) {
    int start = text.indexOf(covered);
    return new GoldSpan(type, new Span(start, start + covered.length()), covered);
  }

  @Test
  void scoresFindingsPerTypeAndListsTheErrors() {
    String t1 = "The draconian curfew was imposed by a shameful vote.";
    String t2 = "Critics say the ill-conceived plan will fail.";
    List<GoldDocument> docs = List.of(
        doc("d1", t1, gold(FeatureType.LOADED_ADJECTIVE, t1, "draconian"),
            gold(FeatureType.LOADED_ADJECTIVE, t1, "shameful")),
        doc("d2", t2, gold(FeatureType.ANONYMOUS_SOURCE, t2, "Critics"),
            gold(FeatureType.LOADED_ADJECTIVE, t2, "ill-conceived")));
    // Finds "draconian", "vote" (wrong) and "ill" (a boundary error inside "ill-conceived").
    Analyzer analyzer = new Analyzer(Annotator.standard(), List.of(new WordDetector("draconian", "vote", "ill")));

    EvaluationReport r = DetectorEvaluation.run(analyzer, docs, 2);

    assertEquals(2, r.documents());
    assertEquals(Set.of(FeatureType.LOADED_ADJECTIVE), r.coveredTypes());
    assertEquals(new MatchCounts(3, 3, 1, 1), r.counts().exact(FeatureType.LOADED_ADJECTIVE));
    assertEquals(new MatchCounts(3, 3, 2, 2), r.counts().overlap(FeatureType.LOADED_ADJECTIVE));
    assertEquals(new MatchCounts(0, 1, 0, 0), r.counts().exact(FeatureType.ANONYMOUS_SOURCE));
    assertEquals(new MatchCounts(3, 4, 1, 1), r.counts().microExact());
    // Char overlap: "draconian" 1/1; "ill" inside "ill-conceived": P 3/3, R 3/13; "vote" 0.
    SemEvalSpanScore chars = r.charOverlap(FeatureType.LOADED_ADJECTIVE);
    assertEquals(2 / 3.0, chars.precision(), 1e-12);
    assertEquals((1 + 3 / 13.0) / 3, chars.recall(), 1e-12);

    List<String> errors = r.errorsOf(FeatureType.LOADED_ADJECTIVE).stream()
        .map(e -> e.kind().abbreviation() + (e.partial() ? "~" : "") + " " + e.document() + " " + e.text())
        .toList();
    assertEquals(List.of("FN d1 shameful", "FP d1 vote", "FN~ d2 ill-conceived", "FP~ d2 ill"), errors);
    SpanError missed = r.errorsOf(FeatureType.ANONYMOUS_SOURCE).get(0);
    assertEquals("[[Critics]] say the ill-conceived plan will fail.", missed.context());
    assertTrue(r.failures().isEmpty());
  }

  @Test
  void aPerfectDetectorScoresOneOnEveryMeasure() {
    String t = "A draconian curfew and a draconian fine.";
    int second = t.lastIndexOf("draconian");
    List<GoldDocument> docs = List.of(doc("d", t, gold(FeatureType.LOADED_ADJECTIVE, t, "draconian"),
        new GoldSpan(FeatureType.LOADED_ADJECTIVE, new Span(second, second + 9), "draconian")));
    EvaluationReport r = DetectorEvaluation.run(
        new Analyzer(Annotator.standard(), List.of(new WordDetector("draconian"))), docs, 1);
    assertEquals(1.0, r.counts().exact(FeatureType.LOADED_ADJECTIVE).f1());
    assertEquals(1.0, r.charOverlap(FeatureType.LOADED_ADJECTIVE).f1());
    assertTrue(r.errors().isEmpty());
  }

  @Test
  void contextIsOneLineAndClippedWithEllipses() {
    String text = "Line one\nhas a loaded word in it and then goes on for a good while longer than forty.";
    int start = text.indexOf("loaded");
    String ctx = SpanError.context(text, new Span(start, start + 6));
    assertFalse(ctx.contains("\n"));
    assertEquals("Line one has a [[loaded]] word in it and then goes on for a good …", ctx);
  }
}
