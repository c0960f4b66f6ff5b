package dev.slant.detect.ml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import weka.classifiers.Classifier;
import weka.classifiers.meta.Vote;
import weka.core.Utils;

/**
 * Weka's {@code Vote} with the average rule ({@code -R AVG}) over members that all compile: the
 * bundled sentence model, LIBLINEAR and naive Bayes.
 *
 * <p>It repeats Weka 3.8's arithmetic: the members' distributions added class by class from 0, in
 * Weka's order (the configured classifiers, then any pre-built ones loaded from files); the sums
 * normalised if their total is positive; and normalised once more, under the same condition, by
 * {@code Vote.distributionForInstance}. The second pass can move the last bit, so it is kept.
 * Immutable and thread-safe.
 */
final class VoteAverage implements CompiledClassifier {

  private final List<CompiledClassifier> members;

  private VoteAverage(List<CompiledClassifier> members) {
    this.members = List.copyOf(members);
  }

  /**
   * The compiled form of {@code classifier}, when it is a {@code Vote} averaging probabilities
   * and every one of its members compiles; otherwise empty.
   */
  static Optional<VoteAverage> compile(Classifier classifier, FeatureSpace space) {
    if (classifier == null || classifier.getClass() != Vote.class) {
      return Optional.empty();
    }
    Vote vote = (Vote) classifier;
    if (vote.getCombinationRule().getSelectedTag().getID() != Vote.AVERAGE_RULE) {
      return Optional.empty();
    }
    List<Classifier> weka = new ArrayList<>(List.of(vote.getClassifiers()));
    try {
      if (!(CompiledClassifier.field(Vote.class, vote, "m_preBuiltClassifiers")
          instanceof List<?> preBuilt)) {
        return Optional.empty();
      }
      for (Object c : preBuilt) {
        weka.add((Classifier) c);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty(); // another version of Weka: stay with it
    }
    List<CompiledClassifier> members = new ArrayList<>();
    for (Classifier c : weka) {
      Optional<CompiledClassifier> member = CompiledClassifier.compile(c, space);
      if (member.isEmpty()) {
        return Optional.empty();
      }
      members.add(member.get());
    }
    return members.isEmpty() ? Optional.empty() : Optional.of(new VoteAverage(members));
  }

  @Override
  public double[] distribution(FeatureSpace.SparseVector x) {
    double[] sum = new double[2];
    for (CompiledClassifier member : members) {
      double[] d = member.distribution(x);
      if (d == null) {
        return null;
      }
      for (int c = 0; c < sum.length; c++) {
        sum[c] += d[c];
      }
    }
    normaliseIfPositive(sum); // Vote.distributionForInstanceAverage
    normaliseIfPositive(sum); // Vote.distributionForInstance
    return sum;
  }

  private static void normaliseIfPositive(double[] p) {
    if (Utils.sum(p) > 0) {
      Utils.normalize(p);
    }
  }
}
