package dev.slant.detect.ml;

import dev.slant.core.InputException;
import dev.slant.detect.Detector;
import dev.slant.lexicon.LexiconSet;
import java.util.List;
import java.util.Map;
import weka.classifiers.Classifier;
import weka.core.Instance;

/**
 * A checked, loaded model: manifest, feature space and classifier. A LIBLINEAR logistic regression
 * (the bundled token models), a multinomial naive Bayes and a {@code Vote} averaging such members
 * (the bundled sentence model) are compiled into a {@link CompiledClassifier} that gives the same
 * probabilities without Weka's per-call work. Other classifiers predict through Weka. Thread-safe:
 * Weka classifiers keep scratch state while predicting, so each thread predicts with its own copy,
 * deserialised from the already verified payload through the same allowlist.
 */
public final class TrainedModel {

  private final String origin;
  private final ModelManifest manifest;
  private final Task task;
  private final FeatureSpace space;
  private final byte[] payload;
  private final ThreadLocal<Classifier> classifiers;
  private final CompiledClassifier compiled;

  TrainedModel(String origin, ModelManifest manifest, byte[] payload, Classifier first) {
    this.origin = origin;
    this.manifest = manifest;
    this.task = Task.fromId(manifest.task()).orElseThrow();
    this.space = FeatureSpace.of(task, manifest.attributes());
    this.payload = payload;
    this.compiled = CompiledClassifier.compile(first, space).orElse(null);
    Classifier[] firstOnce = {compiled == null ? first : null};
    this.classifiers = ThreadLocal.withInitial(() -> {
      synchronized (firstOnce) {
        if (firstOnce[0] != null) {
          Classifier c = firstOnce[0];
          firstOnce[0] = null;
          return c;
        }
      }
      try {
        return ModelStore.deserialise(origin, this.payload);
      } catch (InputException e) {
        throw new IllegalStateException("verified payload failed to deserialise again", e);
      }
    });
  }

  /** Where the model was loaded from, for messages. */
  public String origin() {
    return origin;
  }

  public ModelManifest manifest() {
    return manifest;
  }

  public Task task() {
    return task;
  }

  public FeatureSpace space() {
    return space;
  }

  public double threshold() {
    return manifest.threshold();
  }

  /**
   * How a token model's probabilities become spans; a manifest from before decodings were
   * recorded joins runs of tokens at its threshold.
   */
  public SpanDecoding decoding() {
    return manifest.decoding() != null ? manifest.decoding()
        : SpanDecoding.plain(manifest.threshold());
  }

  public boolean needsLemmas() {
    return manifest.features().lemmas();
  }

  /**
   * The feature extractor this model was trained with, after checking that the running slant
   * extracts the same features: same feature-set version, same dense attributes, and, when the
   * features used them, the same lexicon versions and rule detectors.
   *
   * @param detectors the rule detectors whose findings will be passed to the extractor
   */
  public FeatureExtractor extractor(LexiconSet lexicons, List<? extends Detector> detectors)
      throws InputException {
    FeatureConfig config = manifest.features();
    if (!FeatureConfig.FEATURE_SET.equals(manifest.featureSet())) {
      throw new InputException(origin, "model was trained on feature set '"
          + manifest.featureSet() + "' but this slant extracts '" + FeatureConfig.FEATURE_SET
          + "'; retrain it with this version");
    }
    if (config.lexicons() || config.findings()) {
      Map<String, String> now = lexicons.versions();
      if (!now.equals(manifest.lexicons())) {
        throw new InputException(origin, "model was trained with lexicon versions "
            + manifest.lexicons() + " but the lexicons in use are " + now
            + "; retrain it or use the lexicons it was trained with");
      }
    }
    if (config.findings()) {
      List<String> names = detectorNames(detectors);
      if (!names.equals(manifest.detectors())) {
        throw new InputException(origin, "model was trained on findings of the detectors "
            + manifest.detectors() + " but the detectors in use are " + names);
      }
    }
    FeatureExtractor extractor = new FeatureExtractor(task, config, lexicons);
    if (extractor.usesEncoder()) {
      String running;
      try {
        running = extractor.encoder().version();
      } catch (dev.slant.encode.EncoderException e) {
        throw new InputException(origin, "this model needs the sentence encoder "
            + config.encoder() + ", which cannot be loaded: " + e.getMessage(), e);
      }
      if (!running.equals(manifest.encoder())) {
        throw new InputException(origin, "model was trained with the sentence encoder "
            + manifest.encoder() + " but this slant has " + running + "; retrain it");
      }
    }
    List<String> dense = extractor.denseNames();
    if (manifest.attributes().size() < dense.size()
        || !manifest.attributes().subList(0, dense.size()).equals(dense)) {
      throw new InputException(origin, "model attributes do not match this slant's features;"
          + " retrain it with this version");
    }
    return extractor;
  }

  /** Detector class names as recorded in manifests. */
  public static List<String> detectorNames(List<? extends Detector> detectors) {
    return detectors.stream().map(d -> d.getClass().getName()).sorted().toList();
  }

  /** The model's probability that a unit with these features is positive. */
  public double probability(Features features) {
    FeatureSpace.SparseVector x = space.sparse(features);
    double[] distribution = compiled == null ? null : compiled.distribution(x);
    return distribution == null ? wekaProbability(x) : distribution[1];
  }

  /** True when predictions skip Weka (see {@link CompiledClassifier}). */
  boolean compiled() {
    return compiled != null;
  }

  /** The probability as Weka's classifier computes it, whether or not the model is compiled. */
  double wekaProbability(Features features) {
    return wekaProbability(space.sparse(features));
  }

  private double wekaProbability(FeatureSpace.SparseVector x) {
    Instance inst = space.instance(x, null, space.header(), true);
    try {
      return classifiers.get().distributionForInstance(inst)[1];
    } catch (Exception e) {
      throw new IllegalStateException("the " + manifest.classifier() + " model failed to predict", e);
    }
  }
}
