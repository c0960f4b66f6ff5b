package dev.slant;

import dev.slant.core.FeatureType;
import dev.slant.core.InputException;
import dev.slant.detect.Detector;
import dev.slant.detect.Detectors;
import dev.slant.detect.judge.JudgedDetector;
import dev.slant.detect.ml.ModelDetector;
import dev.slant.detect.ml.ModelStore;
import dev.slant.detect.ml.SentenceBiasModel;
import dev.slant.detect.ml.Task;
import dev.slant.detect.ml.TrainedModel;
import dev.slant.lexicon.LexiconSet;
import dev.slant.nlp.Annotator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assembles the analysis chain: the rule detectors over a set of lexicons, with those a token
 * model replaces swapped for it, the remaining rules behind a judge when a judge model is given,
 * and a sentence-bias model (a given sentence model, else the bundled one unless switched off). The one place that decides what runs: {@code score},
 * {@code compare}, {@code check}, {@code serve}, {@code bench} and the Spark job only configure
 * it.
 *
 * <pre>{@code
 * Analyzer a = AnalyzerBuilder.create()
 *     .lexicons(LexiconSet.withOverrides(List.of(Path.of("loaded_language.newsroom.tsv"))))
 *     .model(Path.of("sentence-encoder"))   // a model file, or a bundled model's name
 *     .build();
 * }</pre>
 */
public final class AnalyzerBuilder {

  private LexiconSet lexicons;
  private final List<Path> models = new ArrayList<>();
  private boolean bundledSentenceModel = true;

  private AnalyzerBuilder() {}

  /** The bundled lexicons, no extra model, the bundled sentence-bias model. */
  public static AnalyzerBuilder create() {
    return new AnalyzerBuilder();
  }

  /** The lexicons every detector and model uses (default: the bundled ones). */
  public AnalyzerBuilder lexicons(LexiconSet lexicons) {
    this.lexicons = lexicons;
    return this;
  }

  /**
   * A model trained with {@code slant train}, or a bundled model's name; its task decides its
   * use. At most one per task.
   */
  public AnalyzerBuilder model(Path fileOrBundledName) {
    models.add(fileOrBundledName);
    return this;
  }

  /** Several {@link #model} calls, in order. */
  public AnalyzerBuilder models(List<Path> filesOrBundledNames) {
    models.addAll(filesOrBundledNames);
    return this;
  }

  /** Whether to run the bundled sentence-bias model when no sentence model is given. */
  public AnalyzerBuilder bundledSentenceModel(boolean run) {
    this.bundledSentenceModel = run;
    return this;
  }

  /**
   * Loads the models and the language models and builds the chain. Lemmatises only if a model
   * needs lemmas.
   *
   * @throws InputException if a lexicon or model is unreadable or unsafe, a model is
   *     incompatible with the lexicons, or two models serve the same task
   */
  public Analyzer build() throws InputException {
    LexiconSet lexiconSet = lexicons != null ? lexicons : LexiconSet.bundled();
    Map<Task, TrainedModel> byTask = new EnumMap<>(Task.class);
    for (Path file : models) {
      TrainedModel model = ModelStore.loadFileOrBundled(file);
      TrainedModel earlier = byTask.putIfAbsent(model.task(), model);
      if (earlier != null) {
        throw new InputException(file.toString(), "a second model for the " + model.task().id()
            + " task (the first is " + earlier.origin() + "); give one per task");
      }
    }
    List<Detector> rules = Detectors.standard(lexiconSet);
    List<Detector> detectors = new ArrayList<>(rules);
    for (Task task : List.of(Task.LOADED, Task.HEDGE)) {
      TrainedModel model = byTask.get(task);
      if (model != null) {
        detectors.removeIf(d -> d.types().stream().anyMatch(task.spanTypes()::contains));
        detectors.add(new ModelDetector(model, reportedType(task), lexiconSet, rules));
      }
    }
    TrainedModel judge = byTask.get(Task.JUDGE);
    if (judge != null) {
      List<Detector> judged = detectors.stream().filter(rules::contains).toList();
      detectors.removeAll(judged);
      detectors.add(0, new JudgedDetector(judged, judge));
    }
    Optional<SentenceBiasModel> bias;
    if (byTask.containsKey(Task.SENTENCE)) {
      bias = Optional.of(SentenceBiasModel.of(byTask.get(Task.SENTENCE), lexiconSet, detectors));
    } else if (bundledSentenceModel) {
      bias = Optional.of(SentenceBiasModel.bundled(lexiconSet, detectors));
    } else {
      bias = Optional.empty();
    }
    boolean lemmas = detectors.stream().anyMatch(Detector::needsLemmas)
        || bias.map(SentenceBiasModel::needsLemmas).orElse(false);
    return new Analyzer(lemmas ? Annotator.withLemmas() : Annotator.standard(), detectors, bias);
  }

  /**
   * The one type a token model's spans are reported as. A loaded-words model does not tell
   * adjectives from other words, so all its spans are loaded language.
   */
  static FeatureType reportedType(Task task) {
    return switch (task) {
      case LOADED -> FeatureType.LOADED_LANGUAGE;
      case HEDGE -> FeatureType.ATTRIBUTION_HEDGE;
      case SENTENCE, JUDGE -> throw new IllegalArgumentException("not a token task");
    };
  }
}
