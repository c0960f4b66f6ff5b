package dev.slant.detect.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.core.Document;
import dev.slant.core.InputException;
import dev.slant.lexicon.LexiconSet;
import dev.slant.nlp.Annotator;
import dev.slant.train.ClassifierSpec;
import dev.slant.train.Corpora;
import dev.slant.train.CorpusFormat;
import dev.slant.train.Fixtures;
import dev.slant.train.Training;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.Classifier;

/** Model files: what loads, and every way a bad or foreign file is refused before it can run. */
class ModelStoreTest {

  @TempDir static Path dir;
  static Path model;
  static LexiconSet lexicons;

  @BeforeAll
  static void trainSmallModel() throws Exception {
    lexicons = LexiconSet.bundled();
    model = dir.resolve("bias.model");
    training("weka.classifiers.functions.Logistic", "").train(
        Corpora.read(CorpusFormat.CSV, Task.SENTENCE, List.of(Fixtures.sentenceCsv(dir))), model);
  }

  static Training training(String classifier, String options) throws InputException {
    return new Training(Task.SENTENCE, FeatureConfig.defaults(Task.SENTENCE).withMinCount(1),
        ClassifierSpec.of(classifier, options, 7), 0.5, lexicons, List.of(), 1);
  }

  @Test
  void aTrainedModelLoadsAndScoresSentences() throws Exception {
    TrainedModel m = ModelStore.load(model, Task.SENTENCE);
    assertEquals("sentence", m.manifest().task());
    assertEquals(24, m.manifest().examples());
    assertEquals(7, m.manifest().seed());
    assertEquals(lexicons.versions(), m.manifest().lexicons());
    SentenceBiasModel bias = SentenceBiasModel.of(m, lexicons, List.of());
    String text = "Greedy landlords are gouging desperate tenants with outrageous rent hikes.\n"
        + "The council approved a budget of 12 million dollars for the project.";
    var doc = Annotator.standard().annotate(Document.of("t", text));
    SentenceBiasModel.ArticleBias result = bias.score(doc, List.of());
    assertEquals(2, result.sentences().size());
    assertTrue(result.sentences().get(0).probability() > result.sentences().get(1).probability());
    assertEquals(0, result.sentences().get(1).span().start() - 75);
  }

  @Test
  void modelFileStartsWithAReadableManifest() throws IOException {
    String head = new String(Arrays.copyOf(Files.readAllBytes(model), 200),
        java.nio.charset.StandardCharsets.ISO_8859_1);
    assertTrue(head.startsWith("SLANT-MODEL 1\nmanifest "));
    assertTrue(head.contains("\"task\" : \"sentence\""));
  }

  @Test
  void everyCommonWekaClassifierPassesTheAllowlist() throws Exception {
    for (String c : List.of("Logistic", "SMO", "NaiveBayesMultinomial", "NaiveBayes", "J48",
        "RandomForest", "SGD", "LibLINEAR")) {
      Path out = dir.resolve(c + ".model");
      training(c, c.equals("SMO") ? "-M" : "").train(
          Corpora.read(CorpusFormat.CSV, Task.SENTENCE, List.of(Fixtures.sentenceCsv(dir))), out);
      TrainedModel m = ModelStore.load(out, Task.SENTENCE);
      assertTrue(m.manifest().classifier().endsWith("." + c), c);
    }
  }

