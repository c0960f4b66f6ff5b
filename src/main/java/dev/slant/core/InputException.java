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

  /** One line for the user: {@code origin: message}. */
  public String describe() {
    return origin + ": " + getMessage();
  }
}
