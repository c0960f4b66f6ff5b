package dev.slant.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Strictly decodes a byte stream: UTF-8, with or without a byte-order mark, or UTF-16 when it
 * starts with a UTF-16 byte-order mark. The mark is dropped; nothing else is changed. Invalid
 * bytes stop the reader with a {@link TextFormatException} giving the byte offset and line, rather
 * than being silently replaced, because a replaced character would shift every later offset.
 * Data that looks binary (NUL bytes, mostly control bytes) is refused before decoding.
 */
final class DecodingReader extends Reader {

  private static final int BUFFER = 8192;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final String encoding;
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
  private final CharBuffer chars = CharBuffer.allocate(BUFFER);
  private long bytesDiscarded;
  private boolean endOfInput;
  private boolean finished;
  private long lineBreaks;
  private boolean lastWasCr;
  private TextFormatException pendingError;

  DecodingReader(InputStream in) throws IOException {
    this.in = in;
    bytes.flip();
    chars.flip();
    fill();
    Charset charset = StandardCharsets.UTF_8;
    int bom = 0;
    if (startsWith(0x00, 0x00, 0xFE, 0xFF) || startsWith(0xFF, 0xFE, 0x00, 0x00)) {
      throw new TextFormatException("UTF-32 text is not supported; save the file as UTF-8", 0);
    } else if (startsWith(0xEF, 0xBB, 0xBF)) {
      bom = 3;
    } else if (startsWith(0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      bom = 2;
    } else if (startsWith(0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      bom = 2;
    }
    bytes.position(bom);
    if (charset == StandardCharsets.UTF_8) {
      refuseBinary();
    }
    this.encoding = charset == StandardCharsets.UTF_8 ? "UTF-8" : "UTF-16";
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Reads everything into a string; for inputs whose size was checked beforehand. */
  static String readAll(InputStream in) throws IOException {
    try (DecodingReader r = new DecodingReader(in)) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[BUFFER];
      for (int n; (n = r.read(buf, 0, buf.length)) >= 0; ) {
        sb.append(buf, 0, n);
      }
      return sb.toString();
    }
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !decodeMore()) {
      return -1;
    }
    int n = Math.min(len, chars.remaining());
    chars.get(cbuf, off, n);
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Decodes the next chunk into {@code chars}; false at the end of the input. */
  private boolean decodeMore() throws IOException {
    if (pendingError != null) {
      throw pendingError;
    }
    if (finished) {
      return false;
    }
    chars.clear();
    try {
      while (chars.position() == 0) {
        CoderResult r = decoder.decode(bytes, chars, endOfInput);
        if (r.isError()) {
          // Hand out the text before the bad bytes first, so that complete records before
          // them are still read; the error comes with the next read.
          pendingError = malformed(r);
          if (chars.position() == 0) {
            throw pendingError;
          }
          break;
        }
        if (r.isOverflow()) {
          break;
        }
        if (endOfInput) {
          decoder.flush(chars);
          finished = true;
          break;
        }
        fill();
      }
    } finally {
      chars.flip();
    }
    countLineBreaks(chars, chars.position(), chars.limit());
    return chars.hasRemaining();
  }

  /** Reads more bytes, keeping unconsumed ones; sets {@code endOfInput} at the end. */
  private void fill() throws IOException {
    bytesDiscarded += bytes.position();
    bytes.compact();
    try {
      while (bytes.hasRemaining()) {
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
          endOfInput = true;
          break;
        }
        bytes.position(bytes.position() + n);
        if (n > 0 && bytes.position() >= 4) {
          break;
        }
      }
    } finally {
      bytes.flip();
    }
  }

  private TextFormatException malformed(CoderResult r) {
    long offset = bytesDiscarded + bytes.position();
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < r.length() && bytes.position() + i < bytes.limit(); i++) {
      hex.append(hex.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X",
          bytes.get(bytes.position() + i) & 0xFF));
    }
    long line = lineBreaks + lineBreaksIn(chars, 0, chars.position()) + 1;
    // One stray byte, not a cut-off sequence, is the mark of a legacy single-byte encoding.
    Optional<String> legacy = encoding.equals("UTF-8") && r.length() == 1
        ? legacyHint(bytes.get(bytes.position()) & 0xFF) : Optional.empty();
    String hint = !encoding.equals("UTF-8") ? "" : legacy.orElse(
        "; slant reads UTF-8 (or UTF-16 with a byte-order mark): re-save the file as UTF-8");
    return new TextFormatException(String.format(Locale.ROOT,
        "invalid %s at byte offset %d (line %d, bytes %s)%s", encoding, offset, line, hex, hint),
        line);
  }

  /**
   * Text saved by Word, Excel or older web pages is often Windows-1252, where the bytes that are
   * invalid in UTF-8 are curly quotes, dashes and accented letters. Say so, with the character
   * the byte stands for there, when it stands for one.
   */
  private static Optional<String> legacyHint(int b) {
    if (b < 0x80) {
      return Optional.empty();
    }
    String c = new String(new byte[] {(byte) b}, WINDOWS_1252);
    if (c.equals("\uFFFD") || Character.isISOControl(c.charAt(0))) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "; the file looks like Windows-1252 (where"
        + " 0x%02X is %s): re-save it as UTF-8, e.g. iconv -f windows-1252 -t utf-8", b, c));
  }

  private void countLineBreaks(CharBuffer buf, int from, int to) {
    lineBreaks += lineBreaksIn(buf, from, to);
    if (to > from) {
      lastWasCr = buf.get(to - 1) == '\r';
    }
  }

  /** Line breaks (LF, CRLF or CR) in buf[from, to), following the chars counted before. */
  private long lineBreaksIn(CharBuffer buf, int from, int to) {
    long n = 0;
    boolean afterCr = lastWasCr;
    for (int i = from; i < to; i++) {
      char c = buf.get(i);
      if (c == '\r' || (c == '\n' && !afterCr)) {
        n++;
      }
      afterCr = c == '\r';
    }
    return n;
  }

  private boolean startsWith(int... prefix) {
    if (bytes.remaining() < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes.get(bytes.position() + i) & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** NUL bytes never occur in UTF-8 text; a head made mostly of control bytes is not prose. */
  private void refuseBinary() throws TextFormatException {
    int control = 0;
    int n = bytes.remaining();
    for (int i = bytes.position(); i < bytes.limit(); i++) {
      int b = bytes.get(i) & 0xFF;
      if (b == 0) {
        throw new TextFormatException("binary data, not text (contains NUL bytes at byte offset "
            + i + "; UTF-16 text needs a byte-order mark)", 0);
      }
      if (b < 0x20 ? Controls.isControl((char) b) : b == 0x7F) {
        control++;
      }
    }
    if (n >= 16 && control * 4 > n) {
      throw new TextFormatException("binary data, not text (mostly control characters)", 0);
    }
  }
}
