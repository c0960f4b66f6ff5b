package dev.slant.detect.ml;

import java.lang.reflect.Field;
import java.util.Optional;
import weka.classifiers.Classifier;

/**
 * A two-class Weka classifier read out once, at load time, into plain arrays, so that a unit is
 * scored on its sparse vector without Weka's per-call work (instances, filters, dense copies).
 * Every implementation repeats Weka's arithmetic in Weka's order and gives Weka's doubles, bit for
 * bit. Immutable and thread-safe.
 */
interface CompiledClassifier {

  /**
   * Weka's {@code distributionForInstance} of a unit: {P(negative), P(positive)}; or null when
   * only Weka knows what to do with it (a missing value, or a sum Weka refuses to normalise), so
   * that the caller asks Weka and gets Weka's answer or Weka's error.
   */
  double[] distribution(FeatureSpace.SparseVector x);

  /**
   * The compiled form of {@code classifier}: a LIBLINEAR logistic regression, a multinomial naive
   * Bayes, or a {@code Vote} averaging classifiers that all compile; otherwise empty, and the
   * caller keeps predicting through Weka.
   */
  static Optional<CompiledClassifier> compile(Classifier classifier, FeatureSpace space) {
    Optional<? extends CompiledClassifier> c = LinearLogistic.compile(classifier, space);
    if (c.isEmpty()) {
      c = MultinomialBayes.compile(classifier, space);
    }
    if (c.isEmpty()) {
      c = VoteAverage.compile(classifier, space);
    }
    return c.map(CompiledClassifier.class::cast);
  }

  /**
   * A field of a Weka class that has no getter. Throws for another Weka version whose class lacks
   * it; the caller then stays with Weka.
   */
  static Object field(Class<?> owner, Object of, String name) throws ReflectiveOperationException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f.get(of);
  }
}
