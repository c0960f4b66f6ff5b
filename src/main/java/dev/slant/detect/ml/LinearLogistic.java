package dev.slant.detect.ml;

import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.SolverType;
import java.util.Arrays;
import java.util.Optional;
import weka.classifiers.Classifier;
import weka.classifiers.functions.LibLINEAR;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Normalize;

/**
 * A LIBLINEAR logistic-regression model read out of Weka's wrapper once, at load time, so that a
 * unit costs one pass over its non-zero features. Through Weka every prediction runs the wrapper's
 * filters, and with {@code -Z} its min-max {@code Normalize} copies the vector into a dense array
 * of the whole feature space (10,000 attributes for a sentence).
 *
 * <p>It repeats the wrapper's arithmetic step for step, so its probabilities are the wrapper's to
 * the last bit: each value normalised as {@code (x - min) / (max - min) * scale + translation},
 * zeros skipped, products added in attribute order starting from 0, then the bias feature, the
 * logistic, and LIBLINEAR's label order. Normalising moves a zero to {@code -min / (max - min)},
 * which is not zero for the few attributes whose training minimum is not zero; those terms are
 * precomputed and merged in at their place in the order. Immutable and thread-safe.
 */
final class LinearLogistic implements CompiledClassifier {

  /** Per feature attribute; 0 where LIBLINEAR has no weight or Normalize always gives 0. */
  private final double[] weights;
  /** Normalize's minimum per attribute and {@code max - min}; null without normalisation. */
  private final double[] min;
  private final double[] range;
  private final double scale;
  private final double translation;
  /** Attributes whose value 0 normalises to a non-zero value, ascending, and their terms. */
  private final int[] implicitIndex;
  private final double[] implicitTerm;
  /** The bias feature's term, added last; absent when LIBLINEAR was trained without a bias. */
  private final boolean hasBias;
  private final double biasTerm;
  /** Whether LIBLINEAR's first label, the class its decision value speaks for, is positive. */
  private final boolean positiveFirst;

  private LinearLogistic(double[] weights, Normalize normalize, boolean hasBias, double biasTerm,
      boolean positiveFirst) {
    this.weights = weights;
    this.hasBias = hasBias;
    this.biasTerm = biasTerm;
    this.positiveFirst = positiveFirst;
    if (normalize == null) {
      min = null;
      range = null;
      scale = 1;
      translation = 0;
      implicitIndex = new int[0];
      implicitTerm = new double[0];
      return;
    }
    int n = weights.length;
    double[] lo = normalize.getMinArray();
    double[] hi = normalize.getMaxArray();
    min = Arrays.copyOf(lo, n);
    range = new double[n];
    scale = normalize.getScale();
    translation = normalize.getTranslation();
    int[] idx = new int[n];
    double[] term = new double[n];
    int k = 0;
    for (int j = 0; j < n; j++) {
      if (Double.isNaN(lo[j]) || hi[j] == lo[j]) {
        weights[j] = 0; // Normalize maps every value of a constant attribute to 0
        continue;
      }
      range[j] = hi[j] - lo[j];
      double zero = normalised(0.0, j);
      if (zero != 0 && weights[j] != 0) {
        idx[k] = j;
        term[k] = weights[j] * zero;
        k++;
      }
    }
    implicitIndex = Arrays.copyOf(idx, k);
    implicitTerm = Arrays.copyOf(term, k);
  }

