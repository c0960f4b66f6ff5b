package dev.slant.core;

/** Small text helpers shared by every stage, so that all of them fold case the same way. */
public final class Text {

  private Text() {}

  /** Lower case (per character, locale-independent) with typographic apostrophes turned into {@code '}. */
  public static String fold(String s) {
    // Char by char, so the folded string has the same length and offsets as the original.
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(s.charAt(i));
    }
    return new String(out);
  }

  /** Folds one character the way {@link #fold(String)} does. */
  public static char fold(char c) {
    if (c == '\u2019' || c == '\u2018') {
      return '\'';
    }
    return Character.toLowerCase(c);
  }
}
