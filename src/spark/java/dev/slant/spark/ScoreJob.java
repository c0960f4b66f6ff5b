package dev.slant.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import dev.slant.SlantVersion;
import dev.slant.compare.Compare;
import dev.slant.compare.OutletSummary;
import dev.slant.compare.ReportFiles;
import dev.slant.compare.SentenceBiasNote;
import dev.slant.core.FeatureType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code slant score} and the per-outlet part of {@code slant compare} on Apache Spark. Reads
 * articles (CSV, JSON lines or Parquet with {@code id}, {@code outlet} and {@code text} columns),
 * scores every partition with the executor's shared {@link Pipeline}, and writes into the output
 * directory:
 *
 * <ul>
 *   <li>{@code articles.jsonl/}: one line per article, byte for byte the lines of {@code slant
 *       score --format jsonl} (the same renderer), in input order within each part file;
 *   <li>{@code articles.parquet/}: the same fields as typed columns;
 *   <li>{@code outlets.json}: per-outlet means and bootstrap intervals (framing index, feature
 *       rates and, unless {@code --no-model}, the share of biased sentences) and distinctive
 *       terms, serialised as compare's {@code outlets.json} and equal to its numbers for the same
 *       articles in the same order; {@code outlets.parquet/}: the same as a table;
 *   <li>{@code failures.jsonl/}: articles that could not be scored ({@code origin: message}),
 *       only when there are any.
 * </ul>
 */
public final class ScoreJob {

  /** The input file of a row and its position in the read, which restore input order. */
  static final String FILE = "_file";
  static final String POSITION = "_position";

  /** The result of a run. */
  public record Summary(long scored, long failed, List<OutletSummary> outlets) {}

  private ScoreJob() {}

  public static void main(String[] args) throws IOException {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("slant spark: " + e.getMessage());
      System.err.println(JobOptions.USAGE);
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("slant score").getOrCreate();
    try {
      Summary s = run(spark, options);
      System.out.printf(Locale.ROOT, "scored %d articles (%d failed) from %d outlets → %s%n",
          s.scored(), s.failed(), s.outlets().size(), options.out());
    } finally {
      spark.stop();
    }
  }

