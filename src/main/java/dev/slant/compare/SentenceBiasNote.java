package dev.slant.compare;

import dev.slant.Analyzer;
import dev.slant.detect.ml.ModelManifest;
import dev.slant.report.Numbers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a report says about the sentence-bias model behind its biased-sentences measure: the
 * model, its threshold, what it learned from, and one plain sentence for readers that makes clear
 * the measure is a model's judgement.
 */
public final class SentenceBiasNote {

  private SentenceBiasNote() {}

  /**
   * The {@code meta.sentence_bias} entry for what this analysis chain runs; empty when it runs no
   * sentence-bias model. Public so every writer of outlet aggregates (compare, the Spark job)
   * describes the model the same way.
   */
  public static Optional<Map<String, Object>> meta(Analyzer analyzer) {
    return analyzer.biasModel().map(m ->
        meta(analyzer.biasModelName().orElseThrow(), m.model().manifest()));
  }

  /** The {@code meta.sentence_bias} entry. */
  static Map<String, Object> meta(String model, ModelManifest manifest) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("model", model);
    m.put("measure", Measure.BIASED_SENTENCES_ID + ": per article, the percentage of its"
        + " sentences the model rates at or above its threshold; a group's value is the mean over"
        + " its articles; mean_bias_probability is the article's mean sentence probability");
    m.put("threshold", manifest.threshold());
    if (manifest.encoder() != null) {
      m.put("encoder", manifest.features().encoder() + " " + manifest.encoder());
    }
    m.put("training_data", manifest.trainingData().stream()
        .map(f -> f.name() + " (" + f.format() + ")").toList());
    m.put("training_sentences", manifest.units());
    m.put("explanation", explanation(model, manifest));
    return m;
  }

  /**
   * e.g. "Biased sentences is the share of an article's sentences that the model sentence-babe,
   * trained on 3,673 news sentences labelled biased or not by BABE's expert annotators, rates at
   * or above 0.50: a model's judgement of how a sentence reads, not a fact."
   */
  static String explanation(String model, ModelManifest manifest) {
    return "Biased sentences is the share of an article's sentences that the model " + model
        + ", trained on " + Numbers.count(manifest.units()) + " "
        + trainedOn(manifest.trainingData()) + ", rates at or above "
        + Numbers.fixed(manifest.threshold(), 2)
        + ": a model's judgement of how a sentence reads, not a fact.";
  }

  private static String trainedOn(List<ModelManifest.DataFile> files) {
    if (files.size() == 1) {
      switch (files.get(0).format()) {
        case "babe":
          return "news sentences labelled biased or not by BABE's expert annotators";
        case "mbic":
          return "news sentences labelled biased or not by MBIC's crowd annotators";
        default:
          break;
      }
    }
    return "sentences labelled biased or not ("
        + String.join(", ", files.stream().map(ModelManifest.DataFile::name).toList()) + ")";
  }
}
