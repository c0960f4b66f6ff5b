package dev.slant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every slant output rounds numbers by one rule: half up on the decimal that prints the double. */
class NumbersTest {

  @Test
  void aTieRoundsUpAsThePrintedDecimalReads() {
    assertEquals("0.13", Numbers.fixed(0.125, 2));
    assertEquals("0.063", Numbers.fixed(0.0625, 3));
    assertEquals("2.68", Numbers.fixed(2.675, 2), "2.675 is 2.67499… in binary, printed 2.675");
    assertEquals("1.001", Numbers.fixed(1.0005, 3));
    assertEquals("-0.13", Numbers.fixed(-0.125, 2), "half up is away from zero");
  }

  @Test
  void machineReadableNumbersKeepFourDecimalsWithoutTrailingZeros() {
    assertEquals("1.0001", Numbers.json(1.00005).toString(), "a 4-decimal tie rounds up too");
    assertEquals("0.0001", Numbers.json(0.00005).toString(), "plain, never 1.0E-4");
    assertEquals("12.5", Numbers.json(12.5).toString());
    assertEquals("0.0", Numbers.json(0).toString(), "JSON readers always see a float");
    assertEquals("41.2903", Numbers.json(41.290312).toString());
  }

  @Test
  void csvCellsArePlainAndMayBeWholeNumbers() {
    assertEquals("12", Numbers.plain(12.0));
    assertEquals("0", Numbers.plain(-0.00001), "no negative zero");
    assertEquals("-3.5", Numbers.plain(-3.5));
    assertEquals("0.3334", Numbers.plain(0.33335));
  }

  @Test
  void tablesShowAMissingValueAndSmallPValuesInWords() {
    assertEquals("–", Numbers.fixedOrMissing(Double.NaN, 2));
    assertEquals("3.10", Numbers.fixedOrMissing(3.1, 2));
    assertEquals("< 0.001", Numbers.pValue(0.0004));
    assertEquals("0.047", Numbers.pValue(0.0465));
    assertEquals("–", Numbers.pValue(Double.NaN));
    assertEquals("12,345", Numbers.count(12_345));
  }

  @Test
  void printfTablesRoundTheSameWay() {
    double[] values = {0.125, 0.0625, 2.675, 1.0005, 0.3335, 0.8125, 12.345, 41.2903, 0.45};
    for (double v : values) {
      for (int decimals = 1; decimals <= 4; decimals++) {
        assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", v),
            Numbers.fixed(v, decimals), v + " to " + decimals + " decimals");
      }
    }
  }

  @Test
  void aNumberThatIsNotFiniteCannotBeWrittenAsOne() {
    assertThrows(IllegalArgumentException.class, () -> Numbers.json(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Numbers.plain(Double.POSITIVE_INFINITY));
  }
}