  /** Counts how often its readObject ran: it must never, since the filter refuses it first. */
  static final class Gadget implements Serializable {
    static int readObjectCalls;

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      readObjectCalls++;
    }
  }

  @Test
  void aPayloadWithAClassOutsideTheAllowlistIsRefusedBeforeItRuns() throws Exception {
    Map<String, Object> gadgetInside = new HashMap<>();
    gadgetInside.put("x", new Gadget());
    InputException e = assertThrows(InputException.class,
        () -> ModelStore.read("evil.model", container(gzipSerialise(gadgetInside))));
    assertTrue(e.getMessage().contains("ModelStoreTest$Gadget is not allowed"), e.getMessage());
    assertEquals(0, Gadget.readObjectCalls);
  }

  @Test
  void aUrlPayloadIsRefused() throws Exception {
    InputException e = assertThrows(InputException.class, () -> ModelStore.read("url.model",
        container(gzipSerialise(new URL("http://localhost/")))));
    assertTrue(e.getMessage().contains("java.net.URL is not allowed"), e.getMessage());
  }

  @Test
  void anAllowedObjectThatIsNotAClassifierIsRefused() throws Exception {
    InputException e = assertThrows(InputException.class,
        () -> ModelStore.read("list.model", container(gzipSerialise(new ArrayList<>()))));
    assertTrue(e.getMessage().contains("not a Weka classifier"), e.getMessage());
  }

  @Test
  void deepObjectGraphsAreRefused() throws Exception {
    Object nested = new ArrayList<>();
    for (int i = 0; i < ModelObjectFilter.MAX_DEPTH + 10; i++) {
      List<Object> outer = new ArrayList<>();
      outer.add(nested);
      nested = outer;
    }
    Object deep = nested;
    byte[][] holder = new byte[1][];
    // Serialising such a graph needs a larger stack than a test thread has.
    Thread t = new Thread(null, () -> {
      try {
        holder[0] = gzipSerialise(deep);
      } catch (IOException ex) {
        throw new IllegalStateException(ex);
      }
    }, "deep", 256L << 20);
    t.start();
    t.join();
    byte[] payload = holder[0];
    InputException e = assertThrows(InputException.class,
        () -> ModelStore.read("deep.model", container(payload)));
    // The filter stops it at its depth limit, or the stack runs out first: refused either way.
    assertTrue(e.getMessage().contains("deep"), e.getMessage());
  }

  @Test
  void aTruncatedFileIsRefused() throws Exception {
    byte[] bytes = Files.readAllBytes(model);
    for (int keep : new int[] {0, 10, 40, bytes.length / 2, bytes.length - 1}) {
      InputException e = assertThrows(InputException.class,
          () -> ModelStore.read("cut.model", Arrays.copyOf(bytes, keep)));
      assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("empty")
          || e.getMessage().contains("not a slant model"), keep + ": " + e.getMessage());
    }
  }

  @Test
  void aModifiedPayloadFailsItsChecksum() throws Exception {
    byte[] bytes = Files.readAllBytes(model);
    bytes[bytes.length - 20] ^= 1;
    InputException e = assertThrows(InputException.class,
        () -> ModelStore.read("tampered.model", bytes));
    assertTrue(e.getMessage().contains("checksum"), e.getMessage());
  }

  @Test
  void aFileThatIsNotAModelIsRefused() {
    InputException e = assertThrows(InputException.class, () -> ModelStore.read("notes.txt",
        "Council backs curfew\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains("not a slant model file"), e.getMessage());
  }

  @Test
  void aModelForAnotherTaskIsRefused() {
    InputException e = assertThrows(InputException.class, () -> ModelStore.load(model, Task.HEDGE));
    assertEquals(model.toString(), e.origin());
    assertEquals("this is a model for the sentence task, not the hedge task", e.getMessage());
    InputException tagger = assertThrows(InputException.class,
        () -> TokenTagger.of(ModelStore.load(model), lexicons, List.of()));
    assertTrue(tagger.getMessage().contains("not a token task"));
  }

  @Test
  void aManifestWithoutADecodingJoinsRunsOfTokensAtItsThreshold() throws Exception {
    TrainedModel m = ModelStore.load(model);
    assertEquals(null, m.manifest().decoding());
    assertFalse(Files.readString(model, java.nio.charset.StandardCharsets.ISO_8859_1)
        .contains("\"decoding\""));
    assertEquals(SpanDecoding.plain(m.threshold()), m.decoding());
  }

  @Test
  void anOlderFeatureSetIsRefused() throws Exception {
    ModelManifest m = ModelStore.load(model).manifest();
    ModelManifest old = new ModelManifest(m.format(), m.task(), m.slantVersion(),
        "slant-features/0", m.features(), m.attributesSha256(), m.attributes(), m.classValues(),
        m.lexicons(), m.detectors(), m.classifier(), m.options(), m.seed(), m.threshold(),
        m.decoding(), m.trainingData(), m.examples(), m.units(), null);
    TrainedModel loaded = ModelStore.read("old.model", ModelStore.encode(old, payloadOf(model)));
    InputException e = assertThrows(InputException.class,
        () -> SentenceBiasModel.of(loaded, lexicons, List.of()));
    assertTrue(e.getMessage().contains("feature set 'slant-features/0'"), e.getMessage());
  }

  @Test
  void otherLexiconVersionsAreRefused() throws Exception {
    ModelManifest m = ModelStore.load(model).manifest();
    Map<String, String> versions = new HashMap<>(m.lexicons());
    versions.put("hedges", "000000000000");
    ModelManifest other = new ModelManifest(m.format(), m.task(), m.slantVersion(),
        m.featureSet(), m.features(), m.attributesSha256(), m.attributes(), m.classValues(),
        versions, m.detectors(), m.classifier(), m.options(), m.seed(), m.threshold(),
        m.decoding(), m.trainingData(), m.examples(), m.units(), null);
    TrainedModel loaded = ModelStore.read("other.model", ModelStore.encode(other, payloadOf(model)));
    InputException e = assertThrows(InputException.class,
        () -> SentenceBiasModel.of(loaded, lexicons, List.of()));
    assertTrue(e.getMessage().contains("lexicon versions"), e.getMessage());
  }

  @Test
  void anAttributeListThatDoesNotMatchItsChecksumIsRefused() throws Exception {
    ModelManifest m = ModelStore.load(model).manifest();
    List<String> attributes = new ArrayList<>(m.attributes());
    attributes.add("w:extra");
    ModelManifest edited = new ModelManifest(m.format(), m.task(), m.slantVersion(),
        m.featureSet(), m.features(), m.attributesSha256(), attributes, m.classValues(),
        m.lexicons(), m.detectors(), m.classifier(), m.options(), m.seed(), m.threshold(),
        m.decoding(), m.trainingData(), m.examples(), m.units(), null);
    InputException e = assertThrows(InputException.class,
        () -> ModelStore.read("edited.model", ModelStore.encode(edited, payloadOf(model))));
    assertTrue(e.getMessage().contains("does not match its checksum"), e.getMessage());
  }

  @Test
  void writingReplacesTheTargetWithoutLeavingTemporaryFiles() throws Exception {
    Path sub = dir.resolve("atomic");
    Path target = sub.resolve("m.model");
    Classifier c = ModelStore.deserialise("x", payloadOf(model));
    ModelManifest m = ModelStore.load(model).manifest();
    ModelStore.write(m, c, target);
    ModelStore.write(m, c, target);
    try (var files = Files.list(sub)) {
      assertEquals(List.of(target), files.toList());
    }
    assertArrayEquals(Files.readAllBytes(target), ModelStore.encode(m, ModelStore.serialise(c)));
    assertFalse(Files.isDirectory(target));
  }

  /** A container around {@code payload} with the manifest of the trained model. */
  static byte[] container(byte[] payload) throws Exception {
    return ModelStore.encode(ModelStore.load(model).manifest(), payload);
  }

  static byte[] payloadOf(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String s = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    int start = s.indexOf('\n', s.indexOf("\npayload ") + 1) + 1;
    return Arrays.copyOfRange(bytes, start, bytes.length);
  }

  static byte[] gzipSerialise(Object o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }
}
