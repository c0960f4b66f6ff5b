package dev.slant.detect.ml;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Finding;
import dev.slant.core.InputException;
import dev.slant.core.Sentence;
import dev.slant.core.Span;
import dev.slant.detect.Detector;
import dev.slant.lexicon.LexiconSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores every sentence of an article with a trained sentence-bias model. Thread-safe.
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

  private SentenceBiasModel(TrainedModel model, FeatureExtractor extractor) {
    this.model = model;
    this.extractor = extractor;
  }

  /**
   * Wraps a loaded model after checking it is a sentence model compatible with the lexicons and
   * detectors that will supply its findings.
   */
  public static SentenceBiasModel of(TrainedModel model, LexiconSet lexicons,
      List<? extends Detector> detectors) throws InputException {
    if (model.task() != Task.SENTENCE) {
      throw new InputException(model.origin(), "this is a model for the " + model.task().id()
          + " task, not the sentence task");
    }
    return new SentenceBiasModel(model, model.extractor(lexicons, detectors));
  }

  /** The bundled default sentence-bias model. */
  public static SentenceBiasModel bundled(LexiconSet lexicons, List<? extends Detector> detectors)
      throws InputException {
    return of(ModelStore.bundled(BUNDLED, Task.SENTENCE), lexicons, detectors);
  }

  public TrainedModel model() {
    return model;
  }

  /** True if documents must be annotated with lemmas ({@code Annotator.withLemmas()}). */
  public boolean needsLemmas() {
    return model.needsLemmas();
  }

  /**
   * @param findings the rule detectors' findings for the document (ignored unless the model was
   *     trained on findings)
   */
  public ArticleBias score(AnnotatedDocument doc, List<Finding> findings) {
    FeatureExtractor.Context context = extractor.context(doc, findings);
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
}
