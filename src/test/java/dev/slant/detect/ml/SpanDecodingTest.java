package dev.slant.detect.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Document;
import dev.slant.core.Span;
import dev.slant.core.Token;
import dev.slant.nlp.Annotator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How token probabilities become spans: thresholds, extension (hysteresis) and bridges. */
class SpanDecodingTest {

  static final String TEXT = "The brutal and barbaric attack shocked the town. Critics called it"
      + " a disgrace, a shameful and utterly cynical ploy.";
  static final AnnotatedDocument DOC = Annotator.standard().annotate(Document.of("t", TEXT));

  /** Word tokens get their word's probability, or 0.02 like the bulk of a real model's words. */
  static double[] probabilities(Map<String, Double> byWord) {
    List<Token> tokens = DOC.tokens();
    double[] p = new double[tokens.size()];
    for (int i = 0; i < p.length; i++) {
      if (tokens.get(i).isWord()) {
        p[i] = byWord.getOrDefault(tokens.get(i).text(), 0.02);
      }
    }
    return p;
  }

  static List<Span> spans(SpanDecoding d, Map<String, Double> byWord) {
    return d.spans(DOC, probabilities(byWord)).stream().map(TokenTagger.Tag::span).toList();
  }

  static List<String> texts(SpanDecoding d, Map<String, Double> byWord) {
    return spans(d, byWord).stream().map(s -> s.in(TEXT)).toList();
  }

  @Test
  void plainDecodingJoinsRunsOfConfidentWords() {
    Map<String, Double> p = Map.of("barbaric", 0.7, "attack", 0.4, "disgrace", 0.55,
        "shameful", 0.3);
    assertEquals(List.of(new Span(15, 30), new Span(69, 77)), spans(SpanDecoding.plain(0.4), p));
    assertEquals(List.of("barbaric attack", "disgrace"), texts(SpanDecoding.plain(0.4), p));
  }

  @Test
  void aTagCarriesTheHighestProbabilityInsideIt() {
    List<TokenTagger.Tag> tags = SpanDecoding.plain(0.4).spans(DOC,
        probabilities(Map.of("barbaric", 0.7, "attack", 0.4)));
    assertEquals(1, tags.size());
    assertEquals(0.7, tags.get(0).probability());
  }

  @Test
  void aBridgeJoinsSpansAcrossShortGapsOfWords() {
    Map<String, Double> p = Map.of("brutal", 0.6, "barbaric", 0.7, "shameful", 0.5,
        "cynical", 0.8);
    assertEquals(List.of("brutal", "barbaric", "shameful", "cynical"),
        texts(SpanDecoding.plain(0.5), p));
    // "and" is one word: bridged by 1; "and utterly" needs 2.
    assertEquals(List.of(new Span(4, 23), new Span(81, 89), new Span(102, 109)),
        spans(new SpanDecoding(0.5, 0.5, 1), p));
    assertEquals(List.of("brutal and barbaric", "shameful and utterly cynical"),
        texts(new SpanDecoding(0.5, 0.5, 2), p));
  }

  @Test
  void aBridgeNeverCrossesPunctuationOrASentenceEnd() {
    Map<String, Double> p = Map.of("disgrace", 0.9, "shameful", 0.9, "town", 0.9,
        "Critics", 0.9);
    assertEquals(List.of("town", "Critics", "disgrace", "shameful"),
        texts(new SpanDecoding(0.5, 0.5, 2), p));
  }

  @Test
  void extensionGrowsASpanOverLessSureNeighboursButStartsNone() {
    Map<String, Double> p = Map.of("cynical", 0.8, "utterly", 0.3, "and", 0.25, "ploy", 0.2,
        "barbaric", 0.45, "attack", 0.4);
    assertEquals(List.of("cynical"), texts(SpanDecoding.plain(0.5), p));
    assertEquals(List.of(new Span(90, 114)), spans(new SpanDecoding(0.5, 0.2, 0), p));
    assertEquals(List.of("and utterly cynical"), texts(new SpanDecoding(0.5, 0.25, 0), p));
    assertEquals(List.of("utterly cynical"), texts(new SpanDecoding(0.5, 0.3, 0), p));
  }

  @Test
  void extensionStopsAtTheSentenceEnd() {
    Map<String, Double> p = Map.of("town", 0.9, "Critics", 0.3);
    assertEquals(List.of("town"), texts(new SpanDecoding(0.5, 0.1, 0), p));
  }

  @Test
  void anExtensionAboveTheThresholdIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new SpanDecoding(0.3, 0.4, 0));
    assertThrows(IllegalArgumentException.class, () -> new SpanDecoding(0.3, 0.3, -1));
  }
}
