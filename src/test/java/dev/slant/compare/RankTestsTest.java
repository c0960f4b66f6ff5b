package dev.slant.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.junit.jupiter.api.Test;

class RankTestsTest {

  @Test
  void mannWhitneyWithoutTiesMatchesTheTextbookValue() {
    double[] x = {1, 2, 3, 4, 5};
    double[] y = {6, 7, 8, 9, 10};
    RankTests.MannWhitney mw = RankTests.mannWhitney(x, y);
    // U = 0; mean 12.5; variance 5·5·11/12 = 22.917; z = −2.6112; p = 2Φ(z).
    // R: wilcox.test(1:5, 6:10, exact = FALSE, correct = FALSE)$p.value = 0.009023439
    assertEquals(0.0, mw.u());
    assertEquals(0.009023438818080334, mw.p(), 1e-12);
    assertEquals(-1.0, mw.cliffsDelta());
    // Without ties the tie correction vanishes and commons-math3's own test agrees.
    assertEquals(new MannWhitneyUTest().mannWhitneyUTest(x, y), mw.p(), 1e-12);
  }

  @Test
  void mannWhitneyCorrectsTheVarianceForTies() {
    double[] x = {0, 0, 1, 2};
    double[] y = {0, 1, 1, 3, 4};
    RankTests.MannWhitney mw = RankTests.mannWhitney(x, y);
    // Ranks: 0,0,0 → 2; 1,1,1 → 5; 2 → 7; 3 → 8; 4 → 9. R_x = 2+2+5+7 = 16, U = 16 − 10 = 6.
    // Variance = 20/12 · (10 − (24+24)/(9·8)) = 15.556; z = (6 − 10)/√15.556 = −1.0142.
    assertEquals(6.0, mw.u());
    assertEquals(0.31049443431723495, mw.p(), 1e-12);
    // Cliff's delta by counting: 4 pairs with x > y, 12 with x < y, of 20.
    assertEquals((4.0 - 12.0) / 20.0, mw.cliffsDelta(), 1e-12);
  }

  @Test
  void identicalConstantSamplesAreNotDifferent() {
    RankTests.MannWhitney mw = RankTests.mannWhitney(new double[] {0, 0, 0}, new double[] {0, 0});
    assertEquals(1.0, mw.p());
    assertEquals(0.0, mw.cliffsDelta());
  }

  @Test
  void signedRankIsExactForFewUntiedDifferencesAndDropsZeros() {
    // All five differences positive: P(W+ = 15) = 1/32, two-sided 2/32.
    assertEquals(0.0625, RankTests.wilcoxonSignedRank(new double[] {1, 2, 3, 4, 5}), 1e-12);
    assertEquals(0.0625, RankTests.wilcoxonSignedRank(new double[] {0, 1, 2, 3, 4, 5}), 1e-12);
    assertEquals(1.0, RankTests.wilcoxonSignedRank(new double[] {0, 0, 0}));
  }

  @Test
  void signedRankUsesTheTieCorrectedNormalApproximationWithTies() {
    // Zero dropped; |d| = 1,1,2,3 → ranks 1.5,1.5,3,4; W+ = 6; mean 5;
    // variance 4·5·9/24 − (2³−2)/48 = 7.375; z = 1/√7.375 = 0.3682.
    assertEquals(0.7127018566581784,
        RankTests.wilcoxonSignedRank(new double[] {1, 1, 2, -3, 0}), 1e-12);
  }

  @Test
  void holmMultipliesTheKthSmallestByMMinusKPlusOneAndKeepsOrderMonotone() {
    double[] p = {0.01, 0.04, 0.03, 0.005};
    // Sorted: 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → raised to 0.06.
    assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, RankTests.holm(p), 1e-12);
    assertArrayEquals(new double[] {1.0, 1.0}, RankTests.holm(new double[] {0.6, 0.7}), 1e-12);
    assertArrayEquals(new double[0], RankTests.holm(new double[0]));
  }
}
