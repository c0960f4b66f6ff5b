package dev.slant.spark;

import dev.slant.Analyzer;
import dev.slant.AnalyzerBuilder;
import dev.slant.core.InputException;
import dev.slant.lexicon.LexiconSet;
import java.util.Map;

/**
 * The analysis chains of one executor JVM. Each is built on first use by the first task that needs
 * it (the holder-class idiom: the JVM runs the initialiser once, thread-safely) and shared by every
 * task of that executor afterwards, so the language models load once per JVM, not once per
 * partition. {@link Analyzer} is thread-safe.
 */
final class Pipeline {

  private Pipeline() {}

  private static final class Lexicons {
    static final LexiconSet BUNDLED = bundled();
  }

  /** The chain {@code slant score} builds by default: rule detectors and sentence-bias model. */
  private static final class WithModel {
    static final Analyzer ANALYZER = build(true);
  }

  /** The chain of {@code slant score --no-model}: the rule detectors only. */
  private static final class RulesOnly {
    static final Analyzer ANALYZER = build(false);
  }

  /**
   * The chain of {@code slant score --model sentence-encoder}; its encoder loads with it, in the
   * executors that run it only.
   */
  private static final class WithEncoder {
    static final Analyzer ANALYZER = build("sentence-encoder");
  }

  /** @param model whether the chain runs the bundled sentence-bias model */
  static Analyzer analyzer(boolean model) {
    return model ? WithModel.ANALYZER : RulesOnly.ANALYZER;
  }

  /**
   * @param model whether the chain runs a bundled sentence-bias model
   * @param sentenceModel which one: {@code sentence-babe} or {@code sentence-encoder}
   */
  static Analyzer analyzer(boolean model, String sentenceModel) {
    if (model && "sentence-encoder".equals(sentenceModel)) {
      return WithEncoder.ANALYZER;
    }
    return analyzer(model);
  }

  /** The bundled lexicons' versions, recorded in the outputs. */
  static Map<String, String> lexiconVersions() {
    return Lexicons.BUNDLED.versions();
  }

  private static LexiconSet bundled() {
    try {
      return LexiconSet.bundled();
    } catch (InputException e) {
      throw new IllegalStateException("a bundled lexicon is broken: " + e.describe(), e);
    }
  }

  /** As {@code slant score --model NAME} builds it. */
  private static Analyzer build(String bundledModel) {
    try {
      return AnalyzerBuilder.create().lexicons(Lexicons.BUNDLED)
          .model(java.nio.file.Path.of(bundledModel)).build();
    } catch (InputException e) {
      throw new IllegalStateException("a bundled model is broken: " + e.describe(), e);
    }
  }

  /** As the CLI builds it from its default options, so the output lines are the same. */
  private static Analyzer build(boolean model) {
    try {
      return AnalyzerBuilder.create().lexicons(Lexicons.BUNDLED).bundledSentenceModel(model)
          .build();
    } catch (InputException e) {
      throw new IllegalStateException("a bundled model is broken: " + e.describe(), e);
    }
  }
}
