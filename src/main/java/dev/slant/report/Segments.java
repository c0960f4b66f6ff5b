package dev.slant.report;

import dev.slant.core.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * An article's text cut at every finding boundary, so that each piece is covered by a fixed set
 * of findings. Renderers mark each piece on its own, which keeps markup well-formed however
 * findings nest or overlap.
 */
public final class Segments {

  /**
   * A piece of the text.
   *
   * @param active indices into the findings list of the findings covering the piece, in order
   */
  public record Segment(int start, int end, List<Integer> active) {

    /** The covering finding to draw on top: the shortest, and of equals the later one. */
    public int innermost(List<Finding> findings) {
      int best = active.get(0);
      for (int i : active) {
        if (findings.get(i).span().length() <= findings.get(best).span().length()) {
          best = i;
        }
      }
      return best;
    }
  }

  private Segments() {}

  public static List<Segment> of(String text, List<Finding> findings) {
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    for (Finding f : findings) {
      if (f.end() <= text.length()) {
        cuts.add(f.start());
        cuts.add(f.end());
      }
    }
    List<Segment> out = new ArrayList<>();
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null && cut > prev) {
        List<Integer> active = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
          Finding f = findings.get(i);
          if (f.start() <= prev && f.end() >= cut && f.end() <= text.length()) {
            active.add(i);
          }
        }
        out.add(new Segment(prev, cut, List.copyOf(active)));
      }
      prev = cut;
    }
    return out;
  }
}
