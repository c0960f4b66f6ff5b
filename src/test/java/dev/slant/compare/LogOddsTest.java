package dev.slant.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogOddsTest {

  /** Outlet A says "regime" 3 times and "brutal" once; B the other way round. */
  private static final Map<String, Map<String, Integer>> TWO_OUTLETS = Map.of(
      "A", Map.of("regime", 3, "brutal", 1),
      "B", Map.of("regime", 1, "brutal", 3));

  @Test
  void zScoreOfATwoOutletToyExampleMatchesTheHandComputation() {
    // Prior = corpus counts: α_regime = 4, α_brutal = 4, α₀ = 8; n_A = n_B = 4.
    // δ = ln((3+4)/(4+8−3−4)) − ln((1+4)/(4+8−1−4)) = ln(7/5) − ln(5/7) = 0.67294
    // σ² = 1/7 + 1/5 = 0.34286; z = 0.67294 / 0.58554 = 1.14927
    List<TermScore> a = LogOdds.distinctive("A", TWO_OUTLETS);
    assertEquals(List.of("regime", "brutal"), a.stream().map(TermScore::term).toList());
    assertEquals(1.1492714809232922, a.get(0).z(), 1e-12);
    assertEquals(3, a.get(0).count());
    assertEquals(-1.1492714809232922, a.get(1).z(), 1e-12);
    assertEquals(1.1492714809232922,
        LogOdds.distinctive("B", TWO_OUTLETS).get(0).z(), 1e-12);
  }

  @Test
  void aTermOnlyOneOutletUsesIsDistinctiveAndMoreSoTheMoreItIsUsed() {
    Map<String, Map<String, Integer>> counts = Map.of(
        "A", Map.of("thugs", 6, "regime", 2),
        "B", Map.of("regime", 2, "crisis", 4),
        "C", Map.of("crisis", 1, "thugs", 1));
    List<TermScore> a = LogOdds.distinctive("A", counts);
    assertEquals("thugs", a.get(0).term());
    assertTrue(a.get(0).z() > a.get(1).z());
    assertTrue(LogOdds.distinctive("C", counts).stream().allMatch(t -> t.count() == 1));
  }

  @Test
  void nothingToContrastGivesNoTerms() {
    assertEquals(List.of(), LogOdds.distinctive("A", Map.of("A", Map.of("regime", 2, "x", 1))));
    assertEquals(List.of(), LogOdds.distinctive("A",
        Map.of("A", Map.of("regime", 2), "B", Map.of("regime", 1))));
  }
}
