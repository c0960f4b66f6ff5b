package dev.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command's output on a tiny corpus: its shape and plausibility, never its timings. */
class BenchCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> ARTICLES = List.of(
      "The harbour authority said on Monday that the ferry terminal would close for repairs."
          + " Traders called the \"temporary\" closure a reckless blow to the waterfront.\n"
          + "A senior official, speaking on condition of anonymity, said the work could take"
          + " a year.",
      "Council members voted 6-3 to approve the curfew. Critics say the so-called safety plan"
          + " was drafted in secret and allegedly ignored the advice of police.\n"
          + "The mayor insisted the measure was necessary.",
      "Rain is expected across the region on Thursday, forecasters said. Temperatures will"
          + " fall to around 8 degrees overnight, and winds may gust up to 60 km/h on the coast.");

  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  private static Run slant(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
        new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path corpus() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (int i = 0; i < ARTICLES.size(); i++) {
      Files.writeString(corpus.resolve("article-" + i + ".txt"), ARTICLES.get(i),
          StandardCharsets.UTF_8);
    }
    return corpus;
  }

  @Test
  void measuresEveryStageWithOneAndTwoThreadsAndWritesJson() throws IOException {
    Path json = dir.resolve("bench.json");
    Path scratch = Files.createDirectories(dir.resolve("scratch"));
    Run r = slant("bench", "--corpus", corpus().toString(), "--min-mb", "0.005",
        "--threads", "2", "--startup-runs", "1", "--json", json.toString(),
        "--scratch", scratch.toString(), "--project", dir.resolve("no-checkout").toString());
    assertEquals(0, r.code(), r.err());

    JsonNode report = JSON.readTree(json.toFile());
    JsonNode corpus = report.get("corpus");
    assertTrue(corpus.get("description").asText().contains("3 .txt files under "),
        corpus.toString());
    assertTrue(corpus.get("bytes").asLong() >= 5_000, corpus.toString());
    assertEquals(0, corpus.get("articles").asInt() % 3, "whole copies of the corpus");
    long tokens = corpus.get("tokens").asLong();
    assertTrue(tokens > 0);

    Set<String> seen = new HashSet<>();
    for (JsonNode stage : report.get("stages")) {
      seen.add(stage.get("stage").asText() + "/" + stage.get("threads").asInt());
      assertEquals(tokens, stage.get("tokens").asLong(), "every stage counts the same tokens");
      for (String positive : List.of("seconds", "mb_per_second", "tokens_per_second",
          "peak_heap_bytes")) {
        assertTrue(stage.get(positive).asDouble() > 0, positive + " in " + stage);
      }
      // Process CPU time advances in clock ticks (10 ms on Linux): a stage of a few
      // milliseconds on this tiny corpus may read 0.
      assertTrue(stage.get("cpu_seconds").asDouble() >= 0, stage.toString());
      assertTrue(stage.get("cpu_wait_seconds").asDouble() >= 0
          || !Files.isDirectory(Path.of("/proc/self/task")), stage.toString());
    }
    assertEquals(Set.of("opennlp/1", "bare-opennlp/1", "score/1", "compare/1", "opennlp/2",
        "bare-opennlp/2", "score/2", "compare/2"), seen);
    assertEquals(8, report.get("stages").size());

    JsonNode ratios = report.get("ratios");
    assertTrue(ratios.get("score_vs_opennlp").get("1").asDouble() > 0, ratios.toString());
    assertTrue(ratios.get("score_vs_opennlp").get("2").asDouble() > 0, ratios.toString());
    for (String threads : List.of("1", "2")) {
      assertTrue(ratios.get("score_vs_bare_opennlp").get(threads).asDouble() > 0,
          ratios.toString());
    }
    for (String stage : List.of("opennlp", "bare-opennlp", "score", "compare")) {
      assertTrue(ratios.get("speedup").get(stage).asDouble() > 0, ratios.toString());
      if (Files.isDirectory(Path.of("/proc/self/task"))) {
        // An estimate from wall time less CPU waits: on this tiny corpus a stage runs for a few
        // milliseconds, and on a loaded machine the waits can exceed that, so only its presence
        // is checked.
        assertTrue(ratios.get("speedup_without_cpu_waits").get(stage).isNumber(),
            ratios.toString());
      }
    }

    JsonNode startup = report.get("startup");
    assertEquals(1, startup.size(), () -> "without a built jar: one command, from the class path; " + report.get("notes"));
    assertEquals(1, startup.get(0).get("runs_ms").size());
    assertTrue(startup.get(0).get("median_ms").asDouble() > 0);
    assertTrue(report.get("notes").toString().contains("target/slant.jar is not built"));

    JsonNode machine = report.get("machine");
    assertEquals(Runtime.getRuntime().availableProcessors(), machine.get("processors").asInt());
    assertTrue(machine.get("max_heap_bytes").asLong() > 0);

    assertTrue(r.out().contains("stage        threads   seconds     MB/s     tokens/s"), r.out());
    assertTrue(r.out().contains("score throughput / OpenNLP ceiling, 2 thread(s): "), r.out());
    assertTrue(r.out().contains("score throughput / bare OpenNLP pipeline (sentences,"
        + " TokenizerME, beam POSTaggerME), 1 thread(s): "), r.out());
    JsonNode byCpu = ratios.get("score_vs_opennlp_cpu");
    assertTrue(byCpu.isObject(), ratios.toString());
    byCpu.forEach(v -> assertTrue(v.asDouble() > 0, ratios.toString()));
    assertTrue(r.out().contains("java -cp, JVM defaults"), r.out());
    try (var left = Files.list(scratch)) {
      assertEquals(List.of(), left.toList(), "temporary reports are deleted");
    }
  }

  @Test
  void compareScaleWritesACorpusOfTheAskedSizeComparesItAndCleansUp() throws IOException {
    Path json = dir.resolve("scale.json");
    Path scratch = Files.createDirectories(dir.resolve("scratch"));
    Run r = slant("bench", "--corpus", corpus().toString(), "--compare-scale", "0.02",
        "--threads", "2", "--json", json.toString(), "--scratch", scratch.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode scale = JSON.readTree(json.toFile()).get("compare_scale");
    assertTrue(scale.get("input_bytes").asLong() >= 20_000, scale.toString());
    assertEquals(0, scale.get("articles").asInt() % 3, "whole copies of the corpus");
    assertTrue(scale.get("articles").asInt() >= 20_000 / 600, scale.toString());
    assertEquals(2, scale.get("threads").asInt());
    for (String positive : List.of("seconds", "mb_per_second", "max_heap_bytes",
        "peak_heap_bytes")) {
      assertTrue(scale.get(positive).asDouble() > 0, positive + " in " + scale);
    }
    assertTrue(scale.get("input").asText().contains("the 3 articles of the benchmark corpus"
        + " repeated, spread over 5 outlets"), scale.toString());
    assertTrue(r.out().contains("compare at scale: "), r.out());
    try (var left = Files.list(scratch)) {
      assertEquals(List.of(), left.toList(), "the generated corpus and report are deleted");
    }
  }

  @Test
  void aMissingCorpusIsReportedWithoutMeasuring() {
    Path missing = dir.resolve("nowhere");
    Run r = slant("bench", "--corpus", missing.toString(), "--startup-runs", "0");
    assertEquals(ExitCodes.FAILED, r.code());
    assertEquals("slant bench: " + missing + ": no such file or directory\n", r.err());
  }

  @Test
  void anUnknownStageIsAUsageError() throws IOException {
    Run r = slant("bench", "--corpus", corpus().toString(), "--stages", "opennlp,train",
        "--startup-runs", "0");
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("unknown stage 'train'"), r.err());
  }

  @Test
  void readsBackItsOwnJson() throws IOException {
    Path json = dir.resolve("small.json");
    Run r = slant("bench", "--corpus", corpus().toString(), "--min-mb", "0.001", "--threads",
        "1", "--stages", "opennlp", "--startup-runs", "0", "--json", json.toString());
    assertEquals(0, r.code(), r.err());
    var report = dev.slant.bench.BenchReport.readJson(json);
    assertEquals(1, report.stages().size());
    assertEquals("opennlp", report.stages().get(0).stage());
    assertEquals(new ArrayList<>(), new ArrayList<>(report.startup()));
  }

  @Test
  void theEncoderStagesReportWordpiecesPerSecondAtOneAndTwoThreads() throws IOException {
    Path json = dir.resolve("encoder.json");
    Run r = slant("bench", "--corpus", corpus().toString(), "--min-mb", "0.001", "--threads",
        "2", "--stages", "encoder", "--encoder-kb", "1", "--startup-runs", "0", "--json",
        json.toString());
    assertEquals(0, r.code(), r.err());
    var report = dev.slant.bench.BenchReport.readJson(json);
    List<String> stages = report.stages().stream().map(s -> s.stage() + "@" + s.threads())
        .toList();
    assertEquals(List.of("opennlp@1", "opennlp@2", "encoder@1", "score-encoder@1", "encoder@2",
        "score-encoder@2"), stages);
    long wordpieces = report.stages().get(2).tokens();
    assertTrue(wordpieces > 20, "wordpieces: " + wordpieces);
    for (var s : report.stages().subList(2, 6)) {
      assertEquals(wordpieces, s.tokens(), s.toString());
      assertTrue(s.tokensPerSecond() > 0, s.toString());
    }
    assertTrue(report.notes().stream().anyMatch(n -> n.contains("encoder's wordpieces/s")),
        report.notes().toString());
  }

  @Test
  void readsAJsonLinesCorpusWithTheTextUnderContentOriginal() throws IOException {
    Path jsonl = dir.resolve("news.jsonl");
    StringBuilder lines = new StringBuilder();
    for (String article : ARTICLES) {
      lines.append(JSON.writeValueAsString(java.util.Map.of("ID", "x", "content_original",
          article))).append('\n');
    }
    Files.writeString(jsonl, lines, StandardCharsets.UTF_8);
    Path json = dir.resolve("jsonl.json");
    Run r = slant("bench", "--corpus", jsonl.toString(), "--min-mb", "0", "--threads", "1",
        "--stages", "opennlp,bare-opennlp", "--startup-runs", "0", "--json", json.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode report = JSON.readTree(json.toFile());
    assertEquals(ARTICLES.size(), report.get("corpus").get("articles").asInt());
    assertTrue(report.get("corpus").get("description").asText()
        .startsWith(ARTICLES.size() + " articles in "), report.get("corpus").toString());
  }

  @Test
  void aJsonLineWithoutTextIsReportedWithItsLineNumber() throws IOException {
    Path jsonl = dir.resolve("bad.jsonl");
    Files.writeString(jsonl, "{\"text\": \"The council met.\"}\n{\"body\": \"No text key.\"}\n",
        StandardCharsets.UTF_8);
    Run r = slant("bench", "--corpus", jsonl.toString(), "--startup-runs", "0");
    assertEquals(ExitCodes.FAILED, r.code());
    assertTrue(r.err().contains(jsonl + ":2: no text"), r.err());
  }
}
