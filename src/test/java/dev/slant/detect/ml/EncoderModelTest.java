package dev.slant.detect.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.core.Document;
import dev.slant.core.InputException;
import dev.slant.encode.Encoders;
import dev.slant.lexicon.LexiconSet;
import dev.slant.nlp.Annotator;
import dev.slant.train.ClassifierSpec;
import dev.slant.train.Corpora;
import dev.slant.train.CorpusFormat;
import dev.slant.train.Fixtures;
import dev.slant.train.Training;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sentence models whose features include the sentence encoder's vectors: what their manifests
 * record, and how a model that does not fit the running encoder is refused.
 */
class EncoderModelTest {

  @TempDir static Path dir;
  static Path model;
  static Path plain;
  static LexiconSet lexicons;

  @BeforeAll
  static void train() throws Exception {
    lexicons = LexiconSet.bundled();
    FeatureConfig features = FeatureConfig.defaults(Task.SENTENCE).withMinCount(1)
        .withEncoder(Encoders.E5_SMALL_V2_Q);
    model = dir.resolve("encoder.model");
    new Training(Task.SENTENCE, features, Training.defaultClassifier(Task.SENTENCE, features, 3),
        0.5, lexicons, List.of(), 1).train(Corpora.read(CorpusFormat.CSV, Task.SENTENCE,
            List.of(Fixtures.sentenceCsv(dir))), model);
    plain = dir.resolve("plain.model");
    new Training(Task.SENTENCE, features.withEncoder(null),
        ClassifierSpec.of("Logistic", "", 3), 0.5, lexicons, List.of(), 1)
        .train(Corpora.read(CorpusFormat.CSV, Task.SENTENCE,
            List.of(Fixtures.sentenceCsv(dir))), plain);
  }

  @Test
  void theManifestNamesTheEncoderAndItsVersionAndTheVectorsAreDenseAttributes() throws Exception {
    TrainedModel m = ModelStore.load(model, Task.SENTENCE);
    assertEquals("e5-small-v2-q", m.manifest().features().encoder());
    assertEquals(Encoders.get("e5-small-v2-q").version(), m.manifest().encoder());
    assertEquals("weka.classifiers.functions.LibLINEAR", m.manifest().classifier());
    assertTrue(m.compiled(), "predicts without Weka's per-call work");
    List<String> attributes = m.manifest().attributes();
    int first = attributes.indexOf("enc.000");
    assertTrue(first > 0, attributes.toString());
    assertEquals("enc.383", attributes.get(first + 383));
    assertFalse(attributes.contains("enc.384"));
  }

  @Test
  void aModelWithoutEncoderSaysNothingOfEncodersInItsManifest() throws Exception {
    String head = new String(Files.readAllBytes(plain), StandardCharsets.ISO_8859_1);
    String manifest = head.substring(0, head.indexOf("\npayload "));
    assertFalse(manifest.contains("encoder"), manifest);
    assertFalse(manifest.contains("enc.0"));
  }

  @Test
  void itScoresTheLoadedSentenceAboveTheReport() throws Exception {
    SentenceBiasModel bias = SentenceBiasModel.of(ModelStore.load(model), lexicons, List.of());
    assertTrue(bias.encoder().startsWith("e5-small-v2-q dev.langchain4j:"), bias.encoder());
    String text = "Greedy landlords are gouging desperate tenants with outrageous rent hikes.\n"
        + "The council approved a budget of 12 million dollars for the project.";
    var result = bias.score(Annotator.standard().annotate(Document.of("t", text)), List.of());
    assertEquals(2, result.sentences().size());
    assertTrue(result.sentences().get(0).probability() > result.sentences().get(1).probability(),
        result.toString());
  }

  @Test
  void aSentenceScoresTheSameAloneAndInAnArticle() throws Exception {
    SentenceBiasModel bias = SentenceBiasModel.of(ModelStore.load(model), lexicons, List.of());
    String first = "Critics said the mayor's reckless scheme would bankrupt the city.";
    String second = "The mayor said the plan would be reviewed by an independent panel.";
    var alone = bias.score(Annotator.standard().annotate(Document.of("a", second)), List.of());
    var both = bias.score(Annotator.standard().annotate(Document.of("b", first + " " + second)),
        List.of());
    assertEquals(alone.sentences().get(0).probability(),
        both.sentences().get(1).probability(), 1e-9);
  }

  @Test
  void aModelTrainedWithAnotherEncoderVersionIsRefused() throws Exception {
    ModelManifest m = ModelStore.load(model).manifest();
    ModelManifest other = withEncoder(m, m.encoder().replace("0.36.2", "0.35.0"));
    TrainedModel loaded = ModelStore.read("other.model",
        ModelStore.encode(other, ModelStoreTest.payloadOf(model)));
    InputException e = assertThrows(InputException.class,
        () -> SentenceBiasModel.of(loaded, lexicons, List.of()));
    assertTrue(e.getMessage().contains("trained with the sentence encoder")
        && e.getMessage().contains("0.35.0"), e.getMessage());
  }

  @Test
  void encoderFeaturesWithoutAnEncoderVersionAreAnIncompleteManifest() throws Exception {
    ModelManifest m = ModelStore.load(model).manifest();
    InputException e = assertThrows(InputException.class, () -> ModelStore.read("bare.model",
        ModelStore.encode(withEncoder(m, null), ModelStoreTest.payloadOf(model))));
    assertTrue(e.getMessage().contains("incomplete model manifest"), e.getMessage());
  }

  @Test
  void anUnknownEncoderNameInAManifestIsRefused() throws Exception {
    String bytes = new String(Files.readAllBytes(model), StandardCharsets.ISO_8859_1)
        .replace("\"encoder\" : \"e5-small-v2-q\"", "\"encoder\" : \"e5-large-v9-q\"");
    InputException e = assertThrows(InputException.class,
        () -> ModelStore.read("renamed.model", bytes.getBytes(StandardCharsets.ISO_8859_1)));
    assertTrue(e.getMessage().contains("unknown sentence encoder 'e5-large-v9-q'"), e.getMessage());
  }

  private static ModelManifest withEncoder(ModelManifest m, String encoder) {
    return new ModelManifest(m.format(), m.task(), m.slantVersion(), m.featureSet(),
        m.features(), m.attributesSha256(), m.attributes(), m.classValues(), m.lexicons(),
        m.detectors(), m.classifier(), m.options(), m.seed(), m.threshold(), m.decoding(),
        m.trainingData(), m.examples(), m.units(), null, encoder);
  }
}
