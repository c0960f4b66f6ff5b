package dev.slant.compare;

import dev.slant.report.Numbers;

/**
 * Cell values for CSV files that people open in spreadsheets. Text that a spreadsheet would take
 * for a formula (starting with {@code = + - @}, tab or carriage return) gets a leading apostrophe,
 * the OWASP "CSV injection" defence; numbers are written as plain numbers, minus sign included.
 */
final class Csv {

  private Csv() {}

  static String text(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    char c = raw.charAt(0);
    boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return formula ? "'" + raw : raw;
  }

  /** Rounded to 4 decimals, plain notation ("0.0001", "-3.5"); empty for a missing value. */
  static String number(double x) {
    if (!Double.isFinite(x)) {
      return "";
    }
    return Numbers.plain(x);
  }
}
