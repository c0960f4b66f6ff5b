package dev.slant.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Number formatting shared by the renderers, so that every format rounds the same way. */
final class Numbers {

  /** Decimals kept in machine-readable output: ample for rates and scores, stable across runs. */
  static final int JSON_DECIMALS = 4;

  private Numbers() {}

  /**
   * A value rounded half-up to {@value #JSON_DECIMALS} decimals, trailing zeros dropped but at
   * least one decimal kept, so that JSON readers always see a float: 0.0, 12.5, 41.2903.
   */
  static BigDecimal json(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    BigDecimal d = new BigDecimal(Double.toString(value))
        .setScale(JSON_DECIMALS, RoundingMode.HALF_UP)
        .stripTrailingZeros();
    return d.scale() < 1 ? d.setScale(1) : d;
  }

  /** Fixed decimals for people: {@code fixed(41.29, 1)} → "41.3". */
  static String fixed(double value, int decimals) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    return new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP)
        .toPlainString();
  }

  /** An integer with thousands separators: 12,345. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
