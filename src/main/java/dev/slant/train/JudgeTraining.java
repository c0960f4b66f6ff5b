package dev.slant.train;

import dev.slant.SlantVersion;
import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Finding;
import dev.slant.core.InputException;
import dev.slant.detect.Detector;
import dev.slant.detect.Detectors;
import dev.slant.detect.judge.CandidateFeatures;
import dev.slant.detect.ml.FeatureConfig;
import dev.slant.detect.ml.FeatureSpace;
import dev.slant.detect.ml.Features;
import dev.slant.detect.ml.ModelManifest;
import dev.slant.detect.ml.ModelStore;
import dev.slant.detect.ml.Task;
import dev.slant.detect.ml.TrainedModel;
import dev.slant.evaluate.RealNewsCorpus;
import dev.slant.lexicon.LexiconSet;
import dev.slant.nlp.Annotator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * Trains a judge ({@link Task#JUDGE}) from span-annotated real news: every finding of the rule
 * detectors on the development split is a training unit, right when it overlaps a span a reader
 * marked with the same type (the two-reader rule of {@code slant check --realnews}). The test split
 * is never read.
 */
public final class JudgeTraining {

  /** Ridge logistic regression: few, dense features, and probabilities that mean something. */
  public static final String CLASSIFIER = "weka.classifiers.functions.Logistic";

  public static final String OPTIONS = "-R 1.0 -M -1";

  private static final double THRESHOLD = 0.5;

  private final LexiconSet lexicons;
  private final List<Detector> rules;

  public JudgeTraining(LexiconSet lexicons) throws InputException {
    this.lexicons = lexicons;
    this.rules = Detectors.standard(lexicons);
  }

  /** The training units of some annotated articles, features and labels in finding order. */
  public record Units(List<Features> features, List<Boolean> right, int articles) {}

  /** Runs the rules over each article and labels their findings. */
  public Units units(List<RealNewsCorpus.Article> articles) {
    Annotator annotator = Annotator.standard();
    List<Features> features = new ArrayList<>();
    List<Boolean> right = new ArrayList<>();
    for (RealNewsCorpus.Article a : articles) {
      AnnotatedDocument doc = annotator.annotate(a.toGoldDocument().toDocument());
      List<Finding> found = Detectors.detectAll(rules, doc);
      features.addAll(CandidateFeatures.of(doc, found));
      for (Finding f : found) {
        right.add(a.acceptable(f.type()).stream().anyMatch(s -> s.overlaps(f.span())));
      }
    }
    return new Units(features, right, articles.size());
  }

  /** A fitted judge classifier over {@code units} in the judge's fixed feature space. */
  public static Classifier fit(Units units) throws InputException {
    FeatureSpace space = FeatureSpace.of(Task.JUDGE, CandidateFeatures.NAMES);
    Instances data = space.newDataset(units.features().size());
    for (int i = 0; i < units.features().size(); i++) {
      data.add(space.vector(units.features().get(i), units.right().get(i), data, false));
    }
    return spec().train(data);
  }

  /** The judge's classifier with its options and seed. */
  public static ClassifierSpec spec() {
    return new ClassifierSpec(CLASSIFIER, OPTIONS, 1);
  }

  /**
   * Trains on the development split of {@code gold} (texts from {@code articles}) and writes the
   * model file; returns its manifest.
   */
  public ModelManifest train(Path gold, Path articles, Path out) throws InputException {
    Units units = units(RealNewsCorpus.read(gold, articles, RealNewsCorpus.Split.DEV));
    Classifier classifier = fit(units);
    FeatureSpace space = FeatureSpace.of(Task.JUDGE, CandidateFeatures.NAMES);
    List<ModelManifest.DataFile> files = List.of(
        new ModelManifest.DataFile(gold.getFileName().toString(), "realnews",
            Corpora.sha256(gold)),
        new ModelManifest.DataFile(articles.getFileName().toString(), "jsonl",
            Corpora.sha256(articles)));
    ModelManifest manifest = new ModelManifest(1, Task.JUDGE.id(), SlantVersion.get(),
        FeatureConfig.FEATURE_SET, FeatureConfig.defaults(Task.JUDGE).withLexicons(false)
            .withFindings(true).withMaxTerms(0),
        space.sha256(), space.names(), Task.JUDGE.classValues(), lexicons.versions(),
        TrainedModel.detectorNames(rules), CLASSIFIER, spec().effectiveOptions(), 1, THRESHOLD,
        null, files, units.articles(), units.features().size(), null);
    try {
      ModelStore.write(manifest, classifier, out);
    } catch (IOException e) {
      throw new InputException(out.toString(), "cannot write model: " + e.getMessage(), e);
    }
    return manifest;
  }
}
