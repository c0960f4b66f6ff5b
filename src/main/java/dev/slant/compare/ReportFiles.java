package dev.slant.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.slant.report.Numbers;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the report files (outlets.json, outlets.csv, articles.csv, comparisons.csv, report.md,
 * index.html) into a directory. The drill-down pages are written earlier, as results stream in.
 */
public final class ReportFiles {

  public static final String JSON = "outlets.json";
  static final String OUTLETS_CSV = "outlets.csv";
  static final String ARTICLES_CSV = "articles.csv";
  static final String COMPARISONS_CSV = "comparisons.csv";
  static final String MARKDOWN = "report.md";
  static final String HTML = "index.html";

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .registerModule(new SimpleModule().addSerializer(Double.class, new RoundedDouble())
          .addSerializer(double.class, new RoundedDouble()));

  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").build();

  private ReportFiles() {}

  public static void writeAll(Path dir, CompareReport report) throws IOException {
    writeJson(dir.resolve(JSON), report);
    writeOutletsCsv(dir.resolve(OUTLETS_CSV), report);
    writeArticlesCsv(dir.resolve(ARTICLES_CSV), report);
    writeComparisonsCsv(dir.resolve(COMPARISONS_CSV), report);
    Map<String, Object> view = ReportView.of(report);
    Files.writeString(dir.resolve(MARKDOWN), Templates.REPORT_MD.execute(view),
        StandardCharsets.UTF_8);
    view.put("charts", charts(report));
    Files.writeString(dir.resolve(HTML), Templates.INDEX.execute(view), StandardCharsets.UTF_8);
  }

  static void writeJson(Path file, CompareReport report) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("outlets", report.outlets());
    root.put("comparisons", report.comparisons());
    root.put("paired_comparisons", report.pairedComparisons());
    root.put("most_framed", articleRefs(report.mostFramed()));
    root.put("least_framed", articleRefs(report.leastFramed()));
    root.put("meta", report.meta());
    Files.writeString(file, MAPPER.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
  }

  /**
   * Outlet summaries serialised exactly as in {@code outlets.json}, as {@code {"outlets": […],
   * "meta": {…}}}: for runs that aggregate elsewhere (the Spark job).
   */
  public static String outletsJson(List<OutletSummary> outlets, Map<String, Object> meta)
      throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("outlets", outlets);
    root.put("meta", meta);
    return MAPPER.writeValueAsString(root) + "\n";
  }

  private static List<Map<String, Object>> articleRefs(List<ArticleRow> rows) {
    return rows.stream().map(r -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      m.put("outlet", r.group());
      m.put("title", r.title());
      m.put("words", r.words());
      m.put("framing_index", r.framingIndex());
      r.bias().ifPresent(b -> {
        m.put("biased_sentences", b.percent());
        m.put("mean_bias_probability", b.meanProbability());
      });
      m.put("page", r.page());
      return m;
    }).toList();
  }

  /** Long format: one row per outlet and measure. */
  static void writeOutletsCsv(Path file, CompareReport report) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
         CSVPrinter csv = new CSVPrinter(w, CSV)) {
      csv.printRecord("outlet", "articles", "words", "measure", "mean", "ci_low", "ci_high");
      for (OutletSummary o : report.outlets()) {
        for (Measure m : report.measures()) {
          Interval iv = o.of(m);
          csv.printRecord(Csv.text(o.outlet()), o.articles(), o.words(), m.id(),
              Csv.number(iv.mean()), Csv.number(iv.ciLow()), Csv.number(iv.ciHigh()));
        }
      }
    }
  }

  /**
   * Wide format: one row per article with every rate, and with a sentence-bias model the share of
   * biased sentences (0–100) and the mean sentence probability.
   */
  static void writeArticlesCsv(Path file, CompareReport report) throws IOException {
    List<Measure> features = ReportView.rates(report);
    boolean bias = ReportView.hasBias(report);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
         CSVPrinter csv = new CSVPrinter(w, CSV)) {
      List<Object> header = new ArrayList<>(
          List.of("id", "outlet", "group", "pair_key", "title", "date", "words"));
      features.forEach(m -> header.add(m.id() + "_per_1000_words"));
      header.add("framing_index");
      if (bias) {
        header.addAll(List.of("biased_sentences_percent", "mean_bias_probability"));
      }
      header.add("page");
      csv.printRecord(header);
      for (ArticleRow r : report.articles()) {
        List<Object> row = new ArrayList<>(List.of(Csv.text(r.id()), Csv.text(r.outlet()),
            Csv.text(r.group()), Csv.text(r.pairKey()), Csv.text(r.title()), Csv.text(r.date()),
            r.words()));
        features.forEach(m -> row.add(Csv.number(r.value(m))));
        row.add(Csv.number(r.framingIndex()));
        r.bias().filter(b -> bias).ifPresent(b -> {
          row.add(Csv.number(b.percent()));
          row.add(Csv.number(b.meanProbability()));
        });
        row.add(Csv.text(r.page()));
        csv.printRecord(row);
      }
    }
  }

  /**
   * Long format: one row per test. {@code kind} is {@code all_articles} (Mann–Whitney, effect =
   * Cliff's delta) or {@code same_story} (Wilcoxon signed-rank, effect = mean difference a − b).
   */
  static void writeComparisonsCsv(Path file, CompareReport report) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
         CSVPrinter csv = new CSVPrinter(w, CSV)) {
      csv.printRecord("kind", "measure", "a", "b", "n_a", "n_b", "mean_a", "mean_b", "effect",
          "ci_low", "ci_high", "p", "p_holm", "significant");
      for (Comparison c : report.comparisons()) {
        csv.printRecord("all_articles", c.measure(), Csv.text(c.a()), Csv.text(c.b()), c.nA(),
            c.nB(), Csv.number(c.meanA()), Csv.number(c.meanB()), Csv.number(c.cliffsDelta()),
            "", "", Csv.number(c.p()), Csv.number(c.pHolm()), c.significant());
      }
      for (PairedComparison c : report.pairedComparisons()) {
        csv.printRecord("same_story", c.measure(), Csv.text(c.a()), Csv.text(c.b()),
            c.stories(), c.stories(), "", "", Csv.number(c.meanDifference()),
            Csv.number(c.ciLow()), Csv.number(c.ciHigh()), Csv.number(c.p()),
            Csv.number(c.pHolm()), c.significant());
      }
    }
  }

  private static List<Map<String, Object>> charts(CompareReport report) {
    List<String> names = report.outlets().stream().map(OutletSummary::outlet).toList();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Measure m : report.measures()) {
      List<Interval> intervals = report.outlets().stream().map(o -> o.of(m)).toList();
      String title = m.title();
      out.add(Map.of("svg", Charts.intervals("chart-" + m.id(), title, m.unit(), names, intervals),
          "caption", title + ": mean per article with 95% bootstrap CI"));
    }
    return out;
  }

  /** Doubles rounded to 4 decimals in plain notation; NaN and infinities as null. */
  private static final class RoundedDouble extends StdSerializer<Double> {
    RoundedDouble() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value == null || !Double.isFinite(value)) {
        gen.writeNull();
      } else {
        gen.writeNumber(Numbers.plain(value));
      }
    }
  }
}
