package dev.slant.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a sentence's wordpieces are cut into windows of bounded length. */
class WindowsTest {

  /** Wordpieces of three characters separated by one space: piece i spans [4i, 4i + 3). */
  private static int[][] pieces(int n) {
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      starts[i] = 4 * i;
      ends[i] = 4 * i + 3;
    }
    return new int[][] {starts, ends};
  }

  @Test
  void aSentenceThatFitsIsOneWindowOverAllOfIt() {
    int[][] p = pieces(124);
    assertEquals(List.of(new Windows.Window(0, 124, 0, 4 * 123 + 3)),
        Windows.of(p[0], p[1], 124, 32));
  }

  @Test
  void noWordpiecesNoWindows() {
    assertEquals(List.of(), Windows.of(new int[0], new int[0], 124, 32));
  }

  @Test
  void aLongSentenceIsReadInOverlappingWindowsTheLastEndingAtItsEnd() {
    int[][] p = pieces(300);
    List<Windows.Window> ws = Windows.of(p[0], p[1], 124, 32);
    assertEquals(List.of(new Windows.Window(0, 124, 0, 4 * 123 + 3),
        new Windows.Window(92, 216, 4 * 92, 4 * 215 + 3),
        new Windows.Window(176, 300, 4 * 176, 4 * 299 + 3)), ws);
  }

  @Test
  void everyWordpieceIsInAWindowAndNeighboursShareAtLeastTheOverlap() {
    for (int n = 1; n < 700; n += 37) {
      int[][] p = pieces(n);
      List<Windows.Window> ws = Windows.of(p[0], p[1], 50, 10);
      assertEquals(0, ws.get(0).first());
      assertEquals(n, ws.get(ws.size() - 1).end());
      for (int k = 0; k < ws.size(); k++) {
        Windows.Window w = ws.get(k);
        assertTrue(w.length() <= 50 && w.length() >= Math.min(n, 50), w.toString());
        assertEquals(p[0][w.first()], w.start());
        assertEquals(p[1][w.end() - 1], w.stop());
        if (k > 0) {
          assertTrue(ws.get(k - 1).end() - w.first() >= 10, ws.toString());
        }
      }
    }
  }

  @Test
  void anOverlapAsLongAsTheWindowIsRefused() {
    int[][] p = pieces(10);
    assertThrows(IllegalArgumentException.class, () -> Windows.of(p[0], p[1], 8, 8));
  }
}
