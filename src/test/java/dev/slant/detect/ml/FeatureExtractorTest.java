package dev.slant.detect.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Document;
import dev.slant.lexicon.LexiconSet;
import dev.slant.nlp.Annotator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the token tasks see of a word and its surroundings. */
class FeatureExtractorTest {

  static final String TEXT = "Senate Passes Budget\nThe so-called reform is a DISASTER! Critics"
      + " agreed.";

  static Map<String, Double> features(String word) throws Exception {
    AnnotatedDocument doc = Annotator.withLemmas().annotate(Document.of("t", TEXT));
    FeatureExtractor x = new FeatureExtractor(Task.LOADED, FeatureConfig.defaults(Task.LOADED),
        LexiconSet.bundled());
    FeatureExtractor.Context c = x.context(doc, List.of());
    for (int i = 0; i < doc.tokens().size(); i++) {
      if (doc.tokens().get(i).text().equals(word)) {
        Features f = x.token(c, i);
        Map<String, Double> out = new HashMap<>();
        for (int k = 0; k < f.size(); k++) {
          out.put(f.name(k), f.value(k));
        }
        return out;
      }
    }
    throw new AssertionError(word + " not found");
  }

  @Test
  void wordShapesCollapseRepeats() {
    assertEquals("Xx", FeatureExtractor.shape("Trump"));
    assertEquals("X", FeatureExtractor.shape("DISASTER"));
    assertEquals("x-x", FeatureExtractor.shape("so-called"));
    assertEquals("dx", FeatureExtractor.shape("1990s"));
  }

  @Test
  void aTokenKnowsItsAffixesShapeAndNeighbourLemmas() throws Exception {
    Map<String, Double> f = features("DISASTER");
    assertEquals(1.0, f.get("sh:X"));
    assertEquals(1.0, f.get("p3:dis"));
    assertEquals(1.0, f.get("s2:er"));
    assertEquals(1.0, f.get("s4:ster"));
    assertEquals(1.0, f.get("l-1:a"));
    assertEquals(1.0, f.get("pp-1:DET NOUN"), f.keySet().toString());
  }

  @Test
  void aTokenKnowsItsSentenceAndWhetherItIsInTheHeadline() throws Exception {
    Map<String, Double> loud = features("DISASTER");
    assertEquals(Math.log1p(1), loud.get("sent.exclamations"));
    assertEquals(0.0, loud.getOrDefault("doc.title", 0.0));
    assertEquals(1.0, features("Budget").get("doc.title"));
    assertEquals(0.0, features("Critics").getOrDefault("sent.exclamations", 0.0));
  }
  @Test
  void aPhraseInTwoLexiconsCountsInEachOfThem() throws Exception {
    // "so-called" is both a hedge and a quote cue; the lexicons are matched in one scan.
    AnnotatedDocument doc = Annotator.standard().annotate(Document.of("t",
        "The so-called reform is a sham, critics say."));
    FeatureExtractor x = new FeatureExtractor(Task.SENTENCE, FeatureConfig.defaults(Task.SENTENCE),
        LexiconSet.bundled());
    Features f = x.sentence(x.context(doc, List.of()), 0, doc.tokens().size());
    assertEquals(1.0, f.get("lex.hedges"), f.toString());
    assertEquals(1.0, f.get("lex.quote_cues"), f.toString());
    assertEquals(1.0, f.get("lex.loaded_language"), f.toString());
    assertEquals(1.0, f.get("lex.loaded_adjectives"), f.toString());
    assertEquals(2.0, f.get("lex.speech_verbs"), "called, say: " + f);
  }
}
