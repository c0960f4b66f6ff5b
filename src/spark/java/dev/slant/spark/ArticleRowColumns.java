package dev.slant.spark;

import dev.slant.compare.ArticleRow;
import dev.slant.compare.BiasShare;
import dev.slant.core.FeatureType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Compare's per-article numbers as a Spark struct and back. The executors build each {@link
 * ArticleRow} with compare's own {@link ArticleRow#of}; this only carries it to where its outlet is
 * summarised, so the aggregates see exactly the rows compare would. The job neither pairs stories
 * nor writes article pages, so a row's pairing key and page are always "" and not carried.
 */
final class ArticleRowColumns {

  /** A sentence-bias verdict ({@link BiasShare}); null when no sentence-bias model ran. */
  private static final StructType BIAS = new StructType()
      .add("model", DataTypes.StringType, false)
      .add("sentences", DataTypes.IntegerType, false)
      .add("biased", DataTypes.IntegerType, false)
      .add("mean_probability", DataTypes.DoubleType, false);

  static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.StringType, true)
      .add("outlet", DataTypes.StringType, true)
      .add("group", DataTypes.StringType, true)
      .add("title", DataTypes.StringType, true)
      .add("date", DataTypes.StringType, true)
      .add("words", DataTypes.IntegerType, false)
      // One rate per feature type, in declaration order.
      .add("rates", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
      .add("framing_index", DataTypes.DoubleType, false)
      .add("bias", BIAS, true);

  private static final FeatureType[] TYPES = FeatureType.values();

  private ArticleRowColumns() {}

  /** @throws IllegalArgumentException for a row with a pairing key or a page, which are lost */
  static Row toRow(ArticleRow a) {
    if (!a.pairKey().isEmpty() || !a.page().isEmpty()) {
      throw new IllegalArgumentException("article " + a.id() + " has a pairing key or page");
    }
    Double[] rates = new Double[TYPES.length];
    for (int i = 0; i < TYPES.length; i++) {
      rates[i] = a.rates().get(TYPES[i]);
    }
    Row bias = a.bias().map(b -> RowFactory.create(b.model(), b.sentences(), b.biased(),
        b.meanProbability())).orElse(null);
    // Arrays, not lists: Spark's row encoder takes arrays or Scala sequences.
    return RowFactory.create(a.id(), a.outlet(), a.group(), a.title(), a.date(), a.words(), rates,
        a.framingIndex(), bias);
  }

  /** A row of {@link #SCHEMA} as Spark decodes it, read by position. */
  static ArticleRow fromRow(Row r) {
    List<Double> rates = r.getList(6);
    Map<FeatureType, Double> byType = new EnumMap<>(FeatureType.class);
    for (int i = 0; i < TYPES.length; i++) {
      byType.put(TYPES[i], rates.get(i));
    }
    Optional<BiasShare> bias = r.isNullAt(8) ? Optional.empty() : Optional.of(biasShare(
        r.getStruct(8)));
    return new ArticleRow(r.getString(0), r.getString(1), r.getString(2), "", r.getString(3),
        r.getString(4), r.getInt(5), byType, r.getDouble(7), "", bias);
  }

  private static BiasShare biasShare(Row b) {
    return new BiasShare(b.getString(0), b.getInt(1), b.getInt(2), b.getDouble(3));
  }
}
