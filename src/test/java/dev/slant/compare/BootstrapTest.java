package dev.slant.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BootstrapTest {

  private static final double[] RATES = {0, 0, 4.2, 5.1, 0, 12.5, 3.3, 0, 7.9, 2.2};

  @Test
  void theSameSeedAndKeyGiveTheSameIntervalAndTheMeanIsTheSampleMean() {
    Interval a = new Bootstrap(2000, 7, 0.95).mean(RATES, "Harbor Post\0scare_quote");
    Interval b = new Bootstrap(2000, 7, 0.95).mean(RATES, "Harbor Post\0scare_quote");
    assertEquals(a, b);
    assertEquals(3.52, a.mean(), 1e-12);
    assertTrue(a.ciLow() < a.mean() && a.mean() < a.ciHigh(), a.toString());
    assertTrue(a.ciLow() >= 0 && a.ciHigh() <= 12.5);
  }

  @Test
  void anotherSeedOrKeyDrawsAnotherStream() {
    Interval a = new Bootstrap(2000, 7, 0.95).mean(RATES, "A");
    assertNotEquals(a, new Bootstrap(2000, 8, 0.95).mean(RATES, "A"));
    assertNotEquals(a, new Bootstrap(2000, 7, 0.95).mean(RATES, "B"));
  }

  @Test
  void twoValuesGiveTheWholeRangeOfPossibleMeans() {
    // Resample means of {0, 1} are 0, 0.5 or 1 with probabilities 1/4, 1/2, 1/4: with 2,000
    // resamples the 2.5% and 97.5% quantiles are 0 and 1.
    Interval iv = new Bootstrap(2000, 1, 0.95).mean(new double[] {0, 1}, "pair");
    assertEquals(new Interval(0.5, 0.0, 1.0), iv);
  }

  @Test
  void aConstantOrSingleValueHasAZeroWidthInterval() {
    Bootstrap b = new Bootstrap(500, 3, 0.95);
    assertEquals(new Interval(2.5, 2.5, 2.5), b.mean(new double[] {2.5, 2.5, 2.5}, "c"));
    assertEquals(new Interval(9.0, 9.0, 9.0), b.mean(new double[] {9}, "one"));
  }

  @Test
  void rejectsAnEmptySampleAndNonsenseSettings() {
    assertThrows(IllegalArgumentException.class,
        () -> new Bootstrap(10, 1, 0.95).mean(new double[0], "x"));
    assertThrows(IllegalArgumentException.class, () -> new Bootstrap(0, 1, 0.95));
    assertThrows(IllegalArgumentException.class, () -> new Bootstrap(10, 1, 1.0));
  }
}
