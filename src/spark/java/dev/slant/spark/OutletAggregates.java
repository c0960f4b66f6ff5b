package dev.slant.spark;

import dev.slant.compare.Aggregator;
import dev.slant.compare.ArticleRow;
import dev.slant.compare.Bootstrap;
import dev.slant.compare.Interval;
import dev.slant.compare.OutletSummary;
import dev.slant.compare.TermScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The per-outlet summaries of {@code slant compare} (its {@code outlets} in
 * {@code outlets.json}), computed where each outlet's rows are: the rows are put back into input
 * order (file, then position in the file) and handed to compare's own {@link
 * Aggregator#summarise}, so the means, bootstrap intervals, biased-sentences measure and
 * distinctive terms are the same numbers compare gives for the same articles in the same order.
 */
final class OutletAggregates implements MapGroupsFunction<String, Row, Row> {

  private static final long serialVersionUID = 1L;

  private static final StructType INTERVAL = new StructType()
      .add("mean", DataTypes.DoubleType, false)
      .add("ci_low", DataTypes.DoubleType, false)
      .add("ci_high", DataTypes.DoubleType, false);

  private static final StructType FEATURE = new StructType()
      .add("type", DataTypes.StringType, false)
      .add("mean", DataTypes.DoubleType, false)
      .add("ci_low", DataTypes.DoubleType, false)
      .add("ci_high", DataTypes.DoubleType, false);

  private static final StructType TERM = new StructType()
      .add("term", DataTypes.StringType, false)
      .add("count", DataTypes.IntegerType, false)
      .add("z", DataTypes.DoubleType, false);

  /** One outlet per row; also written as {@code outlets.parquet}. */
  static final StructType SCHEMA = new StructType()
      .add("outlet", DataTypes.StringType, false)
      .add("articles", DataTypes.IntegerType, false)
      .add("words", DataTypes.LongType, false)
      .add("framing_index", INTERVAL, false)
      .add("features", DataTypes.createArrayType(FEATURE, false), false)
      // Null when no sentence-bias model ran (--no-model), as compare leaves it out then.
      .add("biased_sentences", INTERVAL, true)
      .add("top_terms", DataTypes.createArrayType(TERM, false), false);

  private final int resamples;
  private final long seed;
  private final Broadcast<TreeMap<String, TreeMap<String, Integer>>> terms;

  /**
   * @param terms loaded-term counts per outlet over the whole input (every outlet present, even
   *     one without terms, as compare counts them)
   */
  OutletAggregates(int resamples, long seed,
      Broadcast<TreeMap<String, TreeMap<String, Integer>>> terms) {
    this.resamples = resamples;
    this.seed = seed;
    this.terms = terms;
  }

  @Override
  public Row call(String outlet, Iterator<Row> rows) {
    List<Row> members = new ArrayList<>();
    rows.forEachRemaining(members::add);
    members.sort(Comparator.comparing((Row r) -> r.<String>getAs(ScoreJob.FILE))
        .thenComparingLong(r -> r.<Long>getAs(ScoreJob.POSITION)));
    List<ArticleRow> articles = new ArrayList<>(members.size());
    for (Row r : members) {
      articles.add(ArticleRowColumns.fromRow(r.getStruct(r.fieldIndex("article"))));
    }
    Map<String, Map<String, Integer>> byOutlet = new TreeMap<>(terms.value());
    Aggregator aggregator =
        new Aggregator(new Bootstrap(resamples, seed, Bootstrap.DEFAULT_CONFIDENCE));
    return toRow(aggregator.summarise(outlet, articles, byOutlet));
  }

  static Row toRow(OutletSummary o) {
    List<Row> features = new ArrayList<>();
    o.features().forEach((type, ci) ->
        features.add(RowFactory.create(type, ci.mean(), ci.ciLow(), ci.ciHigh())));
    List<Row> terms = new ArrayList<>();
    for (TermScore t : o.topTerms()) {
      terms.add(RowFactory.create(t.term(), t.count(), t.z()));
    }
    // Arrays, not lists: Spark's row encoder takes arrays or Scala sequences.
    return RowFactory.create(o.outlet(), o.articles(), o.words(), interval(o.framingIndex()),
        features.toArray(Row[]::new),
        o.biasedSentences() == null ? null : interval(o.biasedSentences()),
        terms.toArray(Row[]::new));
  }

  private static Row interval(Interval i) {
    return RowFactory.create(i.mean(), i.ciLow(), i.ciHigh());
  }

  private static Interval interval(Row r) {
    return new Interval(r.getDouble(0), r.getDouble(1), r.getDouble(2));
  }

  static OutletSummary fromRow(Row r) {
    Map<String, Interval> features = new LinkedHashMap<>();
    for (Row f : r.<Row>getList(r.fieldIndex("features"))) {
      features.put(f.getString(0), new Interval(f.getDouble(1), f.getDouble(2), f.getDouble(3)));
    }
    List<TermScore> terms = new ArrayList<>();
    for (Row t : r.<Row>getList(r.fieldIndex("top_terms"))) {
      terms.add(new TermScore(t.getString(0), t.getInt(1), t.getDouble(2)));
    }
    int biased = r.fieldIndex("biased_sentences");
    return new OutletSummary(r.getString(0), r.getInt(1), r.getLong(2),
        interval(r.getStruct(r.fieldIndex("framing_index"))), features,
        r.isNullAt(biased) ? null : interval(r.getStruct(biased)), terms);
  }

  /** Compare's order: highest mean framing index first, then by name. */
  static final Comparator<OutletSummary> ORDER =
      Comparator.comparingDouble((OutletSummary o) -> -o.framingIndex().mean())
          .thenComparing(OutletSummary::outlet);
}
