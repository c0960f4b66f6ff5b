package dev.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.Analyzer;
import dev.slant.compare.Compare;
import dev.slant.compare.CompareOptions;
import dev.slant.detect.Detectors;
import dev.slant.ingest.Inputs;
import dev.slant.ingest.ReadOptions;
import dev.slant.lexicon.LexiconSet;
import dev.slant.nlp.Annotator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

  @TempDir Path root;
  private final String corpus = Path.of(System.getProperty("slant.project.dir", "."))
      .resolve("training-data/outlets/corpus.csv").toString();

  /** Exit code, standard output and standard error of one run. */
  record Run(int exit, String out, String err) {}

  private static Run slant(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = Main.run(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private static JsonNode json(Path dir) throws IOException {
    return new ObjectMapper().readTree(dir.resolve("outlets.json").toFile());
  }

  @Test
  void comparesTheBundledCorpusByOutletOnSharedStories() throws IOException {
    Path out = root.resolve("report");
    Run run = slant("compare", corpus, "--out", out.toString(), "--pair-by", "story",
        "--threads", "2");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("compared 31 articles in 5 groups (0 failed)"), run.out());
    assertEquals("", run.err(), "no progress bar when standard error is not a terminal");
    JsonNode report = json(out);
    assertEquals(5, report.get("outlets").size());
    assertEquals("story", report.get("meta").get("pair_by").asText());
    assertEquals(7 * 10, report.get("comparisons").size(),
        "7 measures (the framing index, 5 rates, biased sentences) × 10 outlet pairs");
    assertEquals(7 * 10, report.get("paired_comparisons").size());
    report.get("outlets").forEach(o -> assertTrue(o.has("biased_sentences"), o.toString()));
    JsonNode bias = report.get("meta").get("sentence_bias");
    assertEquals("sentence-babe", bias.get("model").asText(), "the bundled model, as in score");
    assertTrue(bias.get("explanation").asText().startsWith("Biased sentences is the share of an"
        + " article's sentences that the model sentence-babe, trained on "), bias.toString());
    for (String f : List.of("outlets.csv", "articles.csv", "comparisons.csv", "report.md",
        "index.html")) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
  }

  @Test
  void groupsByAnyColumn() throws IOException {
    Path out = root.resolve("by-story");
    assertEquals(0, slant("compare", corpus, "--out", out.toString(), "--group-by", "story")
        .exit());
    List<String> groups = new ArrayList<>();
    json(out).get("outlets").forEach(o -> groups.add(o.get("outlet").asText()));
    assertEquals(List.of("fares", "flood", "hospital", "housing", "plant", "protest"),
        groups.stream().sorted().toList());
  }

  @Test
  void anUnknownPairingColumnIsAWarningNotAFailure() throws IOException {
    Path out = root.resolve("no-pairs");
    assertEquals(0, slant("compare", corpus, "--out", out.toString(), "--pair-by", "event")
        .exit());
    JsonNode report = json(out);
    assertEquals(0, report.get("paired_comparisons").size());
    assertTrue(report.get("meta").get("warnings").get(0).asText()
        .contains("no article has a value for event"));
  }

  @Test
  void anUnreadableModelIsAOneLineFailureAndNothingIsWritten() {
    Path missing = root.resolve("x.model");
    Run run = slant("compare", corpus, "--out", root.resolve("m").toString(), "--model",
        missing.toString());
    assertEquals(3, run.exit());
    assertTrue(run.err().startsWith(missing + ": cannot read model"), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertFalse(Files.exists(root.resolve("m")));
  }

  private Path bundledModel(String name) throws IOException {
    try (var in = getClass().getClassLoader().getResourceAsStream("models/" + name)) {
      Path file = root.resolve(name);
      Files.write(file, in.readAllBytes());
      return file;
    }
  }

  @Test
  void aHedgeModelReplacesTheHedgeRulesAndIsRecordedInTheReport() throws IOException {
    Path model = bundledModel("hedge-szeged.model");
    Path out = root.resolve("with-model");
    Run run = slant("compare", corpus, "--out", out.toString(), "--model", model.toString());
    assertEquals(0, run.exit(), run.err());
    JsonNode meta = json(out).get("meta");
    assertEquals(model.toString(), meta.get("models").get(0).asText());
    assertTrue(meta.get("detectors").toString().contains("ModelDetector"), meta.toString());
    assertFalse(meta.get("detectors").toString().contains("AttributionHedgeDetector"),
        meta.toString());
  }

  @Test
  void aSentenceModelReplacesTheBundledOneAndNamesTheMeasure() throws IOException {
    Path model = root.resolve("my-sentence.model");
    Files.move(bundledModel("sentence-babe.model"), model);
    Path out = root.resolve("s");
    Run run = slant("compare", corpus, "--out", out.toString(), "--model", model.toString());
    assertEquals(0, run.exit(), run.err());
    JsonNode meta = json(out).get("meta");
    assertEquals("my-sentence", meta.get("sentence_bias").get("model").asText());
    assertEquals(model.toString(), meta.get("models").get(0).asText());
    assertTrue(Files.readString(out.resolve("report.md"))
        .contains("| biased sentences (model my-sentence) |"));
  }

  @Test
  void theShareOfBiasedSentencesIsWhatScoreCountsForEachArticle() throws IOException {
    Path out = root.resolve("share");
    Path scored = root.resolve("scored.json");
    assertEquals(0, slant("compare", corpus, "--out", out.toString()).exit());
    assertEquals(0, slant("score", "--format", "json", "--out", scored.toString(), corpus).exit());
    Map<String, Double> expected = new TreeMap<>();
    for (JsonNode a : new ObjectMapper().readTree(scored.toFile())) {
      expected.put(a.get("id").asText(), 100.0 * a.get("bias").get("biased_sentences").asInt()
          / a.get("sentence_scores").size());
    }
    Map<String, Double> compared = new TreeMap<>();
    try (var rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(Files.newBufferedReader(out.resolve("articles.csv")))) {
      rows.forEach(r -> compared.put(r.get("id"),
          Double.parseDouble(r.get("biased_sentences_percent"))));
    }
    assertEquals(expected.keySet(), compared.keySet());
    expected.forEach((id, share) -> assertEquals(share, compared.get(id), 5e-5, id));
    assertTrue(expected.values().stream().anyMatch(v -> v > 0), "some sentence rated biased");
  }

  @Test
  void noModelLeavesTheMeasureOutEverywhere() throws Exception {
    Path out = root.resolve("rules");
    Run run = slant("compare", corpus, "--out", out.toString(), "--pair-by", "story",
        "--no-model");
    assertEquals(0, run.exit(), run.err());
    assertEquals(6 * 10, json(out).get("comparisons").size());
    assertFalse(json(out).get("meta").has("sentence_bias"));
    // Byte for byte the report of an analysis that has no sentence model at all.
    LexiconSet lexicons = LexiconSet.bundled();
    Path rules = root.resolve("rules-only");
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("version", new Main.Version().getVersion()[0]);
    provenance.put("lexicons", lexicons.versions());
    provenance.put("models", List.of());
    Compare.run(Inputs.read(List.of(corpus), ReadOptions.defaults()),
        new Analyzer(Annotator.standard(), Detectors.standard(lexicons)),
        CompareOptions.defaults().withPairBy("story"), provenance, rules, o -> {});
    List<Path> files;
    try (var walk = Files.walk(out)) {
      files = walk.filter(Files::isRegularFile).map(out::relativize).sorted().toList();
    }
    assertEquals(6 + 31, files.size());
    for (Path f : files) {
      String text = Files.readString(out.resolve(f));
      assertFalse(text.contains("biased") || text.contains("class=\"sentence"), f.toString());
      assertEquals(Files.readString(rules.resolve(f)), text, f.toString());
    }
  }

  @Test
  void unreadableInputsAreReportedAndNothingIsWrittenWithoutArticles() {
    Path missing = root.resolve("missing.txt");
    Run run = slant("compare", missing.toString(), "--out", root.resolve("r").toString());
    assertEquals(ExitCodes.FAILED, run.exit());
    assertTrue(run.err().contains(missing + ": no such file"), run.err());
    assertTrue(run.err().contains("no article could be analysed"), run.err());
    assertFalse(Files.exists(root.resolve("r")));
  }
}
