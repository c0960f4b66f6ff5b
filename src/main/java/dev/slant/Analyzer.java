package dev.slant;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Document;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.InputException;
import dev.slant.detect.Detector;
import dev.slant.detect.Detectors;
import dev.slant.lexicon.LexiconSet;
import dev.slant.nlp.Annotator;
import dev.slant.report.ArticleResult;
import dev.slant.score.ArticleScorer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The whole analysis chain for one article: annotate → detect → score. Thread-safe: build one and
 * share it between threads.
 */
public final class Analyzer {

  private final Annotator annotator;
  private final List<Detector> detectors;

  /**
   * @throws IllegalArgumentException if two detectors report the same type, or a detector needs
   *     lemmas the annotator does not produce (caught when the chain is built, not on article 3,000)
   */
  public Analyzer(Annotator annotator, List<Detector> detectors) {
    this.annotator = annotator;
    this.detectors = List.copyOf(detectors);
    Set<FeatureType> seen = EnumSet.noneOf(FeatureType.class);
    for (Detector d : detectors) {
      for (FeatureType t : d.types()) {
        if (!seen.add(t)) {
          throw new IllegalArgumentException("two detectors report " + t.id());
        }
      }
      if (d.needsLemmas() && !annotator.lemmatises()) {
        throw new IllegalArgumentException(
            d.getClass().getSimpleName() + " needs lemmas but the annotator does not lemmatise");
      }
    }
  }

  /** The standard chain: OpenNLP annotation and every bundled detector with the given lexicons. */
  public static Analyzer standard(LexiconSet lexicons) throws InputException {
    return new Analyzer(Annotator.standard(), Detectors.standard(lexicons));
  }

  public List<Detector> detectors() {
    return detectors;
  }

  public AnnotatedDocument annotate(Document document) {
    return annotator.annotate(document);
  }

  public List<Finding> detect(AnnotatedDocument doc) {
    List<Finding> all = new ArrayList<>();
    for (Detector d : detectors) {
      all.addAll(d.detect(doc));
    }
    all.sort(Finding.READING_ORDER);
    return all;
  }

  public ArticleResult analyze(Document document) {
    AnnotatedDocument doc = annotate(document);
    List<Finding> findings = detect(doc);
    return new ArticleResult(document, findings, ArticleScorer.score(doc, findings));
  }
}
