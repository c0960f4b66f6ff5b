package dev.slant.cli;

import dev.slant.Analyzer;
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
 * lexicon overrides, threads and the article size limit. Use as a picocli {@code @Mixin}.
 */
public final class AnalysisOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  private final List<Path> lexicons = new ArrayList<>();
  private int threads = Runtime.getRuntime().availableProcessors();
  private int maxArticleChars = ReadOptions.DEFAULT_MAX_ARTICLE_CHARS;

  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "Extra or replacement lexicon entries (TSV), named after the lexicon they"
          + " extend, e.g. loaded_adjectives.newsroom.tsv. Repeatable.")
  void addLexicon(Path file) {
    lexicons.add(file);
  }

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

  /** The standard analysis chain with these lexicons; loads the language models. */
  public Analyzer analyzer() throws InputException {
    return Analyzer.standard(lexicons());
  }
}
