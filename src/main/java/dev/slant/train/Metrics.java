package dev.slant.train;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.slant.core.Span;
import java.util.ArrayList;
import java.util.List;

/** Classification and span-overlap metrics. */
public final class Metrics {

  private Metrics() {}

  /** Precision, recall and F1 of one class. */
  @JsonPropertyOrder({"name", "precision", "recall", "f1", "support"})
  public record ClassScores(String name, double precision, double recall, double f1, int support) {}

  /**
   * Binary classification results.
   *
   * @param confusion {@code confusion[gold][predicted]}, class 0 negative, 1 positive
   */
  @JsonPropertyOrder({"perClass", "macroF1", "accuracy", "confusion"})
  public record Binary(List<ClassScores> perClass, double macroF1, double accuracy,
      int[][] confusion) {

    public static Binary of(List<String> classes, boolean[] gold, boolean[] predicted) {
      int[][] m = new int[2][2];
      for (int i = 0; i < gold.length; i++) {
        m[gold[i] ? 1 : 0][predicted[i] ? 1 : 0]++;
      }
      List<ClassScores> per = new ArrayList<>();
      double macro = 0;
      for (int c = 0; c < 2; c++) {
        int tp = m[c][c];
        int predictedC = m[0][c] + m[1][c];
        int goldC = m[c][0] + m[c][1];
        double p = predictedC == 0 ? 0 : (double) tp / predictedC;
        double r = goldC == 0 ? 0 : (double) tp / goldC;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        per.add(new ClassScores(classes.get(c), p, r, f, goldC));
        macro += f / 2;
      }
      double acc = gold.length == 0 ? 0 : (double) (m[0][0] + m[1][1]) / gold.length;
      return new Binary(per, macro, acc, m);
    }

    public ClassScores positive() {
      return perClass.get(1);
    }
  }

  /**
   * The SemEval-2020 Task 11 span-identification metric, which gives partial credit for partial
   * overlap: P = Σ_s Σ_t |s∩t| / |s| over predicted spans s, divided by the number of predicted
   * spans; R likewise over gold spans t. Overlapping spans of one text are merged first.
   */
  @JsonPropertyOrder({"precision", "recall", "f1", "goldSpans", "predictedSpans"})
  public record SpanOverlap(double precision, double recall, double f1, int goldSpans,
      int predictedSpans) {}

  /** Accumulates {@link SpanOverlap} over texts. */
  public static final class SpanOverlapSum {
    private double precisionSum;
    private double recallSum;
    private int gold;
    private int predicted;

    public void add(List<Span> goldSpans, List<Span> predictedSpans) {
      List<Span> g = merge(goldSpans);
      List<Span> p = merge(predictedSpans);
      gold += g.size();
      predicted += p.size();
      for (Span s : p) {
        for (Span t : g) {
          int overlap = Math.min(s.end(), t.end()) - Math.max(s.start(), t.start());
          if (overlap > 0) {
            precisionSum += (double) overlap / s.length();
            recallSum += (double) overlap / t.length();
          }
        }
      }
    }

    public SpanOverlap result() {
      double p = predicted == 0 ? 0 : precisionSum / predicted;
      double r = gold == 0 ? 0 : recallSum / gold;
      return new SpanOverlap(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), gold, predicted);
    }
  }

  /** Sorted spans with overlapping ones merged. */
  static List<Span> merge(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(null);
    List<Span> out = new ArrayList<>();
    for (Span s : sorted) {
      if (s.length() == 0) {
        continue;
      }
      if (!out.isEmpty() && out.get(out.size() - 1).end() > s.start()) {
        Span last = out.remove(out.size() - 1);
        out.add(new Span(last.start(), Math.max(last.end(), s.end())));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /** Mean and sample standard deviation. */
  static double[] meanSd(List<Double> xs) {
    double mean = xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double var = 0;
    for (double x : xs) {
      var += (x - mean) * (x - mean);
    }
    return new double[] {mean, xs.size() < 2 ? 0 : Math.sqrt(var / (xs.size() - 1))};
  }
}
