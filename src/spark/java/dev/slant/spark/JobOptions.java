package dev.slant.spark;

import dev.slant.compare.Bootstrap;
import dev.slant.compare.CompareOptions;
import dev.slant.ingest.ReadOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the Spark job reads and writes.
 *
 * @param inputs files or directories (any Hadoop path: {@code hdfs://}, {@code s3a://}, local)
 * @param format {@code csv}, {@code jsonl} or {@code parquet}
 * @param out the output directory; must not exist yet
 * @param seed bootstrap seed, as {@code compare --seed}
 * @param resamples bootstrap resamples, as {@code compare --resamples}
 * @param maxArticleChars longer articles are refused, as {@code --max-article-chars}
 * @param model whether to run the bundled sentence-bias model (and aggregate compare's
 *     biased-sentences measure); false with {@code --no-model}, as in {@code score} and
 *     {@code compare}
 * @param sentenceModel the bundled sentence-bias model to run, {@code sentence-babe} (the
 *     default) or {@code sentence-encoder}, as {@code --model NAME} in {@code score}
 */
public record JobOptions(List<String> inputs, String format, String out, long seed, int resamples,
    int maxArticleChars, boolean model, String sentenceModel) {

  /** The sentence models {@code --model} accepts: the bundled ones. */
  public static final List<String> SENTENCE_MODELS = List.of("sentence-babe", "sentence-encoder");

  public static final List<String> FORMATS = List.of("csv", "jsonl", "parquet");

  static final String USAGE = String.join("\n",
      "usage: spark-submit --class dev.slant.spark.ScoreJob slant-spark.jar \\",
      "         --input PATH [--input PATH ...] --out DIR [--format csv|jsonl|parquet]",
      "         [--seed N] [--resamples N] [--max-article-chars N]",
      "         [--model sentence-babe|sentence-encoder | --no-model]",
      "Inputs need the columns id, outlet and text (title, date, url are used when present).",
      "The format defaults to the first input's extension (.csv, .jsonl/.json, .parquet).");

  public JobOptions {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no --input");
    }
    if (out == null || out.isBlank()) {
      throw new IllegalArgumentException("no --out");
    }
    if (!FORMATS.contains(format)) {
      throw new IllegalArgumentException("unknown format '" + format
          + "' (formats: csv, jsonl, parquet)");
    }
    if (resamples < 1 || maxArticleChars < 1) {
      throw new IllegalArgumentException("--resamples and --max-article-chars must be positive");
    }
    if (sentenceModel == null) {
      sentenceModel = SENTENCE_MODELS.get(0);
    }
    if (!SENTENCE_MODELS.contains(sentenceModel)) {
      throw new IllegalArgumentException("unknown --model '" + sentenceModel + "' (models: "
          + String.join(", ", SENTENCE_MODELS) + ")");
    }
  }

  /** @throws IllegalArgumentException naming the bad or missing argument */
  public static JobOptions parse(String... args) {
    List<String> inputs = new ArrayList<>();
    String format = null;
    String out = null;
    long seed = CompareOptions.DEFAULT_SEED;
    int resamples = Bootstrap.DEFAULT_RESAMPLES;
    int maxChars = ReadOptions.DEFAULT_MAX_ARTICLE_CHARS;
    boolean model = true;
    String sentenceModel = null;
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (name.equals("--no-model")) {
        model = false;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name.startsWith("--")
            ? name + " needs a value" : "unexpected argument '" + name + "'");
      }
      String value = args[++i];
      switch (name) {
        case "--input" -> inputs.add(value);
        case "--format" -> format = value.toLowerCase(Locale.ROOT);
        case "--out" -> out = value;
        case "--seed" -> seed = number(name, value);
        case "--resamples" -> resamples = (int) number(name, value);
        case "--max-article-chars" -> maxChars = (int) number(name, value);
        case "--model" -> sentenceModel = value;
        default -> throw new IllegalArgumentException("unknown option '" + name + "'");
      }
    }
    if (format == null && !inputs.isEmpty()) {
      format = formatOf(inputs.get(0));
    }
    if (!model && sentenceModel != null) {
      throw new IllegalArgumentException("--model and --no-model contradict each other");
    }
    return new JobOptions(inputs, format, out, seed, resamples, maxChars, model, sentenceModel);
  }

  private static String formatOf(String path) {
    String p = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
    if (p.endsWith(".csv")) {
      return "csv";
    }
    if (p.endsWith(".jsonl") || p.endsWith(".json")) {
      return "jsonl";
    }
    if (p.endsWith(".parquet")) {
      return "parquet";
    }
    throw new IllegalArgumentException("cannot tell the format of " + path
        + " from its name: give --format csv, jsonl or parquet");
  }

  private static long number(String name, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " needs a whole number, got '" + value + "'");
    }
  }
}
