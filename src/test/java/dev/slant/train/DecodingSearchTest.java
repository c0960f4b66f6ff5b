package dev.slant.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Document;
import dev.slant.core.Span;
import dev.slant.core.Token;
import dev.slant.detect.ml.SpanDecoding;
import dev.slant.nlp.Annotator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decoding of a token task is chosen for span-overlap F1 on held-out probabilities. */
class DecodingSearchTest {

  static final List<String> SENTENCES = List.of(
      "The brutal and barbaric attack shocked the town.",
      "Critics called the ruthless and cynical ploy a betrayal of voters.",
      "Residents described the vicious and cowardly raid on the market.",
      "The mayor denounced the reckless and shameful decision on Friday.");

  /** Gold: each "X and Y" phrase. Model: sure of X and Y, unsure of "and", half-sure of "the". */
  static List<DecodingSearch.Text> texts() {
    List<DecodingSearch.Text> out = new ArrayList<>();
    Annotator annotator = Annotator.standard();
    for (String s : SENTENCES) {
      AnnotatedDocument doc = annotator.annotate(Document.of("t", s));
      List<Token> tokens = doc.tokens();
      int and = -1;
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).text().equals("and")) {
          and = i;
        }
      }
      Span phrase = new Span(tokens.get(and - 1).start(), tokens.get(and + 1).end());
      double[] p = new double[tokens.size()];
      Map<String, Double> byWord = Map.of("and", 0.1, "the", 0.45, "The", 0.45);
      for (int i = 0; i < p.length; i++) {
        if (tokens.get(i).isWord()) {
          p[i] = i == and - 1 ? 0.6 : i == and + 1 ? 0.7 : byWord.getOrDefault(
              tokens.get(i).text(), 0.02);
        }
      }
      out.add(new DecodingSearch.Text(doc, List.of(phrase), p));
    }
    return out;
  }

  @Test
  void theSearchBridgesTheGapsThatGoldPhrasesSpanAndSkipsTheUnsureWords() {
    List<DecodingSearch.Text> texts = texts();
    // Plain runs find both words of each phrase but split it: P 1, R about 0.75.
    assertEquals(0.857, DecodingSearch.f1(SpanDecoding.plain(0.5), texts), 0.01);
    SpanDecoding best = DecodingSearch.best(texts);
    // Midway between "the" (0.45) and the surer word of each phrase (0.6), no extension (it would
    // not reach "and"), and a bridge of one word.
    assertEquals(new SpanDecoding(0.53, 0.53, 1), best);
    assertEquals(1.0, DecodingSearch.f1(best, texts), 1e-9);
  }

  @Test
  void withoutProbabilitiesTheSearchFallsBackToOneHalf() {
    List<DecodingSearch.Text> texts = new ArrayList<>();
    for (DecodingSearch.Text t : texts()) {
      texts.add(new DecodingSearch.Text(t.doc(), t.gold(), new double[t.probabilities().length]));
    }
    assertEquals(SpanDecoding.plain(0.5), DecodingSearch.best(texts));
  }
}
