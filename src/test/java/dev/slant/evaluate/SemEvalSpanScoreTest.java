package dev.slant.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.slant.core.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SemEvalSpanScoreTest {

  private static final double EPS = 1e-12;

  @Test
  void halfOverlapEarnsHalfCreditOnBothSides() {
    // Gold [0,10), predicted [5,15): |s∩t| = 5; P = 5/10, R = 5/10.
    SemEvalSpanScore s = SemEvalSpanScore.of(List.of(new Span(0, 10)), List.of(new Span(5, 15)));
    assertEquals(new SemEvalSpanScore(0.5, 1, 0.5, 1), s);
    assertEquals(0.5, s.f1(), EPS);
  }

  @Test
  void oneLongPredictionOverTwoGoldSpans() {
    // Gold [0,10) and [20,30); predicted [0,30).
    // P = (10/30 + 10/30) / 1 = 2/3; R = (10/10 + 10/10) / 2 = 1; F1 = 2·(2/3)·1/(5/3) = 0.8.
    SemEvalSpanScore s = SemEvalSpanScore.of(
        List.of(new Span(0, 10), new Span(20, 30)), List.of(new Span(0, 30)));
    assertEquals(2 / 3.0, s.precision(), EPS);
    assertEquals(1.0, s.recall(), EPS);
    assertEquals(0.8, s.f1(), EPS);
  }

  @Test
  void shortPredictionInsideLongGoldSpan() {
    // "firestorm of outrage" as gold [0,20), "outrage" predicted [13,20):
    // P = 7/7 = 1; R = 7/20 = 0.35; F1 = 2·0.35/1.35.
    SemEvalSpanScore s = SemEvalSpanScore.of(List.of(new Span(0, 20)), List.of(new Span(13, 20)));
    assertEquals(1.0, s.precision(), EPS);
    assertEquals(0.35, s.recall(), EPS);
    assertEquals(0.7 / 1.35, s.f1(), EPS);
  }

  @Test
  void overlappingGoldSpansAreMergedBeforeScoring() {
    // Gold [0,10) and [5,15) (two techniques on one phrase) become [0,15).
    SemEvalSpanScore s = SemEvalSpanScore.of(
        List.of(new Span(0, 10), new Span(5, 15)), List.of(new Span(0, 15)));
    assertEquals(new SemEvalSpanScore(1.0, 1, 1.0, 1), s);
  }

  @Test
  void overlappingPredictionsAreMergedSoNoCharacterIsCreditedTwice() {
    // Predicted [0,6) and [3,10) become [0,10); gold [0,10).
    SemEvalSpanScore s = SemEvalSpanScore.of(
        List.of(new Span(0, 10)), List.of(new Span(0, 6), new Span(3, 10)));
    assertEquals(new SemEvalSpanScore(1.0, 1, 1.0, 1), s);
  }

  @Test
  void touchingPredictionsStaySeparate() {
    // Predicted [0,5) and [5,10), gold [0,10): P = (5/5 + 5/5)/2 = 1; R = (5/10 + 5/10)/1 = 1.
    SemEvalSpanScore s = SemEvalSpanScore.of(
        List.of(new Span(0, 10)), List.of(new Span(0, 5), new Span(5, 10)));
    assertEquals(new SemEvalSpanScore(2.0, 2, 1.0, 1), s);
    assertEquals(1.0, s.f1(), EPS);
  }

  @Test
  void documentsPoolIntoMicroAverages() {
    // Doc 1: perfect single span. Doc 2: gold [10,20), predicted [0,5) (no overlap).
    // Doc 3: gold [0,4) missed. P = (1 + 0)/2 = 0.5; R = (1 + 0 + 0)/3.
    SemEvalSpanScore total = SemEvalSpanScore.of(List.of(new Span(0, 4)), List.of(new Span(0, 4)))
        .plus(SemEvalSpanScore.of(List.of(new Span(10, 20)), List.of(new Span(0, 5))))
        .plus(SemEvalSpanScore.of(List.of(new Span(0, 4)), List.of()));
    assertEquals(0.5, total.precision(), EPS);
    assertEquals(1 / 3.0, total.recall(), EPS);
    assertEquals(0.4, total.f1(), EPS); // 2·(1/2)·(1/3)/(5/6)
  }

  @Test
  void emptySidesFollowTheOfficialScorer() {
    SemEvalSpanScore none = SemEvalSpanScore.of(List.of(), List.of());
    assertEquals(0.0, none.precision());
    assertEquals(0.0, none.recall());
    assertEquals(1.0, none.f1());
    SemEvalSpanScore missed = SemEvalSpanScore.of(List.of(new Span(0, 3)), List.of());
    assertEquals(0.0, missed.f1());
    SemEvalSpanScore invented = SemEvalSpanScore.of(List.of(), List.of(new Span(0, 3)));
    assertEquals(0.0, invented.precision());
    assertEquals(0.0, invented.f1());
  }

  @Test
  void emptySpansCannotBeScored() {
    assertThrows(IllegalArgumentException.class,
        () -> SemEvalSpanScore.of(List.of(new Span(0, 3)), List.of(new Span(2, 2))));
  }

  @Test
  void mergeKeepsDisjointSpansAndJoinsChains() {
    assertEquals(List.of(new Span(0, 12), new Span(12, 14), new Span(20, 25)), SemEvalSpanScore.merge(
        List.of(new Span(20, 25), new Span(4, 12), new Span(0, 5), new Span(12, 14), new Span(2, 3))));
  }
}
