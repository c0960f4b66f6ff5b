package dev.slant.compare;

import dev.slant.report.Numbers;
import dev.slant.report.Stylesheet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The template context shared by index.html and report.md: preformatted strings only, so the two
 * files show the same digits. Untrusted text (group names, titles) is passed as is; the templates
 * escape it.
 */
final class ReportView {

  /** Above this many articles the page lists only the extremes; articles.csv has them all. */
  static final int MAX_LISTED_ARTICLES = 2_000;

  private ReportView() {}

  static Map<String, Object> of(CompareReport report) {
    Map<String, Object> meta = report.meta();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("title", "Outlet comparison");
    v.put("css", Stylesheet.css());
    v.put("articleCount", report.articles().size());
    v.put("wordCount", report.articles().stream().mapToLong(ArticleRow::words).sum());
    v.put("groupCount", report.outlets().size());
    v.put("groupBy", meta.get("group_by"));
    v.put("pairBy", meta.get("pair_by") == null ? "" : meta.get("pair_by"));
    v.put("warnings", meta.getOrDefault("warnings", List.of()));
    v.put("resamples", meta.get("resamples"));
    v.put("seed", meta.get("seed"));
    v.put("version", meta.get("version"));
    v.put("detectors", meta.get("detectors").toString());
    v.put("lexicons", meta.get("lexicons").toString());
    v.put("hasBias", hasBias(report));
    v.put("biasNote", biasNote(meta));
    List<Measure> features = features(report);

    List<Map<String, Object>> headers = new ArrayList<>();
    for (Measure m : features) {
      headers.add(Map.of("id", m.id(), "label", m.label(), "description", m.unit()));
    }
    v.put("measureHeaders", headers);

    List<Map<String, Object>> ranking = new ArrayList<>();
    int rank = 1;
    for (OutletSummary o : report.outlets()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("rank", rank++);
      row.put("outlet", o.outlet());
      row.put("articles", o.articles());
      row.put("words", o.words());
      row.put("framingIndex", interval(o.framingIndex()));
      row.put("features",
          features.stream().map(m -> Numbers.fixedOrMissing(o.of(m).mean(), 2)).toList());
      row.put("featureIntervals", features.stream().map(m -> interval(o.of(m))).toList());
      List<Map<String, Object>> terms = o.topTerms().stream().map(t -> Map.<String, Object>of(
          "term", t.term(), "count", t.count(), "z", Numbers.fixedOrMissing(t.z(), 2))).toList();
      row.put("terms", terms);
      row.put("hasTerms", !terms.isEmpty());
      ranking.add(row);
    }
    v.put("ranking", ranking);

    v.put("comparisonGroups", byMeasure(report.measures(), report.comparisons(), Comparison::measure,
        Comparison::significant, c -> Map.of(
            "a", c.a(), "b", c.b(), "meanA", Numbers.fixedOrMissing(c.meanA(), 2),
            "meanB", Numbers.fixedOrMissing(c.meanB(), 2),
            "delta", Numbers.fixedOrMissing(c.cliffsDelta(), 2),
            "p", Numbers.pValue(c.p()), "pHolm", Numbers.pValue(c.pHolm()),
            "significant", c.significant())));
    v.put("hasPaired", !report.pairedComparisons().isEmpty());
    v.put("pairedGroups", byMeasure(report.measures(), report.pairedComparisons(), PairedComparison::measure,
        PairedComparison::significant, c -> Map.of(
            "a", c.a(), "b", c.b(), "stories", c.stories(),
            "difference", interval(
                new Interval(c.meanDifference(), c.ciLow(), c.ciHigh())),
            "p", Numbers.pValue(c.p()), "pHolm", Numbers.pValue(c.pHolm()),
            "significant", c.significant())));

    v.put("mostFramed", articles(report.mostFramed(), features));
    v.put("leastFramed", articles(report.leastFramed(), features));
    boolean showAll = report.articles().size() <= MAX_LISTED_ARTICLES;
    v.put("showAll", showAll);
    v.put("allArticles", showAll ? articles(report.articles(), features) : List.of());
    return v;
  }

  /** The measures shown as columns beside the framing index: the rates, then biased sentences. */
  static List<Measure> features(CompareReport report) {
    return report.measures().stream().filter(m -> !m.isFramingIndex()).toList();
  }

  /** The feature-rate measures only. */
  static List<Measure> rates(CompareReport report) {
    return report.measures().stream().filter(m -> m.kind() == Measure.Kind.RATE).toList();
  }

  static boolean hasBias(CompareReport report) {
    return report.measures().stream().anyMatch(m -> m.kind() == Measure.Kind.BIASED_SENTENCES);
  }

  /** The plain-words explanation of the biased-sentences measure, or "" without a model. */
  private static String biasNote(Map<String, Object> meta) {
    return meta.get(Compare.SENTENCE_BIAS) instanceof Map<?, ?> bias
        ? String.valueOf(bias.get("explanation")) : "";
  }

  private static <T> List<Map<String, Object>> byMeasure(List<Measure> measures, List<T> items,
      Function<T, String> measure, Function<T, Boolean> significant,
      Function<T, Map<String, Object>> row) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Measure m : measures) {
      List<T> mine = items.stream().filter(i -> measure.apply(i).equals(m.id())).toList();
      if (mine.isEmpty()) {
        continue;
      }
      out.add(Map.of(
          "label", m.heading(),
          "open", m.isFramingIndex(),
          "count", mine.size(),
          "significantCount", mine.stream().filter(significant::apply).count(),
          "rows", mine.stream().map(row).toList()));
    }
    return out;
  }

  private static List<Map<String, Object>> articles(List<ArticleRow> rows,
      List<Measure> features) {
    return rows.stream().map(r -> {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("title", r.title().isBlank() ? r.id() : r.title());
      a.put("id", r.id());
      a.put("group", r.group());
      a.put("pairKey", r.pairKey());
      a.put("words", r.words());
      a.put("page", r.page());
      a.put("framingIndex", Numbers.fixedOrMissing(r.framingIndex(), 2));
      a.put("rates", features.stream().map(m -> Numbers.fixedOrMissing(r.value(m), 2)).toList());
      a.put("meanBiasProbability",
          r.bias().map(b -> Numbers.fixedOrMissing(b.meanProbability(), 2)).orElse(""));
      return a;
    }).toList();
  }

  /** A mean with its interval: "12.30 (9.10–15.20)". */
  private static String interval(Interval iv) {
    return Numbers.fixedOrMissing(iv.mean(), 2) + " (" + Numbers.fixedOrMissing(iv.ciLow(), 2)
        + "–" + Numbers.fixedOrMissing(iv.ciHigh(), 2) + ")";
  }
}
