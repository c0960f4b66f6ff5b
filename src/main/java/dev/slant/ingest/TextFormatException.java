package dev.slant.ingest;

import java.io.IOException;

/**
 * Bytes that are not text slant can read: invalid UTF-8, an unsupported encoding or binary data.
 * Carries the 1-based line it was found on (0 when not known) so the failure can name it.
 */
final class TextFormatException extends IOException {

  private final long line;

  TextFormatException(String message, long line) {
    super(message);
    this.line = line;
  }

  long line() {
    return line;
  }
}
