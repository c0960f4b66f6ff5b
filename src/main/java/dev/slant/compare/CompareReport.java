package dev.slant.compare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a comparison report shows; every output file is rendered from this.
 *
 * @param measures what outlets are compared on: {@link Measure#ALL}, then biased sentences when a
 *     sentence-bias model ran
 * @param outlets ranked by mean framing index, highest first (ties by name)
 * @param comparisons every measure × outlet pair, measure by measure in {@code measures} order
 * @param pairedComparisons the same on shared stories only; empty without {@code --pair-by}
 * @param articles every article, in input order
 * @param mostFramed the articles with the highest framing index
 * @param leastFramed the articles with the lowest framing index
 * @param meta how the report was made: settings, methods, counts and versions
 */
public record CompareReport(
    List<Measure> measures,
    List<OutletSummary> outlets,
    List<Comparison> comparisons,
    List<PairedComparison> pairedComparisons,
    List<ArticleRow> articles,
    List<ArticleRow> mostFramed,
    List<ArticleRow> leastFramed,
    Map<String, Object> meta) {

  public CompareReport {
    measures = List.copyOf(measures);
    outlets = List.copyOf(outlets);
    comparisons = List.copyOf(comparisons);
    pairedComparisons = List.copyOf(pairedComparisons);
    articles = List.copyOf(articles);
    mostFramed = List.copyOf(mostFramed);
    leastFramed = List.copyOf(leastFramed);
    meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
  }
}
