package dev.slant.encode;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence's wordpieces into the windows an encoder with a bounded input reads: at most
 * {@code size} wordpieces each, neighbours sharing {@code overlap} wordpieces, the last one ending
 * at the last wordpiece. A sentence that fits is one window.
 */
public final class Windows {

  /**
   * One window: wordpieces {@code [first, end)} of the sentence, covering characters
   * {@code [start, stop)} of it (UTF-16 offsets).
   */
  public record Window(int first, int end, int start, int stop) {
    public int length() {
      return end - first;
    }
  }

  private Windows() {}

  /**
   * @param starts character offset where each wordpiece starts, in order
   * @param ends character offset where each wordpiece ends
   * @param size most wordpieces per window
   * @param overlap wordpieces shared by neighbouring windows, less than {@code size}
   */
  public static List<Window> of(int[] starts, int[] ends, int size, int overlap) {
    if (size < 1 || overlap < 0 || overlap >= size) {
      throw new IllegalArgumentException("need size >= 1 and 0 <= overlap < size, got " + size
          + ", " + overlap);
    }
    int n = starts.length;
    List<Window> out = new ArrayList<>();
    if (n == 0) {
      return out;
    }
    int step = size - overlap;
    int first = 0;
    while (true) {
      int end = Math.min(n, first + size);
      if (end == n) {
        first = Math.max(0, n - size); // the last window is full length where it can be
      }
      out.add(new Window(first, end, starts[first], ends[end - 1]));
      if (end == n) {
        return out;
      }
      first += step;
    }
  }
}
