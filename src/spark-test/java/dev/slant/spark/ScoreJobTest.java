package dev.slant.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.cli.Main;
import dev.slant.compare.ArticleRow;
import dev.slant.compare.BiasShare;
import dev.slant.core.FeatureType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode against the CLI on the same input: its per-article lines are the
 * lines of {@code slant score --format jsonl}, its Parquet holds the same fields and values, and
 * its per-outlet aggregates (with the biased-sentences measure, or without it under
 * {@code --no-model}) are the {@code outlets} of compare's {@code outlets.json}.
 */
class ScoreJobTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path PROJECT = Path.of(System.getProperty("slant.project.dir", "."));
  private static final Path CORPUS = PROJECT.resolve("training-data/outlets/corpus.csv");

  private static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("slant-spark-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private static String slant(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
        new PrintWriter(err), args);
    assertEquals(0, code, err.toString());
    return out.toString();
  }

  private List<String> cliJsonl(Path input) throws IOException {
    Path out = dir.resolve("cli-" + input.getFileName() + ".jsonl");
    slant("score", "--format", "jsonl", "--out", out.toString(), input.toString());
    return Files.readAllLines(out, StandardCharsets.UTF_8);
  }

  private ScoreJob.Summary job(String... args) throws IOException {
    return ScoreJob.run(spark, JobOptions.parse(args));
  }

  /** The lines of a Spark text output, part files in partition order. */
  private static List<String> partLines(Path outputDir) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(outputDir)) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted()
          .toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  @Test
  void csvArticlesAreScoredAsTheCliScoresThemAndOutletsAggregateAsCompare() throws IOException {
    Path out = dir.resolve("spark");
    ScoreJob.Summary summary = job("--input", CORPUS.toString(), "--out", out.toString());

    List<String> expected = cliJsonl(CORPUS);
    assertTrue(expected.size() > 30, "a corpus of some size");
    assertEquals(expected.size(), summary.scored());
    assertEquals(0, summary.failed());
    assertEquals(expected, partLines(out.resolve("articles.jsonl")));

    List<String> parquet = spark.read().parquet(out.resolve("articles.parquet").toString())
        .toJSON().collectAsList();
    assertEquals(expected.size(), parquet.size());
    for (int i = 0; i < expected.size(); i++) {
      assertSameJson(JSON.readTree(expected.get(i)), JSON.readTree(parquet.get(i)), "line " + i);
    }

    // The same measures as compare by default: with the bundled sentence model's share of
    // biased sentences, described in the meta as compare describes it.
    Path report = dir.resolve("compare");
    slant("compare", CORPUS.toString(), "--out", report.toString(), "--no-progress");
    JsonNode compareJson = JSON.readTree(report.resolve("outlets.json").toFile());
    JsonNode sparkJson = JSON.readTree(out.resolve("outlets.json").toFile());
    JsonNode compareOutlets = compareJson.get("outlets");
    assertTrue(compareOutlets.size() >= 3, "several outlets");
    for (JsonNode o : compareOutlets) {
      assertTrue(o.has("biased_sentences"), o.toString());
    }
    assertEquals(compareOutlets, sparkJson.get("outlets"));
    assertEquals(compareJson.at("/meta/sentence_bias"), sparkJson.at("/meta/sentence_bias"));
    assertEquals("sentence-babe", sparkJson.at("/meta/sentence_bias/model").asText());
    List<Row> parquetOutlets = spark.read().parquet(out.resolve("outlets.parquet").toString())
        .collectAsList();
    assertEquals(compareOutlets.size(), parquetOutlets.size());
    for (Row o : parquetOutlets) {
      assertFalse(o.isNullAt(o.fieldIndex("biased_sentences")), o.toString());
    }
  }

  @Test
  void withTheEncoderModelTheLinesAreThoseOfTheCliWithItAndTheMetaNamesTheEncoder()
      throws IOException {
    // Six articles are enough: the encoder is far slower than the rest.
    Path input = dir.resolve("six.csv");
    try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
            .setSkipHeaderRecord(true).build().parse(Files.newBufferedReader(CORPUS));
        var printer = new org.apache.commons.csv.CSVPrinter(Files.newBufferedWriter(input),
            org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                .setHeader(parser.getHeaderNames().toArray(String[]::new)).build())) {
      int n = 0;
      for (var record : parser) {
        if (n++ < 6) {
          printer.printRecord(record.toList());
        }
      }
    }
    Path out = dir.resolve("spark-encoder");
    ScoreJob.Summary summary = job("--input", input.toString(), "--out", out.toString(),
        "--model", "sentence-encoder");
    assertEquals(6, summary.scored());
    Path cli = dir.resolve("cli-encoder.jsonl");
    slant("score", "--model", "sentence-encoder", "--format", "jsonl", "--out", cli.toString(),
        input.toString());
    List<String> expected = Files.readAllLines(cli, StandardCharsets.UTF_8);
    assertEquals(expected, partLines(out.resolve("articles.jsonl")));
    assertTrue(expected.get(0).contains(
        "\"model\":\"sentence-encoder\",\"encoder\":\"e5-small-v2-q "), expected.get(0));
    JsonNode meta = JSON.readTree(out.resolve("outlets.json").toFile()).at("/meta/sentence_bias");
    assertEquals("sentence-encoder", meta.get("model").asText());
    assertTrue(meta.get("encoder").asText().startsWith("e5-small-v2-q dev.langchain4j:"),
        meta.toString());
  }

  @Test
  void withoutTheModelTheLinesAndOutletsAreThoseOfTheCliWithoutIt() throws IOException {
    Path out = dir.resolve("spark");
    job("--input", CORPUS.toString(), "--out", out.toString(), "--no-model");

    Path lines = dir.resolve("cli.jsonl");
    slant("score", "--format", "jsonl", "--no-model", "--out", lines.toString(),
        CORPUS.toString());
    List<String> expected = Files.readAllLines(lines, StandardCharsets.UTF_8);
    assertFalse(expected.get(0).contains("\"bias\""), expected.get(0));
    assertEquals(expected, partLines(out.resolve("articles.jsonl")));

    Path report = dir.resolve("compare");
    slant("compare", CORPUS.toString(), "--out", report.toString(), "--no-progress",
        "--no-model");
    JsonNode compareOutlets = JSON.readTree(report.resolve("outlets.json").toFile()).get("outlets");
    JsonNode sparkJson = JSON.readTree(out.resolve("outlets.json").toFile());
    assertFalse(compareOutlets.get(0).has("biased_sentences"), compareOutlets.get(0).toString());
    assertEquals(compareOutlets, sparkJson.get("outlets"));
    assertTrue(sparkJson.at("/meta/sentence_bias").isMissingNode(), sparkJson.get("meta")
        .toString());
  }

  @Test
  void compareRowsCrossTheClusterUnchangedWithOrWithoutAVerdict() {
    Map<FeatureType, Double> rates = new EnumMap<>(FeatureType.class);
    for (FeatureType t : FeatureType.values()) {
      rates.put(t, t.ordinal() * 1.25);
    }
    ArticleRow withVerdict = new ArticleRow("hl-7", "Harbour Ledger", "Harbour Ledger", "",
        "Council approves curfew", "2024-05-02", 412, rates, 37.5, "",
        Optional.of(new BiasShare("sentence-babe", 18, 5, 0.4125)));
    ArticleRow without = new ArticleRow("cc-2", "", "(no outlet)", "", "", "", 96, rates, 0.0,
        "");
    List<Row> decoded = spark.createDataFrame(List.of(ArticleRowColumns.toRow(withVerdict),
            ArticleRowColumns.toRow(without)), ArticleRowColumns.SCHEMA).collectAsList();
    assertEquals(List.of(withVerdict, without),
        decoded.stream().map(ArticleRowColumns::fromRow).toList());
  }

  @Test
  void jsonLinesAndParquetInputsGiveTheSameLinesAsTheCli() throws IOException {
    Path jsonl = PROJECT.resolve("training-data/examples/mixed.jsonl");
    Path fromJsonl = dir.resolve("from-jsonl");
    job("--input", jsonl.toString(), "--out", fromJsonl.toString());
    assertEquals(cliJsonl(jsonl), partLines(fromJsonl.resolve("articles.jsonl")));

    Path parquetInput = dir.resolve("corpus.parquet");
    spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
        .csv(CORPUS.toString()).coalesce(1).write().parquet(parquetInput.toString());
    Path fromParquet = dir.resolve("from-parquet");
    job("--input", parquetInput.toString(), "--out", fromParquet.toString());
    assertEquals(cliJsonl(CORPUS), partLines(fromParquet.resolve("articles.jsonl")));
  }

  @Test
  void articlesThatCannotBeScoredAreListedAndTheOthersScored() throws IOException {
    Path input = dir.resolve("mixed.jsonl");
    Files.writeString(input, String.join("\n",
        "{\"id\":\"a1\",\"outlet\":\"Harbour Ledger\",\"text\":\"The council voted 6-3 to"
            + " approve the curfew, officials said.\"}",
        "{\"id\":\"a2\",\"outlet\":\"Harbour Ledger\",\"text\":\"   \"}",
        "{\"outlet\":\"Harbour Ledger\",\"text\":\"An article without an id.\"}",
        "{\"id\":\"a4\",\"outlet\":\"Coast Courier\",\"text\":\"Critics say the so-called"
            + " safety plan was drafted in secret.\"}",
        ""), StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    ScoreJob.Summary summary = job("--input", input.toString(), "--out", out.toString());
    assertEquals(2, summary.scored());
    assertEquals(2, summary.failed());
    List<String> ids = new ArrayList<>();
    for (String line : partLines(out.resolve("articles.jsonl"))) {
      ids.add(JSON.readTree(line).get("id").asText());
    }
    assertEquals(List.of("a1", "a4"), ids);
    List<String> errors = new ArrayList<>();
    for (String line : partLines(out.resolve("failures.jsonl"))) {
      errors.add(JSON.readTree(line).get("error").asText());
    }
    errors.sort(null);
    assertEquals(2, errors.size(), errors.toString());
    assertTrue(errors.get(0).endsWith("(id a2): text contains only whitespace"), errors.get(0));
    assertTrue(errors.get(1).endsWith("(id missing): no id"), errors.get(1));
  }

  @Test
  void anInputWithoutAnOutletColumnIsRefusedBeforeAnythingRuns() throws IOException {
    Path input = dir.resolve("no-outlet.csv");
    Files.writeString(input, "id,text\nx1,The ferry fare rose by 12 percent.\n");
    var e = assertThrows(IllegalArgumentException.class,
        () -> job("--input", input.toString(), "--out", dir.resolve("never").toString()));
    assertEquals("the input has no 'outlet' column (columns: id, text); id, outlet and text are"
        + " required", e.getMessage());
    assertFalse(Files.exists(dir.resolve("never")));
  }

  @Test
  void optionsNameWhatIsWrong() {
    assertEquals("jsonl", JobOptions.parse("--input", "a.jsonl", "--out", "o").format());
    assertEquals("parquet", JobOptions.parse("--input", "s3a://b/x.parquet/", "--out", "o")
        .format());
    assertEquals("cannot tell the format of data.txt from its name: give --format csv, jsonl"
            + " or parquet",
        assertThrows(IllegalArgumentException.class,
            () -> JobOptions.parse("--input", "data.txt", "--out", "o")).getMessage());
    assertEquals("--seed needs a whole number, got 'x'",
        assertThrows(IllegalArgumentException.class,
            () -> JobOptions.parse("--input", "a.csv", "--out", "o", "--seed", "x"))
            .getMessage());
    assertTrue(JobOptions.parse("--input", "a.csv", "--out", "o").model());
    assertEquals("sentence-babe", JobOptions.parse("--input", "a.csv", "--out", "o")
        .sentenceModel());
    assertEquals("sentence-encoder", JobOptions.parse("--input", "a.csv", "--out", "o",
        "--model", "sentence-encoder").sentenceModel());
    assertEquals("unknown --model 'bert' (models: sentence-babe, sentence-encoder)",
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "a.csv",
            "--out", "o", "--model", "bert")).getMessage());
    assertEquals("--model and --no-model contradict each other",
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "a.csv",
            "--out", "o", "--model", "sentence-encoder", "--no-model")).getMessage());
    assertFalse(JobOptions.parse("--input", "a.csv", "--no-model", "--out", "o").model());
    assertEquals("no --out", assertThrows(IllegalArgumentException.class,
        () -> JobOptions.parse("--input", "a.csv")).getMessage());
  }

  /** Same keys in the same order and the same values (numbers compared as numbers). */
  private static void assertSameJson(JsonNode expected, JsonNode actual, String where) {
    if (expected.isNumber()) {
      assertTrue(actual.isNumber(), where + ": " + actual);
      assertEquals(expected.asDouble(), actual.asDouble(), 0.0, where);
    } else if (expected.isObject()) {
      List<String> keys = new ArrayList<>();
      expected.fieldNames().forEachRemaining(keys::add);
      List<String> actualKeys = new ArrayList<>();
      actual.fieldNames().forEachRemaining(actualKeys::add);
      assertEquals(keys, actualKeys, where);
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        assertSameJson(e.getValue(), actual.get(e.getKey()), where + "." + e.getKey());
      }
    } else if (expected.isArray()) {
      assertEquals(expected.size(), actual.size(), where);
      for (int i = 0; i < expected.size(); i++) {
        assertSameJson(expected.get(i), actual.get(i), where + "[" + i + "]");
      }
    } else {
      assertEquals(expected, actual, where);
    }
  }
}
