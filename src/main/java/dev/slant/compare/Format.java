package dev.slant.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting shared by every output, so the files agree with each other to the digit. */
final class Format {

  private Format() {}

  /** Rounded to 4 decimals (half-even), as a double; NaN and infinities pass through. */
  static double round(double x) {
    if (!Double.isFinite(x)) {
      return x;
    }
    return BigDecimal.valueOf(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** For tables: 2 decimals, plain notation, "–" for a missing value. */
  static String number(double x) {
    if (!Double.isFinite(x)) {
      return "–";
    }
    return BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** A p-value for tables: 3 decimals, or "< 0.001". */
  static String p(double p) {
    if (!Double.isFinite(p)) {
      return "–";
    }
    return p < 0.001 ? "< 0.001" : BigDecimal.valueOf(p).setScale(3, RoundingMode.HALF_EVEN)
        .toPlainString();
  }

  /** A mean with its interval: "12.30 (9.10–15.20)". */
  static String interval(Interval iv) {
    return number(iv.mean()) + " (" + number(iv.ciLow()) + "–" + number(iv.ciHigh()) + ")";
  }
}
