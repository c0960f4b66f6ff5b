package dev.slant.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The one number formatting rule of every slant output ({@code score}'s formats, {@code
 * compare}'s report files, {@code check}'s JSON): a value is rounded <em>half up</em> on the
 * shortest decimal that identifies the double ({@link Double#toString}), so 0.125 shows as 0.13
 * and 1.00005 as 1.0001 to four decimals, whatever the binary fraction underneath. This is also
 * how {@link java.util.Formatter}'s {@code %.Nf} rounds, so aligned text tables printed with it
 * agree with these methods to the digit.
 */
public final class Numbers {

  /** Decimals kept in machine-readable output: ample for rates and scores, stable across runs. */
  public static final int JSON_DECIMALS = 4;

  /** Shown in a table for a value that does not exist (e.g. a mean over no articles). */
  public static final String MISSING = "–";

  private Numbers() {}

  /** The rule itself: {@code value} rounded half up to {@code decimals} decimals. */
  public static BigDecimal round(double value, int decimals) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    return new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP);
  }

  /**
   * A value rounded to {@value #JSON_DECIMALS} decimals, trailing zeros dropped but at least one
   * decimal kept, so that JSON readers always see a float: 0.0, 12.5, 41.2903.
   */
  public static BigDecimal json(double value) {
    BigDecimal d = round(value, JSON_DECIMALS).stripTrailingZeros();
    return d.scale() < 1 ? d.setScale(1) : d;
  }

  /**
   * A value rounded to {@value #JSON_DECIMALS} decimals in plain notation with trailing zeros
   * dropped, as CSV cells and {@code compare}'s JSON files carry it: "0.0001", "-3.5", "12".
   */
  public static String plain(double value) {
    BigDecimal d = round(value, JSON_DECIMALS);
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }

  /** Fixed decimals for people: {@code fixed(41.29, 1)} → "41.3". */
  public static String fixed(double value, int decimals) {
    return round(value, decimals).toPlainString();
  }

  /** As {@link #fixed}, or {@value #MISSING} for a value that does not exist (NaN, infinite). */
  public static String fixedOrMissing(double value, int decimals) {
    return Double.isFinite(value) ? fixed(value, decimals) : MISSING;
  }

  /** A p-value for people: 3 decimals, "< 0.001" below that, {@value #MISSING} if undefined. */
  public static String pValue(double p) {
    if (!Double.isFinite(p)) {
      return MISSING;
    }
    return p < 0.001 ? "< 0.001" : fixed(p, 3);
  }

  /** An integer with thousands separators: 12,345. */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
