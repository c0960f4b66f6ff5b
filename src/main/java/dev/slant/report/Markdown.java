package dev.slant.report;

/**
 * Escaping input text for Markdown (CommonMark/GitHub), so it shows as typed: no links,
 * emphasis, HTML, entities or table cells. Used by {@code score --format md} and by {@code
 * compare}'s report.md.
 */
public final class Markdown {

  private static final String SPECIAL = "\\`*_[]<>&|~#!$";

  private Markdown() {}

  /**
   * Text safe in a Markdown paragraph, heading or table cell: on one line, with Markdown
   * punctuation backslash-escaped and {@code <}, {@code >}, {@code &} as entities so that no HTML
   * or entity in the input is interpreted.
   */
  public static String escape(String s) {
    String line = Display.oneLine(s);
    StringBuilder sb = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        default -> {
          if (SPECIAL.indexOf(c) >= 0) {
            sb.append('\\');
          }
          sb.append(c);
        }
      }
    }
    return sb.toString();
  }
}
