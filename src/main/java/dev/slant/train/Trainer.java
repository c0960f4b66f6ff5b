package dev.slant.train;

import dev.slant.core.InputException;
import dev.slant.detect.ml.FeatureConfig;
import dev.slant.detect.ml.FeatureExtractor;
import dev.slant.detect.ml.FeatureSpace;
import dev.slant.detect.ml.SpanDecoding;
import dev.slant.detect.ml.Task;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * Fits a model on a subset of units: chooses the feature space from those units only (so a test
 * fold's words never shape the dictionary), trains the classifier, and picks the decision
 * threshold, and for token tasks the whole {@link SpanDecoding}, by an inner cross-validation.
 */
public final class Trainer {

  /** Folds of the inner cross-validation that tunes a threshold on training data only. */
  static final int THRESHOLD_FOLDS = 3;

  /**
   * A fitted model.
   *
   * @param decoding the decision threshold, and for token tasks how their spans are made
   */
  public record Fitted(FeatureSpace space, Classifier classifier, SpanDecoding decoding,
      int units) {

    public double threshold() {
      return decoding.threshold();
    }
  }

  private final Task task;
  private final FeatureExtractor extractor;
  private final ClassifierSpec spec;
  private final Double fixedThreshold;

  /**
   * @param fixedThreshold the decision threshold (token spans are then plain runs at it), or null
   *     to tune by inner cross-validation: for the best positive-class F1 of a sentence task, for
   *     the best SemEval span-overlap F1 of a token task's decoded spans
   */
  public Trainer(FeatureExtractor extractor, ClassifierSpec spec, Double fixedThreshold) {
    this.task = extractor.task();
    this.extractor = extractor;
    this.spec = spec;
    this.fixedThreshold = fixedThreshold;
  }

  public ClassifierSpec spec() {
    return spec;
  }

  public Double fixedThreshold() {
    return fixedThreshold;
  }

  public Fitted fit(AnnotatedCorpus corpus, Units units, int[] train) throws InputException {
    SpanDecoding decoding = fixedThreshold != null ? SpanDecoding.plain(fixedThreshold)
        : tune(corpus, units, train);
    FeatureSpace space = space(units, train);
    return new Fitted(space, build(space, units, train), decoding, train.length);
  }

  private FeatureSpace space(Units units, int[] train) {
    FeatureConfig c = extractor.config();
    List<dev.slant.detect.ml.Features> fs = new ArrayList<>(train.length);
    for (int u : train) {
      fs.add(units.features(u));
    }
    return FeatureSpace.fit(task, extractor.denseNames(), fs, c.minCount(), c.maxTerms());
  }

  private Classifier build(FeatureSpace space, Units units, int[] train) throws InputException {
    Instances data = space.newDataset(train.length);
    for (int u : train) {
      data.add(space.vector(units.features(u), units.gold(u), data, true));
    }
    return spec.train(data);
  }

  /** Positive-class probabilities of the given units. */
  public static double[] predict(Fitted f, Units units, int[] test) {
    double[] out = new double[test.length];
    Instances header = f.space().header();
    for (int k = 0; k < test.length; k++) {
      try {
        out[k] = f.classifier()
            .distributionForInstance(f.space().vector(units.features(test[k]), null, header, true))[1];
      } catch (Exception e) {
        throw new IllegalStateException("prediction failed", e);
      }
    }
    return out;
  }

  /**
   * The decoding with the best F1 over out-of-fold probabilities of an inner cross-validation on
   * the training units, grouped like the outer one: positive-class F1 of sentences, span-overlap
   * F1 of token spans.
   */
  private SpanDecoding tune(AnnotatedCorpus corpus, Units units, int[] train) throws InputException {
    boolean[] inTrain = new boolean[corpus.size()];
    for (int u : train) {
      inTrain[units.example(u)] = true;
    }
    List<Integer> exampleIds = new ArrayList<>();
    for (int e = 0; e < inTrain.length; e++) {
      if (inTrain[e]) {
        exampleIds.add(e);
      }
    }
    List<String> groups = new ArrayList<>();
    boolean[] labels = new boolean[exampleIds.size()];
    boolean[] hasPositive = positiveExamples(corpus, units);
    for (int k = 0; k < exampleIds.size(); k++) {
      groups.add(corpus.items().get(exampleIds.get(k)).example().group());
      labels[k] = hasPositive[exampleIds.get(k)];
    }
    int[] fold = Folds.assign(groups, labels, THRESHOLD_FOLDS, spec.seed());
    int[] foldOfExample = new int[corpus.size()];
    Arrays.fill(foldOfExample, -1);
    for (int k = 0; k < exampleIds.size(); k++) {
      foldOfExample[exampleIds.get(k)] = fold[k];
    }
    double[] prob = new double[train.length];
    boolean[] gold = new boolean[train.length];
    for (int f = 0; f < Folds.count(fold); f++) {
      List<Integer> in = new ArrayList<>();
      List<Integer> out = new ArrayList<>();
      for (int k = 0; k < train.length; k++) {
        (foldOfExample[units.example(train[k])] == f ? out : in).add(k);
      }
      int[] innerTrain = in.stream().mapToInt(k -> train[k]).toArray();
      int[] innerTest = out.stream().mapToInt(k -> train[k]).toArray();
      FeatureSpace space = space(units, innerTrain);
      Fitted fitted = new Fitted(space, build(space, units, innerTrain), SpanDecoding.plain(0.5),
          innerTrain.length);
      double[] p = predict(fitted, units, innerTest);
      for (int j = 0; j < out.size(); j++) {
        prob[out.get(j)] = p[j];
        gold[out.get(j)] = units.gold(train[out.get(j)]);
      }
    }
    if (!task.tokenLevel()) {
      return SpanDecoding.plain(bestF1Threshold(prob, gold));
    }
    return DecodingSearch.best(corpus, exampleIds, units, train, prob);
  }

  static boolean[] positiveExamples(AnnotatedCorpus corpus, Units units) {
    boolean[] out = new boolean[corpus.size()];
    for (int u = 0; u < units.size(); u++) {
      out[units.example(u)] |= units.gold(u);
    }
    return out;
  }

  /**
   * The probability cut that maximises F1 of the positive class (predict positive when p ≥ cut),
   * placed halfway between neighbouring probabilities; 0.5 when there are no positives.
   */
  static double bestF1Threshold(double[] prob, boolean[] gold) {
    int positives = 0;
    for (boolean g : gold) {
      positives += g ? 1 : 0;
    }
    if (positives == 0) {
      return 0.5;
    }
    Integer[] order = new Integer[prob.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(prob[b], prob[a]));
    int tp = 0;
    double bestF1 = -1;
    double best = 0.5;
    for (int k = 0; k < order.length; k++) {
      tp += gold[order[k]] ? 1 : 0;
      if (k + 1 < order.length && prob[order[k + 1]] == prob[order[k]]) {
        continue; // a cut cannot separate equal probabilities
      }
      double f1 = 2.0 * tp / (k + 1 + positives);
      if (f1 > bestF1) {
        bestF1 = f1;
        double next = k + 1 < order.length ? prob[order[k + 1]] : 0;
        best = (prob[order[k]] + next) / 2;
      }
    }
    return best;
  }
}
