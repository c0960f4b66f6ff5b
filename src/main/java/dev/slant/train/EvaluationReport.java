package dev.slant.train;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.slant.detect.ml.FeatureConfig;
import dev.slant.detect.ml.ModelManifest;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of an honest evaluation (cross-validation or a held-out test set; never the
 * training set), as text for people and JSON for scripts.
 *
 * @param split how train and test were separated, in words
 * @param units metrics over the classified units (sentences, or tokens for token tasks)
 * @param examples token tasks: "contains a positive" per example (per sentence for sentence
 *     corpora); null for the sentence task
 * @param spans token tasks: span-overlap metric; null for the sentence task
 * @param foldScores the headline score of each fold (macro-F1 for the sentence task, positive F1
 *     over tokens for token tasks)
 * @param thresholds decision threshold used in each fold
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"task", "classifier", "options", "seed", "features", "data", "split",
    "folds", "exampleCount", "groupCount", "unitCount", "units", "examples", "spans",
    "foldScores", "thresholds", "notes"})
public record EvaluationReport(
    String task,
    String classifier,
    String options,
    long seed,
    FeatureConfig features,
    List<ModelManifest.DataFile> data,
    String split,
    int folds,
    int exampleCount,
    int groupCount,
    int unitCount,
    Metrics.Binary units,
    Metrics.Binary examples,
    Metrics.SpanOverlap spans,
    List<Double> foldScores,
    List<Double> thresholds,
    List<String> notes) {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "task %s · %s %s · seed %d%n", task, classifier,
        options.isEmpty() ? "(default options)" : options, seed));
    sb.append(String.format(Locale.ROOT, "data %s: %d examples in %d groups, %d units%n",
        String.join(", ", data.stream().map(d -> d.name() + " (" + d.format() + ")").toList()),
        exampleCount, groupCount, unitCount));
    sb.append("split ").append(split).append('\n');
    for (String n : notes) {
      sb.append("note: ").append(n).append('\n');
    }
    sb.append('\n');
    boolean tokens = examples != null;
    table(sb, tokens ? "tokens" : "sentences", units);
    if (examples != null) {
      table(sb, "examples (contains a positive token)", examples);
    }
    if (spans != null) {
      sb.append(String.format(Locale.ROOT,
          "spans (SemEval overlap): P %.3f  R %.3f  F1 %.3f  (%d gold, %d predicted)%n%n",
          spans.precision(), spans.recall(), spans.f1(), spans.goldSpans(),
          spans.predictedSpans()));
    }
    double[] ms = Metrics.meanSd(foldScores);
    sb.append(String.format(Locale.ROOT, "per fold %s: mean %.3f ± %.3f over %d folds%n",
        tokens ? "positive-token F1" : "macro-F1", ms[0], ms[1], foldScores.size()));
    double[] th = Metrics.meanSd(thresholds);
    sb.append(String.format(Locale.ROOT, "threshold: mean %.3f (min %.3f, max %.3f)%n", th[0],
        thresholds.stream().mapToDouble(Double::doubleValue).min().orElse(0),
        thresholds.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
    return sb.toString();
  }

  private static void table(StringBuilder sb, String title, Metrics.Binary m) {
    sb.append(title).append('\n');
    sb.append(String.format(Locale.ROOT, "  %-12s %9s %9s %9s %9s%n", "class", "precision",
        "recall", "F1", "support"));
    for (Metrics.ClassScores c : m.perClass()) {
      sb.append(String.format(Locale.ROOT, "  %-12s %9.3f %9.3f %9.3f %9d%n", c.name(),
          c.precision(), c.recall(), c.f1(), c.support()));
    }
    sb.append(String.format(Locale.ROOT, "  macro-F1 %.3f · accuracy %.3f%n", m.macroF1(),
        m.accuracy()));
    int[][] c = m.confusion();
    String neg = m.perClass().get(0).name();
    String pos = m.perClass().get(1).name();
    int w = Math.max(10, Math.max(neg.length(), pos.length()) + 2);
    sb.append(String.format(Locale.ROOT, "  confusion (rows gold, columns predicted)%n"));
    sb.append(String.format(Locale.ROOT, "  %-" + w + "s %" + w + "s %" + w + "s%n", "", neg, pos));
    sb.append(String.format(Locale.ROOT, "  %-" + w + "s %" + w + "d %" + w + "d%n", neg, c[0][0],
        c[0][1]));
    sb.append(String.format(Locale.ROOT, "  %-" + w + "s %" + w + "d %" + w + "d%n%n", pos, c[1][0],
        c[1][1]));
  }
}
