package dev.slant.nlp;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.SequenceValidator;

/**
 * Best-outcome-at-each-position decoding of an OpenNLP sequence model. On the English UD models
 * it gives the same POS tags as the default beam search (measured in PERF-NOTES and in
 * {@code GreedyTaggerTest}) at a fraction of the cost. Not thread-safe: one per thread.
 */
final class GreedyTagger {

  private final MaxentModel model;
  private final BeamSearchContextGenerator<String> contexts;
  private final SequenceValidator<String> validator;
  private final double[] probs;

  GreedyTagger(
      MaxentModel model,
      BeamSearchContextGenerator<String> contexts,
      SequenceValidator<String> validator) {
    this.model = model;
    this.contexts = contexts;
    this.validator = validator;
    this.probs = new double[model.getNumOutcomes()];
  }

  /**
   * @param additional per-token extra context (the POS tags, for the lemmatizer), or null
   */
  String[] tag(String[] tokens, Object[] additional) {
    String[] outcomes = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      String[] context = contexts.getContext(i, tokens, outcomes, additional);
      double[] p = model.eval(context, probs);
      outcomes[i] = best(p, i, tokens, outcomes);
    }
    return outcomes;
  }

  private String best(double[] p, int i, String[] tokens, String[] outcomes) {
    int bestIndex = -1;
    for (int o = 0; o < p.length; o++) {
      if ((bestIndex < 0 || p[o] > p[bestIndex])
          && (validator == null
              || validator.validSequence(i, tokens, outcomes, model.getOutcome(o)))) {
        bestIndex = o;
      }
    }
    // Every outcome invalid cannot happen with a consistent tag dictionary; fall back to the best.
    if (bestIndex < 0) {
      bestIndex = 0;
      for (int o = 1; o < p.length; o++) {
        if (p[o] > p[bestIndex]) {
          bestIndex = o;
        }
      }
    }
    return model.getOutcome(bestIndex);
  }
}
