package dev.slant.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns per-article rows into the comparison: per-outlet means with bootstrap CIs, pairwise rank
 * tests with Holm correction, optional paired comparisons on shared stories, distinctive terms and
 * the extreme articles. Pure: the same rows and settings give the same report.
 */
public final class Aggregator {

  public static final int TOP_TERMS = 10;
  public static final int EXTREME_ARTICLES = 10;
  public static final double ALPHA = 0.05;

  private final Bootstrap bootstrap;

  public Aggregator(Bootstrap bootstrap) {
    this.bootstrap = bootstrap;
  }

  /**
   * @param rows every article, in input order
   * @param termsByGroup loaded-term counts per group
   * @param paired whether to compare outlets on shared pairing keys
   * @param meta carried into the report unchanged
   */
  public CompareReport build(List<ArticleRow> rows, Map<String, Map<String, Integer>> termsByGroup,
      boolean paired, Map<String, Object> meta) {
    List<Measure> measures = measures(rows);
    Map<String, List<ArticleRow>> groups = new TreeMap<>();
    for (ArticleRow r : rows) {
      groups.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r);
    }
    List<OutletSummary> outlets = new ArrayList<>();
    groups.forEach((g, members) -> outlets.add(summarise(g, members, termsByGroup)));
    outlets.sort(Comparator.comparingDouble((OutletSummary o) -> -o.framingIndex().mean())
        .thenComparing(OutletSummary::outlet));
    List<String> ranked = outlets.stream().map(OutletSummary::outlet).toList();
    return new CompareReport(measures, outlets, comparisons(measures, ranked, groups),
        paired ? pairedComparisons(measures, ranked, groups) : List.of(),
        rows, extremes(rows, true), extremes(rows, false), meta);
  }

  /**
   * The measures the rows can be compared on: {@link Measure#ALL}, and the biased-sentences
   * measure when every row has a verdict of the same sentence-bias model.
   *
   * @throws IllegalArgumentException if some rows have a verdict and others none, or the verdicts
   *     come from different models: their shares would not be comparable
   */
  public static List<Measure> measures(List<ArticleRow> rows) {
    Set<String> models = new TreeSet<>();
    for (ArticleRow r : rows) {
      models.add(r.bias().map(BiasShare::model).orElse(""));
    }
    if (models.size() > 1) {
      throw new IllegalArgumentException("articles scored by different sentence-bias models"
          + " (or by none): " + models);
    }
    String model = models.isEmpty() ? "" : models.iterator().next();
    return Measure.of(model.isEmpty() ? null : model);
  }

  /**
   * One group's summary, as in {@link #build}: public so a distributed run (the Spark job) can
   * summarise each group where its rows are.
   *
   * @param members the group's articles in input order (the bootstrap draws by position)
   */
  public OutletSummary summarise(String group, List<ArticleRow> members,
      Map<String, Map<String, Integer>> termsByGroup) {
    Map<String, Interval> features = new LinkedHashMap<>();
    Interval biasedSentences = null;
    for (Measure m : measures(members)) {
      switch (m.kind()) {
        case RATE -> features.put(m.id(), interval(group, members, m));
        case BIASED_SENTENCES -> biasedSentences = interval(group, members, m);
        case FRAMING_INDEX -> { }
      }
    }
    long words = members.stream().mapToLong(ArticleRow::words).sum();
    List<TermScore> terms = LogOdds.distinctive(group, termsByGroup).stream()
        .filter(t -> t.z() > 0).limit(TOP_TERMS).toList();
    return new OutletSummary(group, members.size(), words,
        interval(group, members, Measure.FRAMING_INDEX), features, biasedSentences, terms);
  }

  /** Seeded by group and measure, so adding a measure changes no other interval. */
  private Interval interval(String group, List<ArticleRow> members, Measure m) {
    return bootstrap.mean(values(members, m), group + "\u0000" + m.id());
  }

  private static List<Comparison> comparisons(List<Measure> measures, List<String> ranked,
      Map<String, List<ArticleRow>> groups) {
    List<Comparison> out = new ArrayList<>();
    for (Measure m : measures) {
      List<Comparison> family = new ArrayList<>();
      for (int i = 0; i < ranked.size(); i++) {
        for (int j = i + 1; j < ranked.size(); j++) {
          double[] x = values(groups.get(ranked.get(i)), m);
          double[] y = values(groups.get(ranked.get(j)), m);
          RankTests.MannWhitney mw = RankTests.mannWhitney(x, y);
          family.add(new Comparison(m.id(), ranked.get(i), ranked.get(j), x.length, y.length,
              mean(x), mean(y), mw.cliffsDelta(), mw.u(), mw.p(), Double.NaN, false));
        }
      }
      double[] adjusted = RankTests.holm(family.stream().mapToDouble(Comparison::p).toArray());
      for (int k = 0; k < family.size(); k++) {
        Comparison c = family.get(k);
        out.add(new Comparison(c.measure(), c.a(), c.b(), c.nA(), c.nB(), c.meanA(), c.meanB(),
            c.cliffsDelta(), c.u(), c.p(), adjusted[k], adjusted[k] < ALPHA));
      }
    }
    return out;
  }

  private List<PairedComparison> pairedComparisons(List<Measure> measures, List<String> ranked,
      Map<String, List<ArticleRow>> groups) {
    List<PairedComparison> out = new ArrayList<>();
    for (Measure m : measures) {
      Map<String, Map<String, Double>> byStory = new TreeMap<>();
      for (String g : ranked) {
        byStory.put(g, storyMeans(groups.get(g), m));
      }
      List<PairedComparison> family = new ArrayList<>();
      for (int i = 0; i < ranked.size(); i++) {
        for (int j = i + 1; j < ranked.size(); j++) {
          Map<String, Double> a = byStory.get(ranked.get(i));
          Map<String, Double> b = byStory.get(ranked.get(j));
          TreeSet<String> shared = new TreeSet<>(a.keySet());
          shared.retainAll(b.keySet());
          if (shared.isEmpty()) {
            continue;
          }
          double[] d = shared.stream().mapToDouble(s -> a.get(s) - b.get(s)).toArray();
          Interval ci = bootstrap.mean(d,
              "paired\u0000" + ranked.get(i) + "\u0000" + ranked.get(j) + "\u0000" + m.id());
          family.add(new PairedComparison(m.id(), ranked.get(i), ranked.get(j), d.length,
              ci.mean(), ci.ciLow(), ci.ciHigh(), RankTests.wilcoxonSignedRank(d), Double.NaN,
              false));
        }
      }
      double[] adjusted =
          RankTests.holm(family.stream().mapToDouble(PairedComparison::p).toArray());
      for (int k = 0; k < family.size(); k++) {
        PairedComparison c = family.get(k);
        out.add(new PairedComparison(c.measure(), c.a(), c.b(), c.stories(), c.meanDifference(),
            c.ciLow(), c.ciHigh(), c.p(), adjusted[k], adjusted[k] < ALPHA));
      }
    }
    return out;
  }

  /** Per pairing key, the mean of the measure over the group's articles with that key. */
  private static Map<String, Double> storyMeans(List<ArticleRow> members, Measure m) {
    Map<String, double[]> sums = new TreeMap<>();
    for (ArticleRow r : members) {
      if (!r.pairKey().isEmpty()) {
        double[] s = sums.computeIfAbsent(r.pairKey(), k -> new double[2]);
        s[0] += r.value(m);
        s[1]++;
      }
    }
    Map<String, Double> means = new TreeMap<>();
    sums.forEach((k, s) -> means.put(k, s[0] / s[1]));
    return means;
  }

  private static List<ArticleRow> extremes(List<ArticleRow> rows, boolean most) {
    Comparator<ArticleRow> byIndex = Comparator.comparingDouble(ArticleRow::framingIndex);
    // Stable sort: equal scores keep input order.
    return rows.stream().sorted(most ? byIndex.reversed() : byIndex)
        .limit(EXTREME_ARTICLES).toList();
  }

  static double[] values(List<ArticleRow> rows, Measure m) {
    return rows.stream().mapToDouble(r -> r.value(m)).toArray();
  }

  private static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }
}
