package dev.slant.detect.ml;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Span;
import dev.slant.core.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * How a token model's probabilities become spans. A token at or above {@code threshold} starts a
 * span; a span grows over neighbouring word tokens at or above {@code extension} (hysteresis:
 * "grossly" next to a confident "negligent" joins even though it would not stand alone); and two
 * spans of one sentence with at most {@code bridge} word tokens and no punctuation between them
 * become one ("brutal and barbaric"). Annotated phrases are often several words long while the
 * model is only sure of their key word, which is what the last two make up for.
 *
 * @param threshold positive-class probability at or above which a word token starts a span
 * @param extension probability at or above which a word token next to a span joins it; at most
 *     {@code threshold}
 * @param bridge most word tokens between two spans of a sentence that are joined with them
 */
@JsonPropertyOrder({"threshold", "extension", "bridge"})
public record SpanDecoding(double threshold, double extension, int bridge) {

  public SpanDecoding {
    if (!(extension <= threshold) || bridge < 0) {
      throw new IllegalArgumentException("need extension <= threshold and bridge >= 0, got "
          + extension + ", " + threshold + ", " + bridge);
    }
  }

  /** Runs of consecutive tokens at or above {@code threshold}, nothing more. */
  public static SpanDecoding plain(double threshold) {
    return new SpanDecoding(threshold, threshold, 0);
  }

  /**
   * The spans of a document whose word tokens have these probabilities (0 for tokens that are not
   * candidates), in reading order, each with the highest probability inside it.
   */
  public List<TokenTagger.Tag> spans(AnnotatedDocument doc, double[] probabilities) {
    List<Token> tokens = doc.tokens();
    boolean[] on = seeds(probabilities);
    extend(tokens, probabilities, on);
    List<TokenTagger.Tag> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!on[i]) {
        i++;
        continue;
      }
      int end = runEnd(tokens, on, i);
      for (int next = bridgedRun(tokens, on, end); next >= 0; next = bridgedRun(tokens, on, end)) {
        end = runEnd(tokens, on, next);
      }
      double max = 0;
      for (int k = i; k <= end; k++) {
        max = Math.max(max, probabilities[k]);
      }
      out.add(new TokenTagger.Tag(new Span(tokens.get(i).start(), tokens.get(end).end()), max));
      i = end + 1;
    }
    return out;
  }

  private boolean[] seeds(double[] p) {
    boolean[] on = new boolean[p.length];
    for (int i = 0; i < p.length; i++) {
      on[i] = p[i] > 0 && p[i] >= threshold;
    }
    return on;
  }

  /** Grows every run over adjacent word tokens of its sentence at or above the extension. */
  private void extend(List<Token> tokens, double[] p, boolean[] on) {
    if (extension >= threshold) {
      return;
    }
    for (int i = 1; i < on.length; i++) { // rightwards
      if (!on[i] && on[i - 1] && joins(tokens, p, i, i - 1)) {
        on[i] = true;
      }
    }
    for (int i = on.length - 2; i >= 0; i--) { // leftwards
      if (!on[i] && on[i + 1] && joins(tokens, p, i, i + 1)) {
        on[i] = true;
      }
    }
  }

  private boolean joins(List<Token> tokens, double[] p, int i, int neighbour) {
    return p[i] > 0 && p[i] >= extension
        && tokens.get(i).sentence() == tokens.get(neighbour).sentence();
  }

  /** Last token of the run of positive tokens of one sentence that starts at {@code start}. */
  private static int runEnd(List<Token> tokens, boolean[] on, int start) {
    int j = start;
    while (j + 1 < tokens.size() && on[j + 1]
        && tokens.get(j + 1).sentence() == tokens.get(start).sentence()) {
      j++;
    }
    return j;
  }

  /**
   * Start of the run that follows the run ending at {@code end} in the same sentence after at most
   * {@code bridge} word tokens and no punctuation, or -1.
   */
  private int bridgedRun(List<Token> tokens, boolean[] on, int end) {
    int sentence = tokens.get(end).sentence();
    int k = end + 1;
    while (k < tokens.size() && k - end <= bridge && !on[k] && tokens.get(k).isWord()
        && tokens.get(k).sentence() == sentence) {
      k++;
    }
    return k > end + 1 && k < tokens.size() && on[k] && tokens.get(k).sentence() == sentence
        ? k : -1;
  }
}
