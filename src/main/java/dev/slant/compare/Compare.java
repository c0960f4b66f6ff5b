package dev.slant.compare;

import dev.slant.Analyzer;
import dev.slant.Batch;
import dev.slant.SlantVersion;
import dev.slant.ingest.Item;
import dev.slant.io.AtomicWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code slant compare} as a library call: analyse a stream of articles, write each article's page
 * as its result arrives, aggregate, and write the report directory atomically (all or nothing).
 * The report depends only on the inputs, the analyzer and the options' columns, seed and resample
 * count: not on the thread count, the clock or the machine's locale.
 */
public final class Compare {

  /** The meta entry describing the sentence-bias model, present only when one ran. */
  public static final String SENTENCE_BIAS = "sentence_bias";

  /** At most this many failure messages are recorded in the report's meta. */
  static final int MAX_LISTED_FAILURES = 100;

  /**
   * What a run did.
   *
   * @param batch counts of analysed and failed inputs
   * @param report what was written
   */
  public record Result(Batch.Summary batch, CompareReport report) {}

  private Compare() {}

  /**
   * @param provenance recorded in the report's meta: e.g. {@code lexicons} and {@code models} (the
   *     version is always {@link SlantVersion}'s)
   * @param observer sees every outcome in input order (progress, error messages); may be a no-op
   * @throws IOException if the report cannot be written or no article could be analysed; a
   *     previous report at {@code out} is then left as it was
   */
  public static Result run(Stream<Item> items, Analyzer analyzer, CompareOptions options,
      Map<String, Object> provenance, Path out, Consumer<Batch.Outcome> observer)
      throws IOException {
    Result[] result = new Result[1];
    AtomicWriter.writeDirectory(out, ReportFiles.JSON, dir -> {
      Collector collector = new Collector(dir, options);
      Batch.Summary summary;
      try {
        summary = Batch.run(items, analyzer, options.threads(), outcome -> {
          if (outcome instanceof Batch.Outcome.Scored s) {
            collector.accept(s.result());
          }
          observer.accept(outcome);
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      if (collector.rows().isEmpty()) {
        throw new IOException("no article could be analysed (" + summary.failed()
            + " inputs failed); nothing to compare");
      }
      Map<String, Object> meta = meta(analyzer, options, provenance, collector, summary);
      boolean paired = options.pairBy() != null
          && collector.withoutPairKey() < collector.rows().size();
      CompareReport report = new Aggregator(
          new Bootstrap(options.resamples(), options.seed(), Bootstrap.DEFAULT_CONFIDENCE))
          .build(collector.rows(), collector.terms(), paired, meta);
      ReportFiles.writeAll(dir, report);
      result[0] = new Result(summary, report);
    });
    return result[0];
  }

  private static Map<String, Object> meta(Analyzer analyzer, CompareOptions options,
      Map<String, Object> provenance, Collector collector, Batch.Summary summary) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("tool", "slant compare");
    meta.put("version", SlantVersion.describe());
    meta.put("group_by", options.groupBy());
    meta.put("pair_by", options.pairBy());
    meta.put("articles", collector.rows().size());
    meta.put("failed", summary.failed());
    meta.put("rates", "findings per 1,000 words; a group's value is the mean over its articles");
    meta.put("confidence_interval", "95% percentile bootstrap over articles, "
        + options.resamples() + " resamples");
    meta.put("seed", options.seed());
    meta.put("resamples", options.resamples());
    meta.put("effect_size", "Cliff's delta");
    meta.put("test", "Mann-Whitney U, two-sided, normal approximation with tie correction");
    meta.put("paired_test", "Wilcoxon signed-rank on per-story mean differences, two-sided"
        + " (exact up to " + RankTests.EXACT_SIGNED_RANK_MAX + " untied differences)");
    meta.put("multiple_comparisons", "Holm-Bonferroni within each measure, alpha "
        + Aggregator.ALPHA);
    meta.put("distinctive_terms", "weighted log-odds ratio with informative Dirichlet prior"
        + " (prior = corpus term counts), z-scores; terms = lower-cased text of "
        + "loaded_adjective and loaded_language findings");
    meta.put("detectors", analyzer.detectors().stream()
        .map(d -> d.getClass().getSimpleName()).toList());
    SentenceBiasNote.meta(analyzer).ifPresent(note -> meta.put(SENTENCE_BIAS, note));
    meta.putAll(provenance);
    meta.putIfAbsent("lexicons", Map.of());
    meta.put("warnings", warnings(options, collector, summary, analyzer.detectors().size(),
        analyzer.biasModel().isPresent()));
    meta.put("failures", summary.failures().stream().limit(MAX_LISTED_FAILURES).toList());
    return meta;
  }

  private static List<String> warnings(CompareOptions options, Collector collector,
      Batch.Summary summary, int detectors, boolean biasModel) {
    List<String> w = new ArrayList<>();
    int n = collector.rows().size();
    if (collector.withoutGroup() > 0) {
      w.add(collector.withoutGroup() + " of " + n + " articles have no " + options.groupBy()
          + " and are grouped as \"(no " + options.groupBy() + ")\"");
    }
    if (options.pairBy() != null && collector.withoutPairKey() == n) {
      w.add("no article has a value for " + options.pairBy()
          + ": same-story comparisons are left out");
    } else if (collector.withoutPairKey() > 0) {
      w.add(collector.withoutPairKey() + " of " + n + " articles have no " + options.pairBy()
          + " and are left out of same-story comparisons");
    }
    if (collector.rows().stream().allMatch(r -> r.framingIndex() == 0)) {
      w.add("no framing feature was found in any article (" + detectors + " detectors ran):"
          + (biasModel ? " every rate and framing index is zero" : " every figure is zero"));
    }
    if (summary.failed() > 0) {
      w.add(summary.failed() + " inputs could not be read or analysed and are left out");
    }
    return w;
  }
}
