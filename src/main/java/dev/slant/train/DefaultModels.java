package dev.slant.train;

import dev.slant.core.InputException;
import dev.slant.detect.Detector;
import dev.slant.detect.Detectors;
import dev.slant.detect.ml.FeatureConfig;
import dev.slant.detect.ml.ModelManifest;
import dev.slant.detect.ml.Task;
import dev.slant.evaluate.RealNewsCorpus;
import dev.slant.lexicon.LexiconSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The recipes of the models bundled with slant, so that {@code slant train-defaults} regenerates
 * them byte for byte from the public research corpora. The sentence model uses the bundled
 * lexicons and the rule detectors' findings, as evaluated (they add about 0.02 macro-F1 on BABE),
 * so editing a bundled lexicon means running {@code train-defaults} again ({@code
 * BundledModelsTest} fails until then); it keeps computing its features with the bundled lexicons
 * when a user overrides them. The token models use neither, so they never go stale. The
 * {@code sentence-encoder} model adds the sentence vectors of the int8 e5-small-v2 encoder bundled
 * in the jar; its manifest records the encoder's version and model checksum. The
 * {@code judge-realnews} model is trained on the development split of the real-news annotations
 * in {@code training-data/realnews} (read from the working directory, the repository root) and
 * the rule findings on those articles, so it too goes stale when a lexicon or rule changes.
 */
public final class DefaultModels {

  /**
   * One bundled model.
   *
   * @param file file name under {@code models/}
   * @param data path of the corpus relative to the shared data folder
   * @param format the corpus format; null for the judge, which reads real-news annotations
   * @param features the extraction settings; null for the judge, whose features are fixed
   */
  public record Recipe(String file, Task task, CorpusFormat format, String data,
      FeatureConfig features, ClassifierSpec classifier, Double threshold) {}

  private static final long SEED = 1;

  private DefaultModels() {}

  public static List<Recipe> recipes() {
    FeatureConfig sentence = FeatureConfig.defaults(Task.SENTENCE);
    // Dictionaries bounded so that the bundled models stay small.
    FeatureConfig token = FeatureConfig.defaults(Task.LOADED).withLexicons(false)
        .withFindings(false).withMinCount(2).withMaxTerms(30_000);
    // The int8 e5-small-v2 vector of each sentence beside the style, lexicon and finding
    // features; without n-grams, which on BABE do not help once the vector is there.
    FeatureConfig encoder = sentence.withMaxTerms(0)
        .withEncoder(dev.slant.encode.Encoders.E5_SMALL_V2_Q);
    return List.of(
        new Recipe("sentence-babe.model", Task.SENTENCE, CorpusFormat.BABE,
            "babe/final_labels_SG2.csv", sentence,
            Training.defaultClassifier(Task.SENTENCE, SEED), 0.5),
        new Recipe("sentence-encoder.model", Task.SENTENCE, CorpusFormat.BABE,
            "babe/final_labels_SG2.csv", encoder,
            Training.defaultClassifier(Task.SENTENCE, encoder, SEED), 0.5),
        new Recipe("loaded-babe.model", Task.LOADED, CorpusFormat.BABE,
            "babe/final_labels_SG2.csv", token,
            Training.defaultClassifier(Task.LOADED, SEED), null),
        new Recipe("hedge-szeged.model", Task.HEDGE, CorpusFormat.SZEGED,
            "szeged-uncertainty-wikiweasel/wiki.xml", token.withWindow(2).withMaxTerms(20_000),
            Training.defaultClassifier(Task.HEDGE, SEED), null),
        // The judge reads the real-news annotations committed in this repository and the texts
        // they point into; its features are fixed (CandidateFeatures), not a FeatureConfig.
        new Recipe("judge-realnews.model", Task.JUDGE, null,
            "baly2020-news-sample/articles.jsonl", null, JudgeTraining.spec(), 0.5));
  }

  /** Trains every bundled model from {@code dataRoot} into {@code outDir}. */
  public static List<ModelManifest> train(Path dataRoot, Path outDir, int threads,
      Consumer<String> log) throws InputException {
    return train(recipes(), dataRoot, outDir, threads, log);
  }

  /**
   * The recipes of these bundled models, by file name without {@code .model}, in recipe order.
   *
   * @throws InputException naming an unknown model
   */
  public static List<Recipe> recipes(List<String> names) throws InputException {
    List<String> known = recipes().stream().map(r -> r.file().replace(".model", "")).toList();
    for (String n : names) {
      if (!known.contains(n)) {
        throw new InputException("--only", "no bundled model '" + n + "' (models: "
            + String.join(", ", known) + ")");
      }
    }
    return recipes().stream().filter(r -> names.contains(r.file().replace(".model", "")))
        .toList();
  }

  /** Trains these bundled models from {@code dataRoot} into {@code outDir}. */
  public static List<ModelManifest> train(List<Recipe> recipes, Path dataRoot, Path outDir,
      int threads, Consumer<String> log) throws InputException {
    LexiconSet lexicons = LexiconSet.bundled();
    List<ModelManifest> out = new ArrayList<>();
    for (Recipe r : recipes) {
      log.accept("training " + r.file() + " on " + r.data());
      if (r.task() == Task.JUDGE) {
        out.add(new JudgeTraining(lexicons).train(RealNewsCorpus.DEFAULT_GOLD,
            dataRoot.resolve(r.data()), outDir.resolve(r.file())));
        continue;
      }
      List<Detector> detectors = r.features().findings() ? Detectors.standard(lexicons) : List.of();
      Training t = new Training(r.task(), r.features(), r.classifier(), r.threshold(), lexicons,
          detectors, threads);
      Corpus corpus = Corpora.read(r.format(), r.task(), List.of(dataRoot.resolve(r.data())));
      out.add(t.train(corpus, outDir.resolve(r.file())));
    }
    return out;
  }
}
