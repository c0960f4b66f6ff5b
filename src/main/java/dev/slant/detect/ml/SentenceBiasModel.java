package dev.slant.detect.ml;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Finding;
import dev.slant.core.InputException;
import dev.slant.core.Sentence;
import dev.slant.core.Span;
import dev.slant.detect.Detector;
import dev.slant.detect.Detectors;
import dev.slant.lexicon.LexiconSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores every sentence of an article with a trained sentence-bias model. Thread-safe.
 *
 * <p>A model that uses lexicon or finding features sees them computed with the lexicons and rule
 * detectors it was trained with, whatever the analysis around it uses: when a user's
 * {@code --lexicon} or a token {@code --model} changes the analysis, the model keeps its own
 * detectors and runs them itself, so its probabilities mean what they meant in evaluation.
 */
public final class SentenceBiasModel {

  /** The bundled default model's resource name. */
  public static final String BUNDLED = "sentence-babe.model";

  /** One sentence's bias probability; {@code biased} when it reaches the model's threshold. */
  public record SentenceBias(int index, Span span, double probability, boolean biased) {}

  /**
   * An article's sentence-bias summary.
   *
   * @param sentences one entry per sentence, in order
   * @param meanProbability mean sentence probability (0 for an empty article)
   * @param maxProbability the highest sentence probability
   * @param biasedSentences sentences at or above the threshold
   * @param biasedShare {@code biasedSentences / sentences}
   */
  public record ArticleBias(List<SentenceBias> sentences, double meanProbability,
      double maxProbability, int biasedSentences, double biasedShare) {
    public ArticleBias {
      sentences = List.copyOf(sentences);
    }
  }

  private final TrainedModel model;
  private final FeatureExtractor extractor;
  /** The rule detectors behind the model's finding features; empty if it uses none. */
  private final List<Detector> ownDetectors;
  /** True when the analysis's findings are exactly those {@link #ownDetectors} would give. */
  private final boolean reuseFindings;

  private SentenceBiasModel(TrainedModel model, FeatureExtractor extractor,
      List<Detector> ownDetectors, boolean reuseFindings) {
    this.model = model;
    this.extractor = extractor;
    this.ownDetectors = List.copyOf(ownDetectors);
    this.reuseFindings = reuseFindings;
  }

  /**
   * Wraps a loaded sentence model for an analysis with these lexicons and detectors. The model's
   * features are computed with the analysis's lexicons if it was trained with them, else with the
   * bundled lexicons if it was trained with those.
   *
   * @param analysisDetectors the detectors whose findings {@link #score} will be given
   * @throws InputException if this is not a sentence model, or it was trained with lexicons that
   *     are neither these nor the bundled ones, or with other rule detectors
   */
  public static SentenceBiasModel of(TrainedModel model, LexiconSet lexicons,
      List<? extends Detector> analysisDetectors) throws InputException {
    if (model.task() != Task.SENTENCE) {
      throw new InputException(model.origin(), "this is a model for the " + model.task().id()
          + " task, not the sentence task");
    }
    FeatureConfig config = model.manifest().features();
    boolean usesLexicons = config.lexicons() || config.findings();
    LexiconSet own = lexicons;
    if (usesLexicons && !model.manifest().lexicons().equals(lexicons.versions())) {
      LexiconSet bundled = LexiconSet.bundled();
      if (model.manifest().lexicons().equals(bundled.versions())) {
        own = bundled;
      }
    }
    // A model trained without detectors (findings on, but none given) sees no findings.
    List<Detector> ownDetectors = config.findings() && !model.manifest().detectors().isEmpty()
        ? Detectors.standard(own) : List.of();
    FeatureExtractor extractor = model.extractor(own, ownDetectors);
    boolean reuse = own == lexicons && TrainedModel.detectorNames(analysisDetectors)
        .equals(TrainedModel.detectorNames(ownDetectors));
    return new SentenceBiasModel(model, extractor, ownDetectors, reuse);
  }

  /** The bundled default sentence-bias model, for an analysis with these lexicons and detectors. */
  public static SentenceBiasModel bundled(LexiconSet lexicons,
      List<? extends Detector> analysisDetectors) throws InputException {
    return of(ModelStore.bundled(BUNDLED, Task.SENTENCE), lexicons, analysisDetectors);
  }

  public TrainedModel model() {
    return model;
  }

  /**
   * The sentence encoder the model reads sentences with, as {@code name version}, or null when
   * it uses none.
   */
  public String encoder() {
    return model.manifest().encoder() == null ? null
        : model.manifest().features().encoder() + " " + model.manifest().encoder();
  }

  /** True if documents must be annotated with lemmas ({@code Annotator.withLemmas()}). */
  public boolean needsLemmas() {
    return model.needsLemmas();
  }

  /**
   * @param findings the analysis's findings for the document: used as the model's finding
   *     features when they come from the detectors it was trained with, else its own detectors
   *     run; ignored when the model uses no finding features
   */
  public ArticleBias score(AnnotatedDocument doc, List<Finding> findings) {
    java.util.Map<String, float[]> vectors = java.util.Map.of();
    if (extractor.usesEncoder()) {
      // All of the article's sentences in one call, ordered by length.
      List<String> texts = new ArrayList<>(doc.sentences().size());
      for (Sentence s : doc.sentences()) {
        texts.add(FeatureExtractor.unitText(doc, s.firstToken(), s.endToken()));
      }
      vectors = extractor.encode(texts, 1);
    }
    FeatureExtractor.Context context = extractor.context(doc, modelFindings(doc, findings),
        vectors);
    List<SentenceBias> out = new ArrayList<>();
    double sum = 0;
    double max = 0;
    int biased = 0;
    for (Sentence s : doc.sentences()) {
      double p = model.probability(extractor.sentence(context, s.firstToken(), s.endToken()));
      boolean yes = p >= model.threshold();
      out.add(new SentenceBias(s.index(), s.span(), p, yes));
      sum += p;
      max = Math.max(max, p);
      biased += yes ? 1 : 0;
    }
    int n = out.size();
    return new ArticleBias(out, n == 0 ? 0 : sum / n, max, biased, n == 0 ? 0 : (double) biased / n);
  }

  private List<Finding> modelFindings(AnnotatedDocument doc, List<Finding> analysisFindings) {
    if (ownDetectors.isEmpty()) {
      return List.of();
    }
    if (reuseFindings) {
      return analysisFindings;
    }
    return Detectors.detectAll(ownDetectors, doc);
  }
}