  public static Summary run(SparkSession spark, JobOptions options) throws IOException {
    Dataset<Row> scored = read(spark, options)
        .mapPartitions(new ScoreRows(options.maxArticleChars(), options.model(),
            options.sentenceModel()),
            Encoders.row(ScoreRows.SCHEMA))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> ok = scored.filter(col("ok"));
      Dataset<String> lines = ok.select("json").as(Encoders.STRING());
      lines.write().text(options.out() + "/articles.jsonl");
      spark.read().schema(articleSchema()).json(lines)
          .write().parquet(options.out() + "/articles.parquet");
      long total = scored.count();
      long scoredCount = ok.count();
      if (total > scoredCount) {
        scored.filter(col("ok").equalTo(false)).select(col("error"))
            .write().json(options.out() + "/failures.jsonl");
      }
      List<OutletSummary> outlets = outlets(spark, ok, options);
      spark.createDataFrame(outlets.stream().map(OutletAggregates::toRow).toList(),
              OutletAggregates.SCHEMA)
          .coalesce(1).write().parquet(options.out() + "/outlets.parquet");
      writeOutletsJson(spark, options, outlets, scoredCount, total - scoredCount);
      return new Summary(scoredCount, total - scoredCount, outlets);
    } finally {
      scored.unpersist();
    }
  }

  /**
   * The inputs with the standard columns (as strings, found case-insensitively; missing optional
   * ones are null) plus each row's file and position.
   *
   * @throws IllegalArgumentException if a required column is missing
   */
  static Dataset<Row> read(SparkSession spark, JobOptions options) {
    String[] paths = options.inputs().toArray(String[]::new);
    Dataset<Row> raw = switch (options.format()) {
      case "csv" -> spark.read()
          .option("header", "true")
          .option("multiLine", "true") // quoted fields may span lines, as RFC 4180 allows
          .option("escape", "\"")
          .option("encoding", "UTF-8")
          .csv(paths);
      case "jsonl" -> spark.read().schema(jsonlInputSchema()).json(paths);
      default -> spark.read().parquet(paths);
    };
    Map<String, String> columns = new TreeMap<>();
    for (String c : raw.columns()) {
      String name = c.startsWith("\uFEFF") ? c.substring(1) : c; // a BOM before the header
      columns.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), c);
    }
    List<Column> selected = new ArrayList<>();
    for (String name : List.of("id", "outlet", "title", "date", "url", "text")) {
      String actual = columns.get(name);
      if (actual == null && List.of("id", "outlet", "text").contains(name)) {
        throw new IllegalArgumentException("the input has no '" + name + "' column (columns: "
            + String.join(", ", raw.columns()) + "); id, outlet and text are required");
      }
      selected.add(actual == null ? lit(null).cast(DataTypes.StringType).as(name)
          : col("`" + actual + "`").cast(DataTypes.StringType).as(name));
    }
    selected.add(input_file_name().as(FILE));
    selected.add(monotonically_increasing_id().as(POSITION));
    return raw.select(selected.toArray(Column[]::new));
  }

  private static List<OutletSummary> outlets(SparkSession spark, Dataset<Row> ok,
      JobOptions options) {
    TreeMap<String, TreeMap<String, Integer>> terms = new TreeMap<>();
    for (Row g : ok.select("group").distinct().collectAsList()) {
      terms.put(g.getString(0), new TreeMap<>());
    }
    for (Row r : ok.select(col("group"), explode(col("terms")).as("term"))
        .groupBy("group", "term").count().collectAsList()) {
      terms.get(r.getString(0)).put(r.getString(1), Math.toIntExact(r.getLong(2)));
    }
    Broadcast<TreeMap<String, TreeMap<String, Integer>>> shared =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(terms);
    try {
      return ok.groupByKey((MapFunction<Row, String>) r -> r.getAs("group"), Encoders.STRING())
          .mapGroups(new OutletAggregates(options.resamples(), options.seed(), shared),
              Encoders.row(OutletAggregates.SCHEMA))
          .collectAsList().stream()
          .map(OutletAggregates::fromRow)
          .sorted(OutletAggregates.ORDER)
          .toList();
    } finally {
      shared.destroy();
    }
  }

  private static void writeOutletsJson(SparkSession spark, JobOptions options,
      List<OutletSummary> outlets, long scored, long failed) throws IOException {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("tool", "slant spark");
    meta.put("version", SlantVersion.describe());
    meta.put("inputs", options.inputs());
    meta.put("group_by", "outlet");
    meta.put("articles", scored);
    meta.put("failed", failed);
    meta.put("order", "input order: by file path, then position in the file");
    meta.put("rates", "findings per 1,000 words; a group's value is the mean over its articles");
    meta.put("confidence_interval", "95% percentile bootstrap over articles, "
        + options.resamples() + " resamples");
    meta.put("seed", options.seed());
    meta.put("resamples", options.resamples());
    SentenceBiasNote.meta(Pipeline.analyzer(options.model(), options.sentenceModel()))
        .ifPresent(note -> meta.put(Compare.SENTENCE_BIAS, note));
    meta.put("lexicons", Pipeline.lexiconVersions());
    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(options.out(), "outlets.json");
    FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
    try (OutputStream out = fs.create(file, false)) {
      out.write(ReportFiles.outletsJson(outlets, meta).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The optional and required keys of a JSON-lines input, all read as strings. */
  private static StructType jsonlInputSchema() {
    StructType s = new StructType();
    for (String name : List.of("id", "outlet", "title", "date", "url", "text")) {
      s = s.add(name, DataTypes.StringType, true);
    }
    return s;
  }

  /**
   * The fields of {@code slant score --format jsonl} as Parquet columns, in the same order (see
   * {@code JsonReport}): id, outlet, title, words, sentences, findings, scores, framing_index and
   * the sentence-bias summary.
   */
  static StructType articleSchema() {
    StructType finding = new StructType()
        .add("type", DataTypes.StringType)
        .add("start", DataTypes.IntegerType)
        .add("end", DataTypes.IntegerType)
        .add("text", DataTypes.StringType)
        .add("sentence", DataTypes.IntegerType)
        .add("score", DataTypes.DoubleType)
        .add("cue", DataTypes.StringType)
        // a neutral wording; absent (null) when the lexicon entry or rule offers none
        .add("suggestion", DataTypes.StringType);
    StructType typeScore = new StructType()
        .add("count", DataTypes.IntegerType)
        .add("per_1000_words", DataTypes.DoubleType);
    StructType scores = new StructType();
    for (FeatureType t : FeatureType.values()) {
      scores = scores.add(t.id(), typeScore);
    }
    return new StructType()
        .add("id", DataTypes.StringType)
        .add("outlet", DataTypes.StringType)
        .add("title", DataTypes.StringType)
        .add("words", DataTypes.IntegerType)
        .add("sentences", DataTypes.IntegerType)
        .add("findings", DataTypes.createArrayType(finding))
        .add("scores", scores)
        .add("framing_index", DataTypes.DoubleType)
        .add("bias", new StructType()
            .add("model", DataTypes.StringType)
            .add("mean_probability", DataTypes.DoubleType)
            .add("max_probability", DataTypes.DoubleType)
            .add("biased_sentences", DataTypes.IntegerType));
  }
}
