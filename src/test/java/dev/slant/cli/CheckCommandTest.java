package dev.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.core.FeatureType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  /** What one run printed and returned. */
  private record Run(int exit, String out, String err) {}

  @TempDir Path tmp;
  private Path dev;

  @BeforeEach
  void writeTinyDevSet() throws IOException {
    // "Tuesday" marked as a loaded adjective is a deliberate gold span no detector will find.
    dev = tmp.resolve("tiny.jsonl");
    Files.writeString(dev, """
        {"id":"t1","text":"The \\"voluntary\\" relocation began on Tuesday.","spans":[\
        {"type":"scare_quote","start":4,"end":15,"text":"\\"voluntary\\""},\
        {"type":"loaded_adjective","start":36,"end":43,"text":"Tuesday"}]}
        {"id":"t2","text":"Critics say the plan is rushed.","spans":[\
        {"type":"anonymous_source","start":0,"end":7,"text":"Critics"}]}
        {"id":"t3","text":"The motion passed by 312 votes to 290.","spans":[]}
        """, StandardCharsets.UTF_8);
  }

  @Test
  void textReportHasARowPerTypeWithGoldCountsAndAMicroRow() {
    Run r = run("check", "--data", dev.toString(), "--threads", "1");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().startsWith("slant check: 3 documents from " + dev), r.out());
    assertRow(r.out(), "scare_quote", 1);
    assertRow(r.out(), "loaded_adjective", 1);
    assertRow(r.out(), "loaded_language", 0);
    assertRow(r.out(), "attribution_hedge", 0);
    assertRow(r.out(), "anonymous_source", 1);
    assertRow(r.out(), "micro", 3);
    assertFalse(r.out().contains("Errors"), "errors listed without --show-errors");
  }

  @Test
  void showErrorsListsMissedGoldSpansInContext() {
    Run r = run("check", "--data", dev.toString(), "--show-errors", "3");
    assertEquals(0, r.exit(), r.err());
    assertTrue(Pattern.compile("(?m)^loaded_adjective: [1-9]\\d* FN, \\d+ FP$").matcher(r.out()).find(),
        r.out());
    assertTrue(Pattern.compile("(?m)^  FN\\s+t1\\s+\\[36, 43\\)\\s+.*relocation began on \\[\\[Tuesday]]\\.$")
        .matcher(r.out()).find(), r.out());
  }

  @Test
  void jsonReportCarriesCountsScoresAndErrors() throws Exception {
    Run r = run("check", "--data", dev.toString(), "--format", "json", "--show-errors", "1");
    assertEquals(0, r.exit(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals(3, root.get("documents").asInt());
    assertEquals(dev.toString(), root.get("source").asText());
    for (FeatureType t : FeatureType.values()) {
      JsonNode type = root.get("types").get(t.id());
      for (String mode : new String[] {"exact", "overlap", "char_overlap"}) {
        for (String measure : new String[] {"precision", "recall", "f1"}) {
          double v = type.get(mode).get(measure).asDouble();
          assertTrue(v >= 0 && v <= 1, t.id() + " " + mode + " " + measure + " = " + v);
        }
      }
    }
    assertEquals(1, root.get("types").get("scare_quote").get("gold").asInt());
    assertEquals(3, root.get("micro").get("gold").asInt());
    JsonNode tuesday = null;
    for (JsonNode e : root.get("errors")) {
      if (e.get("text").asText().equals("Tuesday")) {
        tuesday = e;
      }
    }
    assertEquals("FN", tuesday.get("kind").asText());
    assertEquals("loaded_adjective", tuesday.get("label").asText());
    assertEquals(36, tuesday.get("start").asInt());
    assertEquals(0, root.get("failures").size());
  }

  @Test
  void missingAndMalformedFilesGiveOneLineErrors() throws IOException {
    Path missing = tmp.resolve("missing.jsonl");
    Run r = run("check", "--data", missing.toString());
    assertEquals(ExitCodes.FAILED, r.exit());
    assertEquals(missing + ": file not found" + System.lineSeparator(), r.err());
    assertEquals("", r.out());

    Path bad = tmp.resolve("bad.jsonl");
    Files.writeString(bad, "{\"id\":\"a\",\"text\":\"x\",\"spans\":[]}\n{\"id\":\"b\",\"text\":\n");
    r = run("check", "--data", bad.toString());
    assertEquals(ExitCodes.FAILED, r.exit());
    assertTrue(r.err().startsWith(bad + ":2: malformed JSON"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void commandLineMistakesExitWithTwo() {
    assertEquals(2, run("check").exit());
    assertEquals(2, run("check", "--data", dev.toString(), "--ptc", tmp.toString()).exit());
    Run technique = run("check", "--data", dev.toString(), "--technique", "Doubt");
    assertEquals(2, technique.exit());
    assertEquals("slant check: --technique applies to --ptc only", technique.err().strip());
    Run types = run("check", "--ptc", tmp.toString(), "--types", "bias");
    assertEquals(2, types.exit());
    assertTrue(types.err().contains("unknown type 'bias'"), types.err());
    assertEquals(2, run("check", "--data", dev.toString(), "--format", "xml").exit());
  }

  @Test
  void aLexiconThatExtendsNothingIsAnInputError() throws IOException {
    Path lexicon = tmp.resolve("words.tsv");
    Files.writeString(lexicon, "term\tintensity\tnote\n");
    Run r = run("check", "--data", dev.toString(), "--lexicon", lexicon.toString());
    assertEquals(ExitCodes.FAILED, r.exit());
    assertTrue(r.err().startsWith(lexicon + ": a --lexicon file must be named after the lexicon"),
        r.err());
  }

  @Test
  void ptcModeScoresAFolderInThePtcLayout() throws Exception {
    Path articles = Files.createDirectories(tmp.resolve("ptc/datasets/train-articles"));
    Path labels = Files.createDirectories(
        tmp.resolve("ptc/datasets/train-labels-task2-technique-classification"));
    Files.writeString(articles.resolve("article7.txt"), "\uFEFFOfficials said a firestorm of outrage followed.\n");
    Files.writeString(labels.resolve("article7.task2-TC.labels"), "7\tLoaded_Language\t18\t38\n");

    Run text = run("check", "--ptc", tmp.resolve("ptc").toString());
    assertEquals(0, text.exit(), text.err());
    assertTrue(text.out().contains("1 PTC train articles"), text.out());
    assertTrue(text.out().contains("gold: Loaded_Language; predicted: loaded_adjective + loaded_language"),
        text.out());
    assertTrue(Pattern.compile("(?m)^char overlap \\(SemEval\\)\\s+1\\s+\\d+ ").matcher(text.out()).find(),
        text.out());

    Run json = run("check", "--ptc", tmp.resolve("ptc").toString(), "--format", "json",
        "--show-errors", "5");
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertEquals("Loaded_Language", root.get("technique").asText());
    assertEquals(1, root.get("gold").asInt());
    boolean missedShown = false;
    for (JsonNode e : root.get("errors")) {
      missedShown |= e.get("kind").asText().equals("FN")
          && e.get("text").asText().equals("firestorm of outrage") && e.get("start").asInt() == 17;
    }
    assertTrue(missedShown || root.get("exact").get("tp").asInt() == 1, json.out());

    Run unknown = run("check", "--ptc", tmp.resolve("ptc").toString(), "--technique", "Slogans");
    assertEquals(ExitCodes.FAILED, unknown.exit());
    assertTrue(unknown.err().contains("no spans of technique \"Slogans\"; techniques present:"
        + " Loaded_Language"), unknown.err());
  }

  private static void assertRow(String out, String label, int gold) {
    assertTrue(Pattern.compile("(?m)^" + label + "\\s+" + gold + "\\s+\\d+ \\|").matcher(out).find(),
        label + " row with gold " + gold + " in:\n" + out);
  }

  private static synchronized Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = Main.run(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
