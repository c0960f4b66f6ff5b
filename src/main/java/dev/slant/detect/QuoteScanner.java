package dev.slant.detect;

import dev.slant.core.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs opening and closing quotation marks in raw text: straight, curly, low-9 and guillemet
 * quotes, double and single. A character-level scan, linear in the text and free of regular
 * expressions, that knows the apostrophe from the single quote.
 *
 * <p>Whether a mark can open or close follows the CommonMark flanking rules (an opening mark has
 * text after it, a closing mark text before it, with punctuation taken into account), refined per
 * mark: {@code ’} never opens, {@code ”} opens only at a word start after a space ({@code the
 * term ”amnesty”}) and closes after any non-space ({@code move.”Then}), {@code „} and {@code ‚}
 * never close, and a single mark is an apostrophe, not a quote, between two letters or digits
 * ({@code can't}, {@code O’Brien}), before a two-digit year ({@code '90s}) and in common elisions
 * ({@code 'em}, {@code 'til}, {@code rock 'n' roll}). Guillemets and curly double quotes may have a
 * space inside them ({@code « réforme »}, {@code “ temporary measure ”}).
 *
 * <p>Pairs never cross a line break. A closing mark pairs with the nearest open mark of its own
 * family (double, single, double guillemet, single guillemet), and marks opened after that one are
 * dropped as unbalanced; at most {@value #MAX_OPEN} marks stay open at once, so a line of thousands
 * of quote marks costs linear time. Pairs are therefore properly nested. A single mark after
 * {@code s} and before a lower-case word ({@code 'The protesters' demands are fair,'}) closes the
 * innermost open mark only if no other mark closes it before the line ends. The scan does not judge
 * length or meaning: a pair may hold a word or a paragraph. Opening marks still open at the end of
 * their line are reported apart ({@link #scanWithUnclosed}).
 *
 * <p>Stateless and thread-safe.
 */
public final class QuoteScanner {

  /** Open marks kept waiting for their closing mark; older ones are dropped as unbalanced. */
  public static final int MAX_OPEN = 8;

  /**
   * One quotation.
   *
   * @param open offset of the opening mark
   * @param close offset of the closing mark
   * @param depth how many other quotations enclose this one (0 for an outermost quotation)
   */
  public record Quote(int open, int close, char openMark, char closeMark, int depth) {

    /** From the opening mark to the closing mark, both included. */
    public Span span() {
      return new Span(open, close + 1);
    }

    /** Between the marks. */
    public Span inner() {
      return new Span(open + 1, close);
    }

    /** True for single quotation marks and single guillemets. */
    public boolean single() {
      return isSingle(openMark);
    }
  }

  enum Family { DOUBLE, SINGLE, DOUBLE_ANGLE, SINGLE_ANGLE, NONE }

  private QuoteScanner() {}

  /**
   * What one scan finds.
   *
   * @param quotes all quotations, ordered by their opening mark
   * @param unclosed for each opening mark still open at the end of its line, the span from that
   *     mark to the line end, in text order (a quotation that runs on into the next paragraph)
   */
  public record Result(List<Quote> quotes, List<Span> unclosed) {}

  /** All quotations in the text, ordered by their opening mark. */
  public static List<Quote> scan(CharSequence text) {
    return scanWithUnclosed(text).quotes();
  }

  /** All quotations in the text, and the opening marks left open at the end of their line. */
  public static Result scanWithUnclosed(CharSequence text) {
    Pairing pairing = new Pairing(text);
    for (int i = 0; i < text.length(); i++) {
      pairing.accept(i);
    }
    pairing.endLine(text.length());
    return new Result(withDepth(text, pairing.pairs), pairing.unclosed);
  }

  /** The state of one scan: the marks waiting for their closing mark, and what was found. */
  private static final class Pairing {
    private final CharSequence text;
    private final List<int[]> pairs = new ArrayList<>();
    private final List<Span> unclosed = new ArrayList<>();
    private final int[] open = new int[MAX_OPEN];
    /** For each open single mark, the first possible plural possessive that may close it, or -1. */
    private final int[] possessive = new int[MAX_OPEN];
    private int depth;

    Pairing(CharSequence text) {
      this.text = text;
    }

    void accept(int i) {
      char c = text.charAt(i);
      if (isLineBreak(c)) {
        endLine(i);
        return;
      }
      if (family(c) == Family.NONE) {
        return;
      }
      int role = role(text, i);
      if ((role & CLOSES) != 0) {
        int k = depth - 1;
        while (k >= 0 && !compatible(text.charAt(open[k]), c)) {
          k--;
        }
        if (k >= 0 && looksPossessive(text, i)) {
          // "'The protesters' demands are fair,'": close here only if nothing better follows.
          if (k == depth - 1 && possessive[k] < 0) {
            possessive[k] = i;
          }
          return;
        }
        if (k >= 0) {
          pairs.add(new int[] {open[k], i});
          for (int j = k + 1; j < depth; j++) {
            settle(j);
          }
          depth = k;
          return;
        }
      }
      if ((role & OPENS) != 0) {
        if (depth == MAX_OPEN) {
          settle(0);
          System.arraycopy(open, 1, open, 0, MAX_OPEN - 1);
          System.arraycopy(possessive, 1, possessive, 0, MAX_OPEN - 1);
          depth--;
        }
        open[depth] = i;
        possessive[depth] = -1;
        depth++;
      }
    }

    /** A line ends at {@code end}: marks still open close at their possessive or stay unclosed. */
    void endLine(int end) {
      for (int j = 0; j < depth; j++) {
        if (possessive[j] >= 0) {
          settle(j);
        } else {
          unclosed.add(new Span(open[j], end));
        }
      }
      depth = 0;
    }

    /** An open mark is given up: it pairs with its possible possessive, if it saw one. */
    private void settle(int j) {
      if (possessive[j] >= 0) {
        pairs.add(new int[] {open[j], possessive[j]});
      }
    }
  }

  private static List<Quote> withDepth(CharSequence text, List<int[]> pairs) {
    pairs.sort(Comparator.comparingInt((int[] p) -> p[0]));
    List<Quote> out = new ArrayList<>(pairs.size());
    int[] enclosingEnds = new int[pairs.size()];
    int enclosing = 0;
    for (int[] p : pairs) {
      while (enclosing > 0 && enclosingEnds[enclosing - 1] < p[0]) {
        enclosing--;
      }
      out.add(new Quote(p[0], p[1], text.charAt(p[0]), text.charAt(p[1]), enclosing));
      enclosingEnds[enclosing++] = p[1];
    }
    return out;
  }

  private static final int OPENS = 1;
  private static final int CLOSES = 2;

  /** What the mark at {@code i} can do here: {@link #OPENS}, {@link #CLOSES}, both or neither. */
  static int role(CharSequence text, int i) {
    char c = text.charAt(i);
    int prev = i > 0 ? Character.codePointBefore(text, i) : -1;
    int next = i + 1 < text.length() ? Character.codePointAt(text, i + 1) : -1;
    boolean left = leftFlanking(prev, next);
    boolean right = rightFlanking(prev, next);
    switch (family(c)) {
      case DOUBLE -> {
        return switch (c) {
          case '"' -> roles(left, right);
          // “ also closes „…“; both curly marks may have a space inside them, as in « x ».
          case '\u201C' ->
              roles(leftFlanking(prev, skipInnerSpace(text, i + 1, +1)), right && !left);
          // ” closes after any non-space ("move.”Then"); it opens only at a word start, as some
          // typesetting uses it for both marks.
          case '\u201D' -> roles(isSpace(prev) && left, !isSpace(skipInnerSpace(text, i - 1, -1)));
          default -> roles(left, false); // „ ‟
        };
      }
      case SINGLE -> {
        if (isAlnum(prev) && isAlnum(next) || isElision(text, i) || closesElidedN(text, i)) {
          return 0;
        }
        return switch (c) {
          case '\'' -> roles(left, right);
          case '\u2018' -> roles(left, right && !left); // ‘ also closes ‚…‘
          case '\u2019' -> roles(false, right); // ’ at a word start is an elision, never a quote
          default -> roles(left, false); // ‚ ‛
        };
      }
      case DOUBLE_ANGLE, SINGLE_ANGLE -> {
        boolean pointsRight = c == '\u00AB' || c == '\u2039'; // « ‹
        if (pointsRight) { // opens French style « x », closes German style »x«
          return roles(leftFlanking(prev, skipInnerSpace(text, i + 1, +1)), right);
        }
        return roles(left, rightFlanking(skipInnerSpace(text, i - 1, -1), next));
      }
      default -> {
        return 0;
      }
    }
  }

  private static int roles(boolean opens, boolean closes) {
    return (opens ? OPENS : 0) | (closes ? CLOSES : 0);
  }

  /** CommonMark: not followed by whitespace, and not by punctuation unless after space/punctuation. */
  private static boolean leftFlanking(int prev, int next) {
    return !isSpace(next) && (!isPunctuation(next) || isSpace(prev) || isPunctuation(prev));
  }

  private static boolean rightFlanking(int prev, int next) {
    return !isSpace(prev) && (!isPunctuation(prev) || isSpace(next) || isPunctuation(next));
  }

  /** The code point at {@code i}, or the one beyond it when {@code i} holds one (no-break) space. */
  private static int skipInnerSpace(CharSequence text, int i, int step) {
    if (i < 0 || i >= text.length()) {
      return -1;
    }
    char c = text.charAt(i);
    if (c == ' ' || c == '\u00A0' || c == '\u202F') {
      i += step;
      if (i < 0 || i >= text.length()) {
        return -1;
      }
    }
    return step > 0 ? Character.codePointAt(text, i) : Character.codePointBefore(text, i + 1);
  }

  /** Elided letters at a word start: '90s, '08, 'em, 'til, 'cause, 'n' (not 'cause' in quotes). */
  private static boolean isElision(CharSequence text, int i) {
    if (i > 0 && isAlnum(Character.codePointBefore(text, i))) {
      return false;
    }
    int n = text.length();
    if (i + 2 < n && isAsciiDigit(text.charAt(i + 1)) && isAsciiDigit(text.charAt(i + 2))) {
      return i + 3 >= n || !isAsciiDigit(text.charAt(i + 3)) && !isSingleMark(text.charAt(i + 3));
    }
    int end = i + 1;
    while (end < n && end - i <= 6 && Character.isLetter(text.charAt(end))) {
      end++;
    }
    String word = text.subSequence(i + 1, end).toString().toLowerCase(java.util.Locale.ROOT);
    boolean wordEnds = end >= n || !Character.isLetterOrDigit(text.charAt(end));
    if (!wordEnds || !ELIDED.contains(word)) {
      return false;
    }
    return word.equals("n") || end >= n || !isSingleMark(text.charAt(end));
  }

  /**
   * {@code s’} before a space and a lower-case word ({@code the protesters’ demands}): more likely
   * a plural possessive than a closing mark.
   */
  private static boolean looksPossessive(CharSequence text, int i) {
    return family(text.charAt(i)) == Family.SINGLE && i > 0 && text.charAt(i - 1) == 's'
        && i + 2 < text.length() && text.charAt(i + 1) == ' '
        && Character.isLowerCase(text.charAt(i + 2));
  }

  private static final java.util.Set<String> ELIDED =
      java.util.Set.of("n", "em", "til", "tis", "twas", "cause", "bout", "cept", "nuff", "round");

  /** The second mark of {@code 'n'} in {@code rock 'n' roll}. */
  private static boolean closesElidedN(CharSequence text, int i) {
    if (i < 2 || (text.charAt(i - 1) != 'n' && text.charAt(i - 1) != 'N')
        || !isSingleMark(text.charAt(i - 2))) {
      return false;
    }
    boolean wordStart = i < 3 || !isAlnum(Character.codePointBefore(text, i - 2));
    boolean wordEnd = i + 1 >= text.length() || !isAlnum(Character.codePointAt(text, i + 1));
    return wordStart && wordEnd;
  }

  static Family family(char c) {
    return switch (c) {
      case '"', '\u201C', '\u201D', '\u201E', '\u201F' -> Family.DOUBLE;
      case '\'', '\u2018', '\u2019', '\u201A', '\u201B' -> Family.SINGLE;
      case '\u00AB', '\u00BB' -> Family.DOUBLE_ANGLE;
      case '\u2039', '\u203A' -> Family.SINGLE_ANGLE;
      default -> Family.NONE;
    };
  }

  /** Same family; guillemets must point at each other (« with », or German » with «). */
  private static boolean compatible(char openMark, char closeMark) {
    Family f = family(openMark);
    if (f != family(closeMark)) {
      return false;
    }
    return f == Family.DOUBLE || f == Family.SINGLE || openMark != closeMark;
  }

  /** True for any quotation mark this scanner knows. */
  public static boolean isQuoteMark(char c) {
    return family(c) != Family.NONE;
  }

  /** True for single quotation marks and single guillemets. */
  static boolean isSingle(char c) {
    Family f = family(c);
    return f == Family.SINGLE || f == Family.SINGLE_ANGLE;
  }

  private static boolean isSingleMark(char c) {
    return family(c) == Family.SINGLE;
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAlnum(int cp) {
    return cp >= 0 && Character.isLetterOrDigit(cp);
  }

  private static boolean isSpace(int cp) {
    return cp < 0 || Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  private static boolean isPunctuation(int cp) {
    if (cp < 0) {
      return false;
    }
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
      default -> false;
    };
  }
}
