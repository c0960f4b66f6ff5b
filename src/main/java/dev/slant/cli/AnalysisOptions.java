package dev.slant.cli;

import dev.slant.Analyzer;
import dev.slant.AnalyzerBuilder;
import dev.slant.core.InputException;
import dev.slant.ingest.ReadOptions;
import dev.slant.lexicon.LexiconSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
          + " ranks unseen news better), sentence-babe (the default), loaded-babe, hedge-szeged,"
          + " judge-realnews (drops rule findings a careful reader would likely not mark: higher"
          + " precision, lower recall). Its task decides its use. A sentence"
          + " model replaces the bundled sentence-bias model; a loaded model replaces the"
          + " loaded-adjective and loaded-language rules (its spans are reported as"
          + " loaded_language); a hedge model replaces the attribution-hedge rules; a judge"
          + " model filters the findings of the remaining rules. At most one per task."
          + " Repeatable.")
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
   * The analysis chain with these lexicons and the {@code --model} and {@code --no-model}
   * options, as {@link AnalyzerBuilder} assembles it.
   *
   * @throws InputException if a model file is unreadable, unsafe, incompatible with these
   *     lexicons, or a second model for the same task
   */
  public Analyzer analyzer(LexiconSet lexiconSet) throws InputException {
    return AnalyzerBuilder.create().lexicons(lexiconSet).models(models)
        .bundledSentenceModel(!noModel).build();
  }
}
