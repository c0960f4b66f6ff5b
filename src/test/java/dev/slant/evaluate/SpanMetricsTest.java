package dev.slant.evaluate;

import static dev.slant.core.FeatureType.ANONYMOUS_SOURCE;
import static dev.slant.core.FeatureType.LOADED_ADJECTIVE;
import static dev.slant.core.FeatureType.SCARE_QUOTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.slant.core.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanMetricsTest {

  // "The draconian curfew was reportedly imposed by the shameful council."
  //      [4,13) draconian                      [52,60) shameful
  private static final Span DRACONIAN = new Span(4, 13);
  private static final Span SHAMEFUL = new Span(52, 60);

  @Test
  void exactMatchCountsTruePositivesFalsePositivesAndFalseNegatives() {
    // Gold: draconian, shameful. Predicted: draconian, "draconian curfew" [4,20), "council" [61,68).
    MatchCounts c = MatchCounts.exact(List.of(DRACONIAN, SHAMEFUL),
        List.of(DRACONIAN, new Span(4, 20), new Span(61, 68)));
    assertEquals(new MatchCounts(3, 2, 1, 1), c);
    assertEquals(1, c.truePositives());
    assertEquals(2, c.falsePositives());
    assertEquals(1, c.falseNegatives());
    assertEquals(1 / 3.0, c.precision(), 1e-12);
    assertEquals(0.5, c.recall(), 1e-12);
    assertEquals(0.4, c.f1(), 1e-12); // 2 * (1/3) * (1/2) / (5/6)
  }

  @Test
  void overlapMatchCreditsBoundaryErrorsOnBothSides() {
    MatchCounts c = MatchCounts.overlap(List.of(DRACONIAN, SHAMEFUL),
        List.of(DRACONIAN, new Span(4, 20), new Span(61, 68)));
    // Two predictions touch "draconian"; "council" touches nothing; "shameful" is missed.
    assertEquals(new MatchCounts(3, 2, 2, 1), c);
    assertEquals(2 / 3.0, c.precision(), 1e-12);
    assertEquals(0.5, c.recall(), 1e-12);
    assertEquals(4 / 7.0, c.f1(), 1e-12); // 2 * (2/3) * (1/2) / (7/6)
  }

  @Test
  void touchingSpansDoNotOverlap() {
    assertEquals(new MatchCounts(1, 1, 0, 0),
        MatchCounts.overlap(List.of(new Span(0, 5)), List.of(new Span(5, 9))));
  }

  @Test
  void oneLongPredictionCanFindSeveralGoldSpans() {
    MatchCounts c = MatchCounts.overlap(List.of(new Span(0, 4), new Span(10, 14)), List.of(new Span(0, 20)));
    assertEquals(new MatchCounts(1, 2, 1, 2), c);
    assertEquals(1.0, c.precision());
    assertEquals(1.0, c.recall());
  }

  @Test
  void duplicatePredictionsCountOnce() {
    assertEquals(new MatchCounts(1, 1, 1, 1),
        MatchCounts.exact(List.of(DRACONIAN), List.of(DRACONIAN, DRACONIAN)));
  }

  @Test
  void edgeCasesFollowTheSemEvalScorer() {
    MatchCounts nothingPredicted = MatchCounts.exact(List.of(DRACONIAN), List.of());
    assertEquals(0.0, nothingPredicted.precision());
    assertEquals(0.0, nothingPredicted.recall());
    assertEquals(0.0, nothingPredicted.f1());
    MatchCounts nothingToFind = MatchCounts.exact(List.of(), List.of(DRACONIAN));
    assertEquals(0.0, nothingToFind.precision());
    assertEquals(0.0, nothingToFind.f1());
    assertEquals(1.0, MatchCounts.ZERO.f1());
    assertThrows(IllegalArgumentException.class, () -> new MatchCounts(1, 1, 2, 0));
  }

  @Test
  void metricsMergeAcrossDocumentsAndPoolAcrossTypes() {
    SpanMetrics doc1 = SpanMetrics.of(LOADED_ADJECTIVE, List.of(DRACONIAN, SHAMEFUL), List.of(DRACONIAN))
        .merge(SpanMetrics.of(SCARE_QUOTE, List.of(new Span(20, 31)), List.of(new Span(21, 30))));
    SpanMetrics doc2 = SpanMetrics.of(LOADED_ADJECTIVE, List.of(), List.of(new Span(0, 6)))
        .merge(SpanMetrics.of(ANONYMOUS_SOURCE, List.of(new Span(0, 7)), List.of(new Span(0, 7))));
    SpanMetrics all = doc1.merge(doc2);

    assertEquals(new MatchCounts(2, 2, 1, 1), all.exact(LOADED_ADJECTIVE));
    assertEquals(new MatchCounts(1, 1, 0, 0), all.exact(SCARE_QUOTE));
    assertEquals(new MatchCounts(1, 1, 1, 1), all.overlap(SCARE_QUOTE));
    assertEquals(new MatchCounts(1, 1, 1, 1), all.exact(ANONYMOUS_SOURCE));
    // Micro: 4 predicted, 4 gold; exact matches 2, overlap matches 3.
    assertEquals(new MatchCounts(4, 4, 2, 2), all.microExact());
    assertEquals(new MatchCounts(4, 4, 3, 3), all.microOverlap());
    assertEquals(0.5, all.microExact().f1(), 1e-12);
    assertEquals(0.75, all.microOverlap().f1(), 1e-12);
    // Merging is order-independent, and the empty metrics are its identity.
    assertEquals(all, doc2.merge(doc1));
    assertEquals(all, SpanMetrics.empty().merge(all));
    assertEquals(MatchCounts.ZERO, SpanMetrics.empty().exact(SCARE_QUOTE));
  }

  @Test
  void spansOfDifferentTypesNeverMatch() {
    SpanMetrics m = SpanMetrics.of(LOADED_ADJECTIVE, List.of(DRACONIAN), List.of())
        .merge(SpanMetrics.of(SCARE_QUOTE, List.of(), List.of(DRACONIAN)));
    assertEquals(new MatchCounts(1, 1, 0, 0), m.microExact());
    assertEquals(new MatchCounts(1, 1, 0, 0), m.microOverlap());
  }
}
