package dev.slant.detect.ml;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Finding;
import dev.slant.core.InputException;
import dev.slant.core.Span;
import dev.slant.core.Token;
import dev.slant.detect.Detector;
import dev.slant.lexicon.LexiconSet;
import java.util.List;

/**
 * Tags the word tokens of a document with a trained token model (loaded words or hedge cues) and
 * joins them into spans with the model's {@link SpanDecoding}. Thread-safe.
 */
public final class TokenTagger {

  /** The bundled loaded-word model (BABE SG2 biased words). */
  public static final String BUNDLED_LOADED = "loaded-babe.model";
  /** The bundled hedge-cue model (Szeged WikiWeasel speculation cues). */
  public static final String BUNDLED_HEDGE = "hedge-szeged.model";

  /** A tagged span and the highest token probability inside it. */
  public record Tag(Span span, double probability) {}

  private final TrainedModel model;
  private final FeatureExtractor extractor;

  private TokenTagger(TrainedModel model, FeatureExtractor extractor) {
    this.model = model;
    this.extractor = extractor;
  }

  /** Wraps a loaded token model after checking it against the lexicons and detectors in use. */
  public static TokenTagger of(TrainedModel model, LexiconSet lexicons,
      List<? extends Detector> detectors) throws InputException {
    if (!model.task().tokenLevel()) {
      throw new InputException(model.origin(), "this is a model for the " + model.task().id()
          + " task, not a token task (loaded or hedge)");
    }
    return new TokenTagger(model, model.extractor(lexicons, detectors));
  }

  /** The bundled default model of a token task. */
  public static TokenTagger bundled(Task task, LexiconSet lexicons,
      List<? extends Detector> detectors) throws InputException {
    if (!task.tokenLevel()) {
      throw new IllegalArgumentException(task.id() + " is not a token task");
    }
    String name = task == Task.LOADED ? BUNDLED_LOADED : BUNDLED_HEDGE;
    return of(ModelStore.bundled(name, task), lexicons, detectors);
  }

  public TrainedModel model() {
    return model;
  }

  public boolean needsLemmas() {
    return model.needsLemmas();
  }

  /** Positive-class probability of every token; 0 for tokens that are not candidates. */
  public double[] probabilities(AnnotatedDocument doc, List<Finding> findings) {
    FeatureExtractor.Context context = extractor.context(doc, findings);
    List<Token> tokens = doc.tokens();
    double[] p = new double[tokens.size()];
    for (int i = 0; i < p.length; i++) {
      if (FeatureExtractor.isCandidate(tokens.get(i))) {
        p[i] = model.probability(extractor.token(context, i));
      }
    }
    return p;
  }

  /** The document's spans as the model's {@linkplain TrainedModel#decoding decoding} makes them. */
  public List<Tag> tag(AnnotatedDocument doc, List<Finding> findings) {
    return model.decoding().spans(doc, probabilities(doc, findings));
  }
}
