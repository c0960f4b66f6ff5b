package dev.slant;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Document;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.InputException;
import dev.slant.detect.Detector;
import dev.slant.detect.Detectors;
import dev.slant.detect.ml.SentenceBiasModel;
import dev.slant.lexicon.LexiconSet;
import dev.slant.nlp.Annotator;
import dev.slant.score.ArticleScorer;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The whole analysis chain for one article: annotate → detect → score, and optionally a
 * sentence-bias model. Thread-safe: build one and share it between threads (trained models
 * predict with one classifier copy per thread).
 */
public final class Analyzer {

  private final Annotator annotator;
  private final List<Detector> detectors;
  private final Optional<SentenceBiasModel> biasModel;
  private final String biasModelName;

  /**
   * @throws IllegalArgumentException if two detectors report the same type, or a detector needs
   *     lemmas the annotator does not produce (caught when the chain is built, not on article 3,000)
   */
  public Analyzer(Annotator annotator, List<Detector> detectors) {
    this(annotator, detectors, Optional.empty());
  }

  /**
   * @param biasModel scores every sentence's bias probability into {@link ArticleResult#bias()}
   * @throws IllegalArgumentException as above, or if the bias model needs lemmas the annotator
   *     does not produce
   */
  public Analyzer(Annotator annotator, List<Detector> detectors,
      Optional<SentenceBiasModel> biasModel) {
    this.annotator = annotator;
    this.detectors = List.copyOf(detectors);
    this.biasModel = biasModel;
    this.biasModelName = biasModel.map(m -> modelName(m.model().origin())).orElse(null);
    if (biasModel.isPresent() && biasModel.get().needsLemmas() && !annotator.lemmatises()) {
      throw new IllegalArgumentException(
          "the sentence-bias model needs lemmas but the annotator does not lemmatise");
    }
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

  /** A model's name for reports: its file name without the {@code .model} extension. */
  static String modelName(String origin) {
    int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
    String name = origin.substring(slash + 1);
    return name.endsWith(".model") ? name.substring(0, name.length() - ".model".length()) : name;
  }

  public Optional<SentenceBiasModel> biasModel() {
    return biasModel;
  }

  /** The bias model's name as its results carry it ({@link BiasResult#model()}), if there is one. */
  public Optional<String> biasModelName() {
    return Optional.ofNullable(biasModelName);
  }

  public List<Detector> detectors() {
    return detectors;
  }

  public AnnotatedDocument annotate(Document document) {
    return annotator.annotate(document);
  }

  public List<Finding> detect(AnnotatedDocument doc) {
    return Detectors.detectAll(detectors, doc);
  }

  public ArticleResult analyze(Document document) {
    AnnotatedDocument doc = annotate(document);
    List<Finding> findings = detect(doc);
    Optional<BiasResult> bias = biasModel.map(m -> bias(m, doc, findings));
    return new ArticleResult(document, findings, ArticleScorer.score(doc, findings), bias);
  }

  private BiasResult bias(SentenceBiasModel model, AnnotatedDocument doc, List<Finding> findings) {
    SentenceBiasModel.ArticleBias b = model.score(doc, findings);
    List<Double> probabilities =
        b.sentences().stream().map(SentenceBiasModel.SentenceBias::probability).toList();
    return new BiasResult(biasModelName, model.model().threshold(), probabilities,
        b.meanProbability(), b.maxProbability(), b.biasedSentences(), model.encoder());
  }
}
