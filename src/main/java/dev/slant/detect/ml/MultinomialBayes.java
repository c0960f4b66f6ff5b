package dev.slant.detect.ml;

import java.util.Optional;
import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayesMultinomial;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Weka's multinomial naive Bayes read out of the trained classifier: its log word probabilities
 * per class and its class priors. Weka's own prediction already walks only the stored values of a
 * sparse instance; this skips building the instance.
 *
 * <p>It repeats {@code NaiveBayesMultinomial.distributionForInstance} of Weka 3.8 step for step,
 * so its probabilities are Weka's to the last bit: per class, the sum from 0 of value times log
 * word probability over the unit's values in attribute order (the class attribute is never among
 * them); the largest of those log likelihoods (the first on a tie) subtracted from each before
 * {@code Math.exp}; times the prior; divided by their sum. Weka neither skips missing nor
 * negative values here: a missing value makes every sum NaN and Weka refuses to normalise, so
 * such a unit is left to Weka. Immutable and thread-safe.
 */
final class MultinomialBayes implements CompiledClassifier {

  /** Per class, per attribute: the log probability of a word (a feature count) in the class. */
  private final double[][] logWordGivenClass;
  private final double[] prior;

  private MultinomialBayes(double[][] logWordGivenClass, double[] prior) {
    this.logWordGivenClass = logWordGivenClass;
    this.prior = prior;
  }

  /**
   * The compiled form of {@code classifier}, when it is Weka's multinomial naive Bayes trained on
   * this space's attributes with the two classes; otherwise empty.
   */
  static Optional<MultinomialBayes> compile(Classifier classifier, FeatureSpace space) {
    // Exactly this class: a subclass (the updateable one) may predict differently.
    if (classifier == null || classifier.getClass() != NaiveBayesMultinomial.class) {
      return Optional.empty();
    }
    Object words;
    Object priors;
    Object header;
    try {
      words = CompiledClassifier.field(NaiveBayesMultinomial.class, classifier,
          "m_probOfWordGivenClass");
      priors = CompiledClassifier.field(NaiveBayesMultinomial.class, classifier, "m_probOfClass");
      header = CompiledClassifier.field(NaiveBayesMultinomial.class, classifier, "m_headerInfo");
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty(); // another version of Weka: stay with it
    }
    if (!(words instanceof double[][] logs) || !(priors instanceof double[] p)
        || !(header instanceof Instances trained) || !sameAttributes(trained, space)
        || logs.length != 2 || p.length != 2) {
      return Optional.empty();
    }
    int attributes = space.header().numAttributes();
    double[][] copy = new double[2][];
    for (int c = 0; c < 2; c++) {
      if (logs[c] == null || logs[c].length != attributes) {
        return Optional.empty();
      }
      copy[c] = logs[c].clone();
    }
    return Optional.of(new MultinomialBayes(copy, p.clone()));
  }

  @Override
  public double[] distribution(FeatureSpace.SparseVector x) {
    int[] idx = x.indices();
    double[] val = x.values();
    double[] logLikelihood = new double[prior.length];
    for (int c = 0; c < prior.length; c++) {
      double[] logWord = logWordGivenClass[c];
      double sum = 0;
      for (int i = 0; i < x.size(); i++) {
        sum += val[i] * logWord[idx[i]];
      }
      logLikelihood[c] = sum;
    }
    double max = logLikelihood[Utils.maxIndex(logLikelihood)];
    double[] p = new double[prior.length];
    for (int c = 0; c < prior.length; c++) {
      p[c] = Math.exp(logLikelihood[c] - max) * prior[c];
    }
    double total = Utils.sum(p);
    if (Double.isNaN(total) || total == 0) {
      return null; // Weka's normalize throws here; let it say so
    }
    Utils.normalize(p, total);
    return p;
  }

  /** True if the classifier was trained on this space's attributes, in order, the class last. */
  private static boolean sameAttributes(Instances trained, FeatureSpace space) {
    Instances header = space.header();
    if (trained.numAttributes() != header.numAttributes()
        || trained.classIndex() != header.classIndex() || trained.numClasses() != 2) {
      return false;
    }
    for (int j = 0; j < space.names().size(); j++) {
      if (!trained.attribute(j).name().equals(space.names().get(j))) {
        return false;
      }
    }
    return true;
  }
}
