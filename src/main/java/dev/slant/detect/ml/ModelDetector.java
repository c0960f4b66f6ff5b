package dev.slant.detect.ml;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.InputException;
import dev.slant.detect.Detector;
import dev.slant.detect.Detectors;
import dev.slant.lexicon.LexiconSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A detector backed by a trained token model: reports each tagged span as a finding of one type,
 * scored with the model's probability. When the model was trained on rule findings, the rule
 * detectors it was trained with run first to supply them. It replaces, rather than joins, a rule
 * detector of the same type in an analysis chain.
 */
public final class ModelDetector implements Detector {

  private final TokenTagger tagger;
  private final FeatureType type;
  private final List<Detector> ruleDetectors;
  private final String cue;

  /**
   * @param ruleDetectors the rule detectors whose findings feed the model's features
   */
  public ModelDetector(TrainedModel model, FeatureType type, LexiconSet lexicons,
      List<? extends Detector> ruleDetectors) throws InputException {
    this.tagger = TokenTagger.of(model, lexicons, ruleDetectors);
    if (!model.task().spanTypes().contains(type)) {
      throw new InputException(model.origin(), "a " + model.task().id()
          + " model cannot report " + type.id());
    }
    this.type = type;
    this.ruleDetectors = List.copyOf(ruleDetectors);
    this.cue = "model:" + model.task().id() + ":" + model.manifest().classifier();
  }

  @Override
  public Set<FeatureType> types() {
    return Set.of(type);
  }

  @Override
  public boolean needsLemmas() {
    return tagger.needsLemmas() || ruleDetectors.stream().anyMatch(Detector::needsLemmas);
  }

  @Override
  public List<Finding> detect(AnnotatedDocument doc) {
    List<Finding> findings = tagger.model().manifest().features().findings()
        ? Detectors.detectAll(ruleDetectors, doc) : List.of();
    List<Finding> out = new ArrayList<>();
    for (TokenTagger.Tag t : tagger.tag(doc, findings)) {
      out.add(Finding.of(type, doc, t.span(), t.probability(), cue));
    }
    out.sort(Finding.READING_ORDER);
    return out;
  }
}
