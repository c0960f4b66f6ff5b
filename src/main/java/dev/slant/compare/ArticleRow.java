package dev.slant.compare;

import dev.slant.ArticleResult;
import dev.slant.core.FeatureType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The few numbers the comparison keeps per article: no text and no findings, so a corpus of any
 * size fits in memory.
 *
 * @param id article id
 * @param outlet the article's outlet as read
 * @param group the value it is grouped by ({@code --group-by}); the outlet by default
 * @param pairKey the value it is paired by ({@code --pair-by}, e.g. a story id), or "" when none
 * @param title headline
 * @param date publication date as given
 * @param words word count
 * @param rates findings per 1,000 words for every feature type
 * @param framingIndex 0–100
 * @param page the drill-down page, relative to the report directory ({@code articles/x.html})
 * @param bias the sentence-bias model's counts, when the analysis ran one
 */
public record ArticleRow(
    String id,
    String outlet,
    String group,
    String pairKey,
    String title,
    String date,
    int words,
    Map<FeatureType, Double> rates,
    double framingIndex,
    String page,
    Optional<BiasShare> bias) {

  public ArticleRow {
    rates = Map.copyOf(rates);
    Objects.requireNonNull(bias, "bias");
  }

  /** A row without a sentence-bias verdict. */
  public ArticleRow(String id, String outlet, String group, String pairKey, String title,
      String date, int words, Map<FeatureType, Double> rates, double framingIndex, String page) {
    this(id, outlet, group, pairKey, title, date, words, rates, framingIndex, page,
        Optional.empty());
  }

  public static ArticleRow of(ArticleResult result, String group, String pairKey, String page) {
    var doc = result.document();
    var score = result.score();
    Map<FeatureType, Double> rates = new EnumMap<>(FeatureType.class);
    for (FeatureType t : FeatureType.values()) {
      var ts = score.of(t);
      rates.put(t, ts == null ? 0.0 : ts.per1000Words());
    }
    return new ArticleRow(doc.id(), doc.outlet(), group, pairKey, doc.title(), doc.date(),
        score.words(), rates, score.framingIndex(), page, result.bias().map(BiasShare::of));
  }

  /**
   * @throws IllegalStateException for the biased-sentences measure on a row without a verdict
   */
  public double value(Measure measure) {
    return switch (measure.kind()) {
      case FRAMING_INDEX -> framingIndex;
      case RATE -> rates.getOrDefault(measure.type(), 0.0);
      case BIASED_SENTENCES -> bias.map(BiasShare::percent).orElseThrow(() ->
          new IllegalStateException("article " + id + " has no sentence-bias verdict"));
    };
  }
}
