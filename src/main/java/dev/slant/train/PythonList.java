package dev.slant.train;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a Python list literal of string literals, as BABE and MBIC store their {@code
 * biased_words}: {@code ['obscure', 'propaganda']}, {@code ["don't", 'lying']}. Items are single-
 * or double-quoted with backslash escapes; whitespace between items is ignored; a trailing comma
 * is allowed. Anything else is an error.
 */
final class PythonList {

  private PythonList() {}

  /** The items; an empty or blank cell is an empty list. */
  static List<String> parse(String literal) {
    String s = literal.strip();
    List<String> out = new ArrayList<>();
    if (s.isEmpty()) {
      return out;
    }
    if (s.charAt(0) != '[' || s.charAt(s.length() - 1) != ']') {
      throw new IllegalArgumentException("not a list literal: " + abbreviate(s));
    }
    int i = skipSpace(s, 1);
    int end = s.length() - 1;
    while (i < end) {
      char q = s.charAt(i);
      if (q != '\'' && q != '"') {
        throw new IllegalArgumentException("expected a quoted item at column " + (i + 1) + " of "
            + abbreviate(s));
      }
      StringBuilder item = new StringBuilder();
      i++;
      while (true) {
        if (i >= end) {
          throw new IllegalArgumentException("unterminated item in " + abbreviate(s));
        }
        char c = s.charAt(i);
        if (c == q) {
          i++;
          break;
        }
        if (c == '\\' && i + 1 < end) {
          char e = s.charAt(i + 1);
          item.append(switch (e) {
            case 'n' -> '\n';
            case 't' -> '\t';
            default -> e;
          });
          i += 2;
        } else {
          item.append(c);
          i++;
        }
      }
      out.add(item.toString());
      i = skipSpace(s, i);
      if (i < end) {
        if (s.charAt(i) != ',') {
          throw new IllegalArgumentException("expected ',' at column " + (i + 1) + " of "
              + abbreviate(s));
        }
        i = skipSpace(s, i + 1);
      }
    }
    return out;
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
