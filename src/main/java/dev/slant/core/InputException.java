package dev.slant.core;

/**
 * Malformed or unreadable input: an article, a corpus file, a lexicon or a model. Carries where the
 * problem is ({@code path}, {@code path:line} or {@code path:record N}) so the message can point a
 * user straight at it. Programming errors stay unchecked; only the CLI turns these into exit codes.
 */
public class InputException extends Exception {

  private final String origin;

  public InputException(String origin, String message) {
    super(message);
    this.origin = origin;
  }

  public InputException(String origin, String message, Throwable cause) {
    super(message, cause);
    this.origin = origin;
  }

  /** Where the problem is, e.g. {@code lexicons/hedges.tsv:12}. */
  public String origin() {
    return origin;
  }

  /**
   * One line for the user: {@code origin: message}. Control and bidirectional-override characters
   * (which a file name, CSV header or JSON token can carry) become U+FFFD, so the line cannot
   * break in two, drive the terminal or read differently from what it says.
   */
  public String describe() {
    return printable(origin + ": " + getMessage());
  }

  /** The text with control and bidirectional-control characters replaced by U+FFFD. */
  public static String printable(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E')
          || (c >= '\u2066' && c <= '\u2069')) {
        if (sb == null) {
          sb = new StringBuilder(s.length()).append(s, 0, i);
        }
        sb.append('\uFFFD');
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
