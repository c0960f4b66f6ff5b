package dev.slant.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ending in LF, CRLF or CR, counting them, and skips over lines longer than a limit
 * instead of buffering them whole.
 */
final class LineReader {

  /** One line: its 1-based number and text, or {@code tooLong} with the text dropped. */
  record Line(long number, String text, boolean tooLong) {}

  private final Reader in;
  private final int maxChars;
  private final char[] buf = new char[8192];
  private int pos;
  private int limit;
  private boolean skipLf;
  private long number;

  LineReader(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    StringBuilder sb = new StringBuilder();
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        limit = in.read(buf, 0, buf.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          if (!any) {
            return null;
          }
          break;
        }
      }
      char c = buf[pos++];
      if (skipLf) {
        skipLf = false;
        if (c == '\n') {
          continue;
        }
      }
      any = true;
      if (c == '\n' || c == '\r') {
        skipLf = c == '\r';
        break;
      }
      if (sb.length() < maxChars) {
        sb.append(c);
      } else {
        tooLong = true;
      }
    }
    number++;
    return new Line(number, tooLong ? "" : sb.toString(), tooLong);
  }
}
