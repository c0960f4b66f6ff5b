package dev.slant.lexicon;

import dev.slant.core.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * Finds whole-word occurrences of many phrases in a text in one pass, independent of any
 * tokenizer. Matching folds case and typographic apostrophes and hyphens; a space in a phrase
 * matches any run of whitespace in the text. At each word start the longest phrase wins.
 *
 * <p>Immutable and thread-safe once built.
 *
 * @param <T> the payload returned with each match (typically a lexicon entry)
 */
public final class PhraseMatcher<T> {

  /** One occurrence: where, and the payload of the phrase that matched. */
  public record Match<T>(Span span, T value) {}

  private static final class Node<T> {
    char[] keys = new char[0];
    Node<T>[] children;
    /**
     * For a node with many children (the root, the first letters): children by {@code c - first}
     * over the range of its keys, so that the step every word start takes is one array read.
     */
    Node<T>[] table;
    char first;
    Map<Character, Node<T>> building = new HashMap<>();
    T value;

    @SuppressWarnings("unchecked")
    void freeze() {
      keys = new char[building.size()];
      int i = 0;
      for (char c : building.keySet()) {
        keys[i++] = c;
      }
      Arrays.sort(keys);
      children = new Node[keys.length];
      for (int k = 0; k < keys.length; k++) {
        children[k] = building.get(keys[k]);
        children[k].freeze();
      }
      building = null;
      if (keys.length >= DIRECT_MIN_KEYS && keys[keys.length - 1] - keys[0] < DIRECT_MAX_RANGE) {
        first = keys[0];
        table = new Node[keys[keys.length - 1] - first + 1];
        for (int k = 0; k < keys.length; k++) {
          table[keys[k] - first] = children[k];
        }
      }
    }

    Node<T> child(char c) {
      if (table != null) {
        int i = c - first;
        return i >= 0 && i < table.length ? table[i] : null;
      }
      int i = Arrays.binarySearch(keys, c);
      return i >= 0 ? children[i] : null;
    }
  }

  private static final int DIRECT_MIN_KEYS = 8;
  private static final int DIRECT_MAX_RANGE = 128;

  private final Node<T> root;
  private final int size;

  private PhraseMatcher(Node<T> root, int size) {
    this.root = root;
    this.size = size;
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Collects phrases; a phrase added twice keeps the last payload. */
  public static final class Builder<T> {
    private final Node<T> root = new Node<>();
    private int size;

    public Builder<T> add(String phrase, T value) {
      return add(phrase, value, (old, added) -> added);
    }

    /**
     * Adds a phrase; if it is already there, its payload becomes {@code combine(old, value)}.
     * Lets one matcher carry several lexicons' payloads for the same phrase.
     */
    public Builder<T> add(String phrase, T value, BinaryOperator<T> combine) {
      String normal = normalise(phrase);
      if (normal.isEmpty()) {
        throw new IllegalArgumentException("empty phrase");
      }
      Node<T> node = root;
      for (int i = 0; i < normal.length(); i++) {
        node = node.building.computeIfAbsent(normal.charAt(i), c -> new Node<>());
      }
      if (node.value == null) {
        size++;
        node.value = value;
      } else {
        node.value = combine.apply(node.value, value);
      }
      return this;
    }

    public PhraseMatcher<T> build() {
      root.freeze();
      return new PhraseMatcher<>(root, size);
    }
  }

  public int size() {
    return size;
  }

  /** All longest whole-word matches in {@code text}, in order of start. */
  public List<Match<T>> findAll(CharSequence text) {
    return findAll(text, 0, text.length());
  }

  /** All longest whole-word matches that lie within {@code [from, to)}. */
  public List<Match<T>> findAll(CharSequence text, int from, int to) {
    List<Match<T>> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (isWordStart(text, i, from)) {
        Match<T> m = longestAt(text, i, to);
        if (m != null) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /** What {@link #matchesAt} reports: a whole-word match from its start to {@code end}. */
  @FunctionalInterface
  public interface MatchEnd<T> {
    void accept(int end, T value);
  }

  /** True if a whole word starts at {@code i} (the scan of {@link #findAll} starts there). */
  public static boolean isWordStart(CharSequence text, int i, int from) {
    return isWordChar(text.charAt(i)) && (i == from || !isWordChar(text.charAt(i - 1)));
  }

  /**
   * Every whole-word match starting exactly at {@code start}, shortest first: for a caller that
   * wants more than the longest, such as one matcher holding several lexicons.
   */
  public void matchesAt(CharSequence text, int start, int to, MatchEnd<T> out) {
    Node<T> node = root;
    int i = start;
    while (i < to && node != null) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        node = node.child(' ');
        while (i < to && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
      } else {
        node = node.child(fold(c));
        i++;
      }
      if (node != null && node.value != null && (i == to || !isWordChar(text.charAt(i))
          || !isWordChar(text.charAt(i - 1)))) {
        out.accept(i, node.value);
      }
    }
  }

  /** The longest whole-word match starting exactly at {@code start}, or null. */
  public Match<T> longestAt(CharSequence text, int start, int to) {
    Node<T> node = root;
    int bestEnd = -1;
    T bestValue = null;
    int i = start;
    while (i < to && node != null) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        node = node.child(' ');
        while (i < to && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
      } else {
        node = node.child(fold(c));
        i++;
      }
      if (node != null && node.value != null && (i == to || !isWordChar(text.charAt(i))
          || !isWordChar(text.charAt(i - 1)))) {
        bestEnd = i;
        bestValue = node.value;
      }
    }
    return bestEnd < 0 ? null : new Match<>(new Span(start, bestEnd), bestValue);
  }

  static String normalise(String phrase) {
    StringBuilder sb = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(fold(c));
      }
    }
    return sb.toString();
  }

  static char fold(char c) {
    switch (c) {
      case '\u2019', '\u2018', '\u02BC' -> {
        return '\'';
      }
      case '\u2010', '\u2011', '\u2012', '\u2013' -> {
        return '-';
      }
      default -> {
        return Character.toLowerCase(c);
      }
    }
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.isSurrogate(c);
  }
}
