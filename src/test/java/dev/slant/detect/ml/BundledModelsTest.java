package dev.slant.detect.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Document;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.lexicon.LexiconSet;
import dev.slant.nlp.Annotator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The models shipped in the jar load through every check and behave sensibly. */
class BundledModelsTest {

  static LexiconSet lexicons;
  static final String TEXT = "The reckless governor rammed through a draconian curfew.\n"
      + "The governor signed the order on Tuesday, according to a statement.\n"
      + "The policy may have been considered by some to be a mistake.";
  static AnnotatedDocument doc;

  @BeforeAll
  static void annotate() throws Exception {
    lexicons = LexiconSet.bundled();
    doc = Annotator.withLemmas().annotate(Document.of("t", TEXT));
  }

  @Test
  void sentenceModelRanksTheLoadedSentenceAboveTheReport() throws Exception {
    SentenceBiasModel m = SentenceBiasModel.bundled(lexicons, List.of());
    SentenceBiasModel.ArticleBias bias = m.score(doc, List.of());
    assertEquals(3, bias.sentences().size());
    assertTrue(bias.sentences().get(0).probability() > bias.sentences().get(1).probability(),
        bias.toString());
  }

  @Test
  void encoderModelRanksTheLoadedSentenceAboveTheReportAndNamesItsEncoder() throws Exception {
    TrainedModel model = ModelStore.bundled("sentence-encoder.model", Task.SENTENCE);
    assertEquals(dev.slant.encode.Encoders.get("e5-small-v2-q").version(),
        model.manifest().encoder());
    assertEquals(model.manifest(),
        ModelStore.loadFileOrBundled(java.nio.file.Path.of("sentence-encoder")).manifest());
    SentenceBiasModel m = SentenceBiasModel.of(model, lexicons, List.of());
    SentenceBiasModel.ArticleBias bias = m.score(doc, List.of());
    assertEquals(3, bias.sentences().size());
    assertTrue(bias.sentences().get(0).probability() > bias.sentences().get(1).probability(),
        bias.toString());
  }

  @Test
  void loadedWordModelFindsALoadedWord() throws Exception {
    TokenTagger tagger = TokenTagger.bundled(Task.LOADED, lexicons, List.of());
    List<String> tagged = tagger.tag(doc, List.of()).stream()
        .map(t -> t.span().in(TEXT)).toList();
    assertTrue(tagged.contains("reckless") || tagged.contains("draconian"), tagged.toString());
    assertTrue(!tagged.contains("Tuesday") && !tagged.contains("statement"), tagged.toString());
  }

  @Test
  void hedgeModelIsAnAttributionHedgeDetector() throws Exception {
    ModelDetector d = new ModelDetector(ModelStore.bundled(TokenTagger.BUNDLED_HEDGE, Task.HEDGE),
        FeatureType.ATTRIBUTION_HEDGE, lexicons, List.of());
    assertTrue(d.needsLemmas());
    List<String> cues = d.detect(doc).stream().map(Finding::text).toList();
    assertTrue(cues.contains("may") || cues.contains("considered"), cues.toString());
    for (Finding f : d.detect(doc)) {
      assertEquals(FeatureType.ATTRIBUTION_HEDGE, f.type());
      assertTrue(f.cue().startsWith("model:hedge:"), f.cue());
    }
  }
}
