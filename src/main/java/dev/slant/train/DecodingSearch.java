package dev.slant.train;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Span;
import dev.slant.detect.ml.SpanDecoding;
import dev.slant.detect.ml.TokenTagger;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the {@link SpanDecoding} of a token task whose spans score the best SemEval
 * span-overlap F1 ({@link Metrics.SpanOverlapSum}), which is what token models are judged by:
 * token F1 counts every word of a long annotated phrase, while the span metric rewards predicting
 * fewer, surer spans. The probabilities searched over come from an inner cross-validation on
 * training data, so a test fold never shapes the choice.
 */
final class DecodingSearch {

  /** Thresholds tried: 0.01 to 0.99 in steps of 0.01. */
  static final int THRESHOLD_STEPS = 99;
  /** Extension thresholds tried, as fractions of the threshold (1 = no extension). */
  static final double[] EXTENSION_FRACTIONS = {1, 0.75, 0.5, 0.35};
  /** Longest gap bridged, in word tokens. */
  static final int MAX_BRIDGE = 2;

  /** The texts searched over, each with its gold spans and its tokens' probabilities. */
  record Text(AnnotatedDocument doc, List<Span> gold, double[] probabilities) {}

  private DecodingSearch() {}

  /**
   * The best decoding for out-of-fold probabilities of training units.
   *
   * @param examples the training examples
   * @param train the training units, of those examples only
   * @param prob probability of each unit of {@code train}
   */
  static SpanDecoding best(AnnotatedCorpus corpus, List<Integer> examples, Units units,
      int[] train, double[] prob) {
    double[][] byExample = new double[corpus.size()][];
    for (int e : examples) {
      byExample[e] = new double[corpus.items().get(e).doc().tokens().size()];
    }
    for (int k = 0; k < train.length; k++) {
      byExample[units.example(train[k])][units.token(train[k])] = prob[k];
    }
    List<Text> texts = new ArrayList<>();
    for (int e : examples) {
      AnnotatedCorpus.Item item = corpus.items().get(e);
      texts.add(new Text(item.doc(), item.example().spans(), byExample[e]));
    }
    return best(texts);
  }

  /**
   * The decoding with the highest span-overlap F1 over these texts. Of equally good thresholds in
   * a row the middle one is taken, the widest margin either side; of equally good decodings
   * otherwise, the simpler one (no bridge, then no extension). 0.5 when nothing scores.
   */
  static SpanDecoding best(List<Text> texts) {
    double top = 0;
    for (Text t : texts) {
      for (double p : t.probabilities()) {
        top = Math.max(top, p);
      }
    }
    int steps = Math.min(THRESHOLD_STEPS, (int) Math.floor(top * 100));
    SpanDecoding best = SpanDecoding.plain(0.5);
    double bestF1 = 0;
    for (int bridge = 0; bridge <= MAX_BRIDGE; bridge++) {
      for (double fraction : EXTENSION_FRACTIONS) {
        double[] f1 = new double[steps + 1];
        int first = -1;
        for (int step = 1; step <= steps; step++) {
          f1[step] = f1(decoding(step, fraction, bridge), texts);
          if (f1[step] > bestF1 && (first < 0 || f1[step] > f1[first])) {
            first = step;
          }
        }
        if (first > 0) {
          int last = first;
          while (last + 1 <= steps && f1[last + 1] == f1[first]) {
            last++;
          }
          bestF1 = f1[first];
          best = decoding((first + last) / 2, fraction, bridge);
        }
      }
    }
    return best;
  }

  private static SpanDecoding decoding(int step, double fraction, int bridge) {
    double threshold = step / 100.0;
    return new SpanDecoding(threshold, threshold * fraction, bridge);
  }

  static double f1(SpanDecoding decoding, List<Text> texts) {
    Metrics.SpanOverlapSum sum = new Metrics.SpanOverlapSum();
    for (Text t : texts) {
      List<Span> predicted = new ArrayList<>();
      for (TokenTagger.Tag tag : decoding.spans(t.doc(), t.probabilities())) {
        predicted.add(tag.span());
      }
      sum.add(t.gold(), predicted);
    }
    return sum.result().f1();
  }
}
