package dev.slant.cli;

import dev.slant.core.InputException;
import dev.slant.detect.Detectors;
import dev.slant.detect.ml.FeatureConfig;
import dev.slant.detect.ml.Task;
import dev.slant.lexicon.LexiconSet;
import dev.slant.train.ClassifierSpec;
import dev.slant.train.Corpora;
import dev.slant.train.Corpus;
import dev.slant.train.CorpusFormat;
import dev.slant.train.Training;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Options shared by {@code train}, {@code evaluate} and {@code export-arff}. An option value that
 * cannot be used (an unknown task or format, a classifier Weka does not have, a threshold outside
 * (0, 1)) is a usage error, exit code 2; problems with the data files are input errors, exit 3.
 */
final class TrainingOptions {

  @Spec(Spec.Target.MIXEE) CommandSpec command;

  @Option(names = "--task", required = true, paramLabel = "TASK",
      description = "sentence (biased or not), loaded (loaded-word tokens) or hedge (hedge and"
          + " weasel cue tokens)")
  String task;

  @Option(names = "--data", required = true, arity = "1..*", paramLabel = "FILE",
      description = "Training data: files, or the folder of a corpus (ptc)")
  List<Path> data;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "csv (text,label), jsonl (span-annotated), arff (from export-arff), babe,"
          + " mbic, ptc or szeged")
  String format;

  @Option(names = "--technique", paramLabel = "NAME",
      description = "With --format ptc: the technique whose spans are positive, repeatable, or"
          + " all for every technique (default: Loaded_Language)")
  List<String> techniques = new ArrayList<>();

  @Option(names = "--classifier", paramLabel = "CLASS",
      description = "Weka classifier class, e.g. Logistic, SMO, NaiveBayesMultinomial,"
          + " RandomForest, J48, SGD, LibLINEAR or a full class name (default: LibLINEAR"
          + " logistic regression for token tasks; for sentences, Vote averaging it with"
          + " NaiveBayesMultinomial; with --encoder, LibLINEAR logistic regression on"
          + " [0, 1]-scaled attributes)")
  String classifier;

  @Option(names = "--options", paramLabel = "OPTIONS",
      description = "Weka options for the classifier, quoted as one argument")
  String options;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: 1)")
  long seed;

  @Option(names = "--threshold", paramLabel = "P|auto",
      description = "Decision threshold on the positive-class probability, or auto to tune it"
          + " on the training data (default: 0.5 for sentence, auto for token tasks)")
  String threshold;

  @Option(names = "--ngrams", paramLabel = "N", description = "Longest word n-gram (sentence)")
  Integer ngrams;

  @Option(names = "--window", paramLabel = "N", description = "Neighbour tokens each side (token"
      + " tasks)")
  Integer window;

  @Option(names = "--min-count", paramLabel = "N",
      description = "Keep a sparse attribute only if at least N training units have it")
  Integer minCount;

  @Option(names = "--max-terms", paramLabel = "N",
      description = "At most N sparse attributes (n-grams, word identities), most frequent first")
  Integer maxTerms;

  @Option(names = "--style-features", negatable = true, defaultValue = "true",
      fallbackValue = "true", description = "Length, punctuation, capitals, quotations, POS mix"
          + " and closed word classes (default: on); --no-style-features --no-lexicon-features"
          + " --no-finding-features leaves a plain bag of words")
  boolean styleFeatures;

  @Option(names = "--lexicon-features", negatable = true, defaultValue = "true",
      fallbackValue = "true", description = "Lexicon match counts and weights (default: on)")
  boolean lexiconFeatures;

  @Option(names = "--finding-features", negatable = true, defaultValue = "true",
      fallbackValue = "true", description = "Rule detector finding counts (default: on)")
  boolean findingFeatures;

  @Option(names = "--encoder", paramLabel = "NAME",
      description = "Sentence task: add this sentence encoder's vector of each sentence as dense"
          + " attributes beside the others (e5-small-v2-q, int8 e5-small-v2). Vectors are kept"
          + " between runs in the folder named by SLANT_ENCODER_CACHE, if set.")
  String encoder;

  @Option(names = "--lemmas", negatable = true, fallbackValue = "true",
      description = "Lemma attributes (default: on for token tasks)")
  Boolean lemmas;

  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "Extra lexicon file overriding a bundled one, e.g. loaded_adjectives.mine.tsv")
  List<Path> lexicons = new ArrayList<>();

  @Option(names = "--threads", defaultValue = "2", description = "Annotation threads (default: 2)")
  int threads;

  /** A usage error (exit code 2) about {@code option}, reported like picocli's own. */
  ParameterException usage(String option, String message) {
    return new ParameterException(command.commandLine(), option + ": " + message);
  }

  Task task() {
    return Task.fromId(task.toLowerCase(Locale.ROOT)).filter(Task::trainable)
        .orElseThrow(() -> usage("--task", "unknown task '" + task
            + "' (use sentence, loaded or hedge)"));
  }

  CorpusFormat format() {
    CorpusFormat f = CorpusFormat.fromId(format.toLowerCase(Locale.ROOT)).orElseThrow(() ->
        usage("--format", "unknown format '" + format
            + "' (use csv, jsonl, arff, babe, mbic, ptc or szeged)"));
    if (!techniques.isEmpty() && f != CorpusFormat.PTC) {
      throw usage("--technique", "only with --format ptc");
    }
    return f;
  }

  /** Reads {@code paths} in the chosen format, with the chosen PTC techniques. */
  Corpus read(List<Path> paths) throws InputException {
    CorpusFormat f = format();
    Set<String> chosen = techniques.isEmpty() ? Corpora.DEFAULT_PTC_TECHNIQUES
        : techniques.stream().anyMatch(t -> t.equalsIgnoreCase("all")) ? Set.of()
        : Set.copyOf(techniques);
    return Corpora.read(f, task(), paths, chosen);
  }

  FeatureConfig features(Task t) {
    FeatureConfig c = FeatureConfig.defaults(t);
    try {
      if (ngrams != null) {
        c = c.withNgrams(ngrams);
      }
      if (window != null) {
        c = c.withWindow(window);
      }
      if (minCount != null) {
        c = c.withMinCount(minCount);
      }
      if (maxTerms != null) {
        c = c.withMaxTerms(maxTerms);
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command.commandLine(), e.getMessage());
    }
    c = c.withStyle(styleFeatures).withLexicons(lexiconFeatures).withFindings(findingFeatures);
    if (encoder != null) {
      if (t.tokenLevel()) {
        throw usage("--encoder", "sentence encoder features are for the sentence task only");
      }
      try {
        c = c.withEncoder(encoder.toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw usage("--encoder", e.getMessage());
      }
    }
    if (lemmas != null) {
      c = c.withLemmas(lemmas);
    }
    return c;
  }

  Double threshold(Task t) {
    if (threshold == null) {
      return Training.defaultThreshold(t);
    }
    if (threshold.equalsIgnoreCase("auto")) {
      return null;
    }
    try {
      double d = Double.parseDouble(threshold);
      if (d > 0 && d < 1) {
        return d;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw usage("--threshold", "expected a probability in (0, 1) or auto, got '"
        + threshold + "'");
  }

  Training training() throws InputException {
    Task t = task();
    if (threads < 1) {
      throw usage("--threads", "must be at least 1");
    }
    ClassifierSpec spec;
    try {
      spec = classifier == null ? Training.defaultClassifier(t, features(t), seed)
          : ClassifierSpec.of(classifier, options, seed);
      if (classifier == null && options != null) {
        spec = new ClassifierSpec(spec.className(), options, seed);
      }
      spec.create(); // an unknown class or options Weka rejects: before any data is read
    } catch (InputException e) {
      throw new ParameterException(command.commandLine(), e.describe());
    }
    LexiconSet lexiconSet = LexiconSet.withOverrides(lexicons);
    return new Training(t, features(t), spec, threshold(t), lexiconSet,
        Detectors.standard(lexiconSet), threads);
  }
}
