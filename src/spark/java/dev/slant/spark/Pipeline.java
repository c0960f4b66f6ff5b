package dev.slant.spark;

import dev.slant.Analyzer;
import dev.slant.cli.AnalysisOptions;
import dev.slant.core.InputException;
import dev.slant.lexicon.LexiconSet;
import java.util.Map;

/**
 * The analysis chain of one executor JVM. Built on first use by the first task that needs it (the
 * holder-class idiom: the JVM runs the initialiser once, thread-safely) and shared by every task
 * of that executor afterwards, so the language models load once per JVM, not once per partition.
 * {@link Analyzer} is thread-safe.
 */
final class Pipeline {

  private Pipeline() {}

  private static final class Holder {
    static final LexiconSet LEXICONS;
    static final Analyzer ANALYZER;

    static {
      try {
        LEXICONS = LexiconSet.bundled();
        // The chain `slant score` builds with its default options (rule detectors and the
        // bundled sentence-bias model), so the output lines are the same.
        ANALYZER = new AnalysisOptions().analyzer(LEXICONS);
      } catch (InputException e) {
        throw new IllegalStateException("a bundled lexicon or model is broken: " + e.describe(),
            e);
      }
    }
  }

  static Analyzer analyzer() {
    return Holder.ANALYZER;
  }

  /** The bundled lexicons' versions, recorded in the outputs. */
  static Map<String, String> lexiconVersions() {
    return Holder.LEXICONS.versions();
  }
}
