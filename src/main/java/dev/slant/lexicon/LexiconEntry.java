package dev.slant.lexicon;

import dev.slant.core.InputException;
import java.util.Map;

/**
 * One line of a lexicon.
 *
 * @param term the case-folded term (may be several words)
 * @param fields every column by header name, including {@code term} as written
 * @param origin {@code file:line}, for error messages and for the "why" of a finding
 */
public record LexiconEntry(String term, Map<String, String> fields, String origin) {

  public LexiconEntry {
    fields = Map.copyOf(fields);
  }

  public String get(String column) {
    String v = fields.get(column);
    if (v == null) {
      throw new IllegalArgumentException("no column " + column + " in " + origin);
    }
    return v;
  }

  /** A cell of an optional column, or "" when the lexicon does not have the column. */
  public String optional(String column) {
    return fields.getOrDefault(column, "");
  }

  /** A numeric cell in [min, max]; anything else is an error naming file and line. */
  public double number(String column, double min, double max) throws InputException {
    String v = get(column);
    try {
      double d = Double.parseDouble(v);
      if (d >= min && d <= max) {
        return d;
      }
    } catch (NumberFormatException ignored) {
      // reported below with the same message as an out-of-range value
    }
    throw new InputException(origin, "column '" + column + "' must be a number in [" + min + ", "
        + max + "], found '" + v + "'");
  }

  /** A cell that must be one of {@code allowed}; anything else is an error naming file and line. */
  public String oneOf(String column, java.util.Set<String> allowed) throws InputException {
    String v = get(column);
    if (!allowed.contains(v)) {
      throw new InputException(origin, "column '" + column + "' must be one of "
          + new java.util.TreeSet<>(allowed) + ", found '" + v + "'");
    }
    return v;
  }
}
