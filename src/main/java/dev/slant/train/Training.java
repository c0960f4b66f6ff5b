package dev.slant.train;

import dev.slant.SlantVersion;
import dev.slant.core.InputException;
import dev.slant.detect.Detector;
import dev.slant.detect.ml.FeatureConfig;
import dev.slant.detect.ml.FeatureExtractor;
import dev.slant.detect.ml.ModelManifest;
import dev.slant.detect.ml.ModelStore;
import dev.slant.detect.ml.Task;
import dev.slant.detect.ml.TrainedModel;
import dev.slant.lexicon.LexiconSet;
import dev.slant.nlp.Annotator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Train, evaluate and export for one task, configuration and classifier: what the
 * {@code train}, {@code evaluate} and {@code export-arff} commands call.
 *
 * @param task what to predict
 * @param features extraction settings
 * @param classifier Weka classifier, options and seed
 * @param threshold fixed decision threshold, or null to tune it on training data
 * @param lexicons lexicons for lexicon features and for the detectors
 * @param detectors rule detectors whose findings become features
 * @param threads annotation threads
 */
public record Training(Task task, FeatureConfig features, ClassifierSpec classifier,
    Double threshold, LexiconSet lexicons, List<Detector> detectors, int threads) {

  public Training {
    detectors = List.copyOf(detectors);
  }

  /** The threshold a task uses unless told otherwise: tuned for token tasks, 0.5 for sentences. */
  public static Double defaultThreshold(Task task) {
    return task.tokenLevel() ? null : 0.5;
  }

  /**
   * The classifier a task uses unless told otherwise. Token tasks: L2-regularised logistic
   * regression from LIBLINEAR, which is fast on sparse vectors and gives probabilities (Weka's own
   * Logistic densifies its data and does not fit in memory for token tasks). Sentences: the
   * average of that logistic regression's and multinomial naive Bayes's probabilities, a
   * discriminative and a generative model whose errors differ on short texts; on BABE it beats
   * either alone, and by more when whole outlets are held out (README, "Measured against the
   * targets"). {@code -W "1 1"} states the default class weights; without it the wrapper prints a
   * notice on standard output.
   */
  public static ClassifierSpec defaultClassifier(Task task, long seed) {
    if (task.tokenLevel()) {
      return new ClassifierSpec(LIBLINEAR, "-S 0 -C 1 -P -W \"1 1\"", seed);
    }
    return new ClassifierSpec("weka.classifiers.meta.Vote", "-R AVG -B \"" + LIBLINEAR
        + " -S 0 -C 0.1 -Z -P -W \\\"1 1\\\"\" -B " + NAIVE_BAYES, seed);
  }

  /**
   * The classifier for these features unless told otherwise: {@link #defaultClassifier(Task,
   * long)}, except with a sentence encoder, whose vectors have negative components that naive
   * Bayes cannot take: then LIBLINEAR's logistic regression alone, every attribute scaled to
   * [0, 1] ({@code -Z}), as measured best on BABE (docs/sentence-encoder.md).
   */
  public static ClassifierSpec defaultClassifier(Task task, FeatureConfig features, long seed) {
    if (features.encoder() != null) {
      return new ClassifierSpec(LIBLINEAR, ENCODER_OPTIONS, seed);
    }
    return defaultClassifier(task, seed);
  }

  static final String ENCODER_OPTIONS = "-S 0 -C 0.1 -Z -P -W \"1 1\"";

  private static final String LIBLINEAR = "weka.classifiers.functions.LibLINEAR";
  private static final String NAIVE_BAYES = "weka.classifiers.bayes.NaiveBayesMultinomial";

  public FeatureExtractor extractor() {
    return new FeatureExtractor(task, features, lexicons);
  }

  /** Environment variable naming a folder where sentence vectors are kept between runs. */
  public static final String VECTOR_CACHE_ENV = "SLANT_ENCODER_CACHE";

  /**
   * The folder of the {@link dev.slant.encode.VectorCache} that training and evaluation with a
   * sentence encoder use, from {@value #VECTOR_CACHE_ENV}; null (no cache) when unset.
   */
  static Path vectorCache() {
    String dir = System.getenv(VECTOR_CACHE_ENV);
    return dir == null || dir.isBlank() ? null : Path.of(dir);
  }

  /**
   * The sentence encoder's version for a manifest, or null when the features use none.
   *
   * @throws InputException if the encoder cannot be loaded
   */
  String encoderVersion() throws InputException {
    if (features.encoder() == null) {
      return null;
    }
    try {
      return dev.slant.encode.Encoders.get(features.encoder()).version();
    } catch (dev.slant.encode.EncoderException e) {
      throw new InputException(features.encoder(), e.getMessage(), e);
    }
  }

  /** Annotates a corpus the way these features need (lemmas, findings). */
  public AnnotatedCorpus annotate(Corpus corpus) {
    Annotator annotator = features.lemmas() ? Annotator.withLemmas() : Annotator.standard();
    return AnnotatedCorpus.annotate(corpus, annotator,
        features.findings() ? detectors : List.of(), threads);
  }

  /** Trains on the whole corpus and writes the model file; returns its manifest. */
  public ModelManifest train(Corpus corpus, Path out) throws InputException {
    AnnotatedCorpus annotated = annotate(corpus);
    FeatureExtractor extractor = extractor();
    Units units = Units.extract(annotated, extractor, threads, vectorCache());
    int[] all = new int[units.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    Trainer.Fitted fitted = new Trainer(extractor, classifier, threshold)
        .fit(annotated, units, all);
    ModelManifest manifest = manifest(fitted, corpus.files(), corpus.examples().size(),
        lexiconVersions(), detectorNames());
    write(manifest, fitted, out);
    return manifest;
  }

  ModelManifest manifest(Trainer.Fitted fitted, List<ModelManifest.DataFile> files,
      int examples, Map<String, String> lexiconVersions, List<String> detectorNames)
      throws InputException {
    return new ModelManifest(1, task.id(), SlantVersion.get(), FeatureConfig.FEATURE_SET,
        features, fitted.space().sha256(), fitted.space().names(), task.classValues(),
        lexiconVersions, detectorNames, classifier.className(), classifier.effectiveOptions(),
        classifier.seed(), fitted.threshold(),
        task.tokenLevel() ? fitted.decoding() : null, files, examples, fitted.units(), null,
        encoderVersion());
  }

  Map<String, String> lexiconVersions() {
    return features.lexicons() || features.findings() ? lexicons.versions() : Map.of();
  }

  List<String> detectorNames() {
    return features.findings() ? TrainedModel.detectorNames(detectors) : List.of();
  }

  static void write(ModelManifest manifest, Trainer.Fitted fitted, Path out)
      throws InputException {
    try {
      ModelStore.write(manifest, fitted.classifier(), out);
    } catch (IOException e) {
      throw new InputException(out.toString(), "cannot write model: " + e.getMessage(), e);
    }
  }

  /** Cross-validates on one corpus. */
  public EvaluationReport crossValidate(Corpus corpus, int folds, Evaluator.GroupBy groupBy,
      java.util.function.IntConsumer progress) throws InputException {
    AnnotatedCorpus annotated = annotate(corpus);
    FeatureExtractor extractor = extractor();
    Units units = Units.extract(annotated, extractor, threads, vectorCache());
    return new Evaluator(task, new Trainer(extractor, classifier, threshold), features)
        .onFold(progress).crossValidate(annotated, units, folds, groupBy, corpus.notes());
  }

  /** Trains on one corpus and evaluates on another. */
  public EvaluationReport heldOut(Corpus train, Corpus test) throws InputException {
    FeatureExtractor extractor = extractor();
    AnnotatedCorpus a = annotate(train);
    AnnotatedCorpus b = annotate(test);
    List<String> notes = new java.util.ArrayList<>(train.notes());
    notes.addAll(test.notes());
    return new Evaluator(task, new Trainer(extractor, classifier, threshold), features)
        .heldOut(a, Units.extract(a, extractor, threads, vectorCache()), b,
            Units.extract(b, extractor, threads, vectorCache()), notes);
  }

  /** Trains on an ARFF file from {@code export-arff} and writes the model. */
  public static ModelManifest trainArff(Training setup, Path arff, Path out)
      throws InputException {
    return ArffData.train(setup, arff, out);
  }

  /** Cross-validates on an ARFF file by instance (it has no groups). */
  public static EvaluationReport crossValidateArff(Training setup, Path arff, int folds)
      throws InputException {
    return ArffData.crossValidate(setup, arff, folds);
  }

  /** Writes the corpus's feature vectors as ARFF, in a feature space fitted on all of it. */
  public int exportArff(Corpus corpus, Path out) throws InputException {
    AnnotatedCorpus annotated = annotate(corpus);
    FeatureExtractor extractor = extractor();
    Units units = Units.extract(annotated, extractor, threads, vectorCache());
    ArffData.write(out, task, features, lexiconVersions(), detectorNames(), units);
    return units.size();
  }
}