  /**
   * The compiled form of {@code classifier}, when it is a LIBLINEAR logistic regression with
   * probability estimates over this space's numeric attributes and the two classes; otherwise
   * empty, and the caller keeps predicting through Weka.
   */
  static Optional<LinearLogistic> compile(Classifier classifier, FeatureSpace space) {
    if (!(classifier instanceof LibLINEAR wrapper) || !wrapper.getProbabilityEstimates()) {
      return Optional.empty();
    }
    Model model = wrapper.getModel();
    if (model == null || !model.getSolverType().isLogisticRegressionSolver()
        || model.getSolverType() == SolverType.MCSVM_CS || model.getNrClass() != 2) {
      return Optional.empty();
    }
    int[] labels = model.getLabels();
    if (!(labels[0] == 1 && labels[1] == 0) && !(labels[0] == 0 && labels[1] == 1)) {
      return Optional.empty();
    }
    Object filter;
    try {
      filter = CompiledClassifier.field(LibLINEAR.class, wrapper, "m_Filter");
      if (!unchangedBy(CompiledClassifier.field(LibLINEAR.class, wrapper,
          "m_NominalToBinary"), space)) {
        return Optional.empty();
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty(); // another version of the wrapper: stay with Weka
    }
    Normalize normalize = null;
    if (filter != null) {
      if (!(filter instanceof Normalize z) || z.getMinArray() == null
          || z.getMinArray().length < space.names().size()) {
        return Optional.empty();
      }
      normalize = z;
    }
    int features = space.names().size();
    // LIBLINEAR numbers features from 1 and ignores those beyond its n; Weka passes attribute j as
    // feature j + 1 and the bias as feature numAttributes + 1, the class attribute included.
    double[] w = model.getFeatureWeights();
    int n = model.getBias() >= 0 ? model.getNrFeature() + 1 : model.getNrFeature();
    double[] weights = new double[features];
    for (int j = 0; j < features && j + 1 <= n; j++) {
      weights[j] = w[j];
    }
    int biasFeature = features + 2;
    boolean hasBias = wrapper.getBias() >= 0 && biasFeature <= n;
    double biasTerm = hasBias ? w[biasFeature - 1] * wrapper.getBias() : 0;
    return Optional.of(new LinearLogistic(weights, normalize, hasBias, biasTerm, labels[0] == 1));
  }

  /**
   * The positive-class probability of a unit, or NaN when it has a missing (NaN) value, which
   * only the wrapper's ReplaceMissingValues knows how to fill.
   */
  double probability(FeatureSpace.SparseVector x) {
    double first = firstLabelProbability(x);
    return positiveFirst ? first : 1. - first;
  }

  /**
   * Both class probabilities as the wrapper files them: LIBLINEAR computes its first label's and
   * gives the second {@code 1 - first}, so the negative class is not always {@code 1 - positive}
   * to the last bit. Null for a unit with a missing value.
   */
  @Override
  public double[] distribution(FeatureSpace.SparseVector x) {
    double first = firstLabelProbability(x);
    if (Double.isNaN(first)) {
      return null;
    }
    return positiveFirst ? new double[] {1. - first, first} : new double[] {first, 1. - first};
  }

  /** LIBLINEAR's logistic of the decision value, the probability of its first label; or NaN. */
  private double firstLabelProbability(FeatureSpace.SparseVector x) {
    int[] idx = x.indices();
    double[] val = x.values();
    double sum = 0;
    int k = 0;
    for (int i = 0; i < x.size(); i++) {
      int j = idx[i];
      while (k < implicitIndex.length && implicitIndex[k] < j) {
        sum += implicitTerm[k++];
      }
      if (k < implicitIndex.length && implicitIndex[k] == j) {
        k++; // this unit's own value replaces the normalised zero
      }
      if (Double.isNaN(val[i])) {
        return Double.NaN;
      }
      if (weights[j] == 0) {
        continue;
      }
      double v = min == null ? val[i] : normalised(val[i], j);
      if (v != 0) {
        sum += weights[j] * v;
      }
    }
    while (k < implicitIndex.length) {
      sum += implicitTerm[k++];
    }
    if (hasBias) {
      sum += biasTerm;
    }
    return 1 / (1 + Math.exp(-sum));
  }

  /** Exactly Weka's Normalize expression, so that the result is the same double. */
  private double normalised(double x, int j) {
    return (x - min[j]) / range[j] * scale + translation;
  }

  /**
   * True if the wrapper's other filters, ReplaceMissingValues and NominalToBinary, pass this
   * space's vectors through unchanged (missing values aside): every feature attribute numeric, in
   * the space's order, the class last.
   */
  private static boolean unchangedBy(Object nominalToBinary, FeatureSpace space) {
    if (!(nominalToBinary instanceof Filter toBinary)) {
      return false;
    }
    Instances out = toBinary.getOutputFormat();
    Instances header = space.header();
    if (out.numAttributes() != header.numAttributes()
        || out.classIndex() != header.classIndex()) {
      return false;
    }
    for (int j = 0; j < space.names().size(); j++) {
      if (!out.attribute(j).isNumeric() || !out.attribute(j).name().equals(space.names().get(j))) {
        return false;
      }
    }
    return true;
  }
}
