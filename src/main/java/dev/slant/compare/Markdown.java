package dev.slant.compare;

/** Escapes untrusted text for Markdown so it shows as typed: no links, emphasis, HTML or tables. */
final class Markdown {

  /** Characters that can open markup anywhere in a line (others matter only at a line start). */
  private static final String SPECIAL = "\\`*_[]<>#|~&!";

  private Markdown() {}

  static String escape(String raw) {
    StringBuilder sb = new StringBuilder(raw.length() + 8);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        sb.append(' ');
      } else if (SPECIAL.indexOf(c) >= 0) {
        sb.append('\\').append(c);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
