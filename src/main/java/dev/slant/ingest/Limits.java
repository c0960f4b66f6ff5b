package dev.slant.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Byte limits derived from {@link ReadOptions#maxArticleChars()}, checked before decoding. */
final class Limits {

  /** Room for markup around an HTML page's text. */
  static final long HTML_MARKUP_ALLOWANCE = 16L << 20;

  private Limits() {}

  /**
   * The largest byte count a text within the character limit can have: a character takes at
   * most three bytes in UTF-8 (four for two UTF-16 chars) and two in UTF-16, plus a BOM. A larger
   * file is certainly over the limit and is refused without being read.
   */
  static long maxTextBytes(ReadOptions options) {
    return 3L * options.maxArticleChars() + 3;
  }

  static long maxHtmlBytes(ReadOptions options) {
    return maxTextBytes(options) + HTML_MARKUP_ALLOWANCE;
  }

  static String tooManyBytes(String what, long bytes, ReadOptions options) {
    return String.format(Locale.ROOT, "%s %,d bytes, too long for the limit of %,d characters per"
        + " article; not read (raise it with --max-article-chars N)", what, bytes,
        options.maxArticleChars());
  }

  /** Thrown by {@link #bounded} when a stream is longer than allowed. */
  static final class TooLarge extends IOException {
    TooLarge(String message) {
      super(message);
    }
  }

  /**
   * A stream that fails with {@link TooLarge} once more than {@code maxBytes} are read from it,
   * for inputs whose size is not known in advance (standard input, pipes).
   */
  static InputStream bounded(InputStream in, long maxBytes, ReadOptions options, boolean close) {
    return new FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          account(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          account(n);
        }
        return n;
      }

      private void account(int n) throws TooLarge {
        count += n;
        if (count > maxBytes) {
          throw new TooLarge(tooManyBytes("input is more than", maxBytes, options));
        }
      }

      @Override
      public void close() throws IOException {
        if (close) {
          super.close();
        }
      }
    };
  }
}
