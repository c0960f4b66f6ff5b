package dev.slant.report;

/**
 * Input text prepared for people to read: line breaks (CRLF, CR, LF) become LF so that output
 * has one line-ending convention whatever the input used, and other control characters, which
 * could drive a terminal or break a document, become U+FFFD. Offsets shown next to such text
 * always refer to the original.
 */
final class Display {

  private Display() {}

  static String clean(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        sb.append('\n');
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\n' || c == '\t') {
        sb.append(c);
      } else if (Character.isISOControl(c) || isBidiControl(c)) {
        sb.append('\uFFFD');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** As {@link #clean}, on one line: line breaks and tabs become spaces. */
  static String oneLine(CharSequence s) {
    return clean(s).replace('\n', ' ').replace('\t', ' ');
  }

  /** Embedding and isolate controls can make displayed text read differently from the input. */
  private static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }
}
