package dev.slant.cli;

import dev.slant.Analyzer;
import dev.slant.core.FeatureType;
import dev.slant.core.InputException;
import dev.slant.detect.Detector;
import dev.slant.detect.Detectors;
import dev.slant.detect.ml.ModelDetector;
import dev.slant.detect.ml.ModelStore;
import dev.slant.detect.ml.SentenceBiasModel;
import dev.slant.detect.ml.Task;
import dev.slant.detect.ml.TrainedModel;
import dev.slant.ingest.ReadOptions;
import dev.slant.lexicon.LexiconSet;
import dev.slant.nlp.Annotator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Options shared by every command that analyses articles ({@code score}, {@code compare}, …):
 * lexicon overrides, trained models, threads and the article size limit. Use as a picocli
 * {@code @Mixin}.
 */
public final class AnalysisOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  private int threads = Runtime.getRuntime().availableProcessors();
  private int maxArticleChars = ReadOptions.DEFAULT_MAX_ARTICLE_CHARS;

  @Option(names = "--no-model", description = "Do not run the bundled sentence-bias model"
      + " (faster; no bias probabilities unless a sentence --model is given).")
  private boolean noModel;

  @Option(names = "--model", paramLabel = "MODEL",
      description = "A model trained with 'slant train', or a bundled model by name:"
          + " sentence-encoder (reads each sentence with the int8 e5-small-v2 encoder; slower,"
          + " ranks unseen news better), sentence-babe (the default), loaded-babe, hedge-szeged."
          + " Its task decides its use. A sentence"
          + " model replaces the bundled sentence-bias model; a loaded model replaces the"
          + " loaded-adjective and loaded-language rules (its spans are reported as"
          + " loaded_language); a hedge model replaces the attribution-hedge rules. At most one"
          + " per task. Repeatable.")
  private List<Path> models = new ArrayList<>();

  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "Extra or replacement lexicon entries (TSV), named after the lexicon they"
          + " extend, e.g. loaded_adjectives.newsroom.tsv. Repeatable.")
  private List<Path> lexicons = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N",
      description = "Articles analysed in parallel (default: the number of processors).")
  void setThreads(int n) {
    if (n < 1) {
      throw new ParameterException(mixee.commandLine(),
          "--threads must be at least 1, got " + n);
    }
    threads = n;
  }

  @Option(names = "--max-article-chars", paramLabel = "N",
      description = "Refuse articles longer than N characters (default: "
          + ReadOptions.DEFAULT_MAX_ARTICLE_CHARS + ").")
  void setMaxArticleChars(int n) {
    if (n < 1) {
      throw new ParameterException(mixee.commandLine(),
          "--max-article-chars must be at least 1, got " + n);
    }
    maxArticleChars = n;
  }

  /**
   * The options of a command line without options, or with only {@code --no-model}: for callers
   * that build the analysis chain without a command line (the Spark job).
   *
   * @param bundledModel whether to run the bundled sentence-bias model
   */
  public static AnalysisOptions defaults(boolean bundledModel) {
    AnalysisOptions o = new AnalysisOptions();
    o.noModel = !bundledModel;
    return o;
  }

  /**
   * The options of a command line with {@code --model NAME} for this bundled model (e.g.
   * {@code sentence-encoder}), for callers without a command line.
   */
  public static AnalysisOptions withBundledModel(String name) {
    AnalysisOptions o = new AnalysisOptions();
    o.models.add(Path.of(name));
    return o;
  }

  public List<Path> lexiconFiles() {
    return List.copyOf(lexicons);
  }

  public int threads() {
    return threads;
  }

  public ReadOptions readOptions() {
    return new ReadOptions(maxArticleChars);
  }

  /** The bundled lexicons with the {@code --lexicon} files applied. */
  public LexiconSet lexicons() throws InputException {
    return LexiconSet.withOverrides(lexicons);
  }

  /** The analysis chain with these lexicons and models; loads the language models. */
  public Analyzer analyzer() throws InputException {
    return analyzer(lexicons());
  }

  /** The {@code --model} files, in the order given. */
  public List<Path> modelFiles() {
    return List.copyOf(models);
  }

  /**
   * The analysis chain with these lexicons and models: the rule detectors, with those a token
   * {@code --model} replaces swapped for it, and the sentence-bias model (a sentence
   * {@code --model}, else the bundled one unless {@code --no-model}). Lemmatises only if a model
   * needs lemmas.
   *
   * @throws InputException if a model file is unreadable, unsafe, incompatible with these
   *     lexicons, or a second model for the same task
   */
  public Analyzer analyzer(LexiconSet lexiconSet) throws InputException {
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
    Optional<SentenceBiasModel> bias;
    if (byTask.containsKey(Task.SENTENCE)) {
      bias = Optional.of(SentenceBiasModel.of(byTask.get(Task.SENTENCE), lexiconSet, detectors));
    } else if (noModel) {
      bias = Optional.empty();
    } else {
      bias = Optional.of(SentenceBiasModel.bundled(lexiconSet, detectors));
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
      case SENTENCE -> throw new IllegalArgumentException("not a token task");
    };
  }
}
