package dev.slant.report;

import dev.slant.core.Finding;
import java.util.ArrayList;
import java.util.Comparator;
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

  /**
   * The pieces in text order. One sweep over the cuts with the findings sorted by start and by
   * end, so a long article with many findings costs O((n + pieces) log n), not n × pieces.
   */
  public static List<Segment> of(String text, List<Finding> findings) {
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    List<Integer> inText = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.end() <= text.length()) {
        cuts.add(f.start());
        cuts.add(f.end());
        inText.add(i);
      }
    }
    List<Integer> byStart = new ArrayList<>(inText);
    byStart.sort(Comparator.comparingInt(i -> findings.get(i).start()));
    List<Integer> byEnd = new ArrayList<>(inText);
    byEnd.sort(Comparator.comparingInt(i -> findings.get(i).end()));
    TreeSet<Integer> active = new TreeSet<>();
    List<Segment> out = new ArrayList<>();
    int opened = 0;
    int closed = 0;
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null) {
        // Active on [prev, cut): started at or before prev and not ended by prev. Every start
        // and end is a cut, so such a finding also reaches cut.
        while (opened < byStart.size() && findings.get(byStart.get(opened)).start() <= prev) {
          active.add(byStart.get(opened++));
        }
        while (closed < byEnd.size() && findings.get(byEnd.get(closed)).end() <= prev) {
          active.remove(byEnd.get(closed++));
        }
        out.add(new Segment(prev, cut, List.copyOf(active)));
      }
      prev = cut;
    }
    return out;
  }
}
