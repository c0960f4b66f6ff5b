package dev.slant.detect.judge;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.InputException;
import dev.slant.detect.Detector;
import dev.slant.detect.Detectors;
import dev.slant.detect.ml.Features;
import dev.slant.detect.ml.Task;
import dev.slant.detect.ml.TrainedModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rule detectors with a judge behind them: every finding of the rules is read in its context
 * ({@link CandidateFeatures}) and kept when the judge model gives it a probability of being right
 * at or above the model's threshold. The judge only removes findings; it never moves or adds one.
 */
public final class JudgedDetector implements Detector {

  private final List<Detector> rules;
  private final TrainedModel judge;
  private final Set<FeatureType> types;

  /**
   * @throws InputException if {@code judge} is not a judge model
   */
  public JudgedDetector(List<? extends Detector> rules, TrainedModel judge)
      throws InputException {
    if (judge.task() != Task.JUDGE) {
      throw new InputException(judge.origin(), "this is a model for the " + judge.task().id()
          + " task, not the judge task");
    }
    checkCompatible(judge, rules);
    this.rules = List.copyOf(rules);
    this.judge = judge;
    Set<FeatureType> t = EnumSet.noneOf(FeatureType.class);
    rules.forEach(d -> t.addAll(d.types()));
    this.types = Set.copyOf(t);
  }

  /**
   * Checks that a judge reads the features this slant computes and was trained on the findings of
   * these rule detectors. (Lexicon overrides are allowed: the judge reads findings, not words.)
   *
   * @throws InputException naming the model when it does not fit
   */
  public static void checkCompatible(TrainedModel judge, List<? extends Detector> rules)
      throws InputException {
    if (!judge.manifest().attributes().equals(CandidateFeatures.NAMES)) {
      throw new InputException(judge.origin(), "judge attributes do not match this slant's"
          + " candidate features; retrain it with this version");
    }
    List<String> names = TrainedModel.detectorNames(rules);
    if (!names.equals(judge.manifest().detectors())) {
      throw new InputException(judge.origin(), "judge was trained on findings of the detectors "
          + judge.manifest().detectors() + " but the detectors in use are " + names);
    }
  }

  @Override
  public Set<FeatureType> types() {
    return types;
  }

  @Override
  public boolean needsLemmas() {
    return rules.stream().anyMatch(Detector::needsLemmas);
  }

  @Override
  public List<Finding> detect(AnnotatedDocument document) {
    List<Finding> all = Detectors.detectAll(rules, document);
    List<Features> features = CandidateFeatures.of(document, all);
    List<Finding> kept = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      if (judge.probability(features.get(i)) >= judge.threshold()) {
        kept.add(all.get(i));
      }
    }
    return kept;
  }

  /** The judge model, for reports. */
  public TrainedModel judge() {
    return judge;
  }
}
