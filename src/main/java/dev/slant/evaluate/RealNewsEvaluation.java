package dev.slant.evaluate;

import dev.slant.Analyzer;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.Span;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores an analyzer on annotated real news: the two-reader rule per type (a finding is right when
 * it overlaps a span either reader marked; recall counts the agreed spans), and the usual exact,
 * overlap and character-overlap figures against the agreed spans.
 *
 * @param readerRule per type, {@link MatchCounts#readerRule}
 * @param agreed the standard report with the agreed spans as gold
 */
public record RealNewsEvaluation(Map<FeatureType, MatchCounts> readerRule,
    EvaluationReport agreed) {

  public RealNewsEvaluation {
    Map<FeatureType, MatchCounts> m = new EnumMap<>(FeatureType.class);
    m.putAll(readerRule);
    readerRule = Collections.unmodifiableMap(m);
  }

  /** Analyses every article on {@code threads} threads and scores the findings. */
  public static RealNewsEvaluation run(
      Analyzer analyzer, List<RealNewsCorpus.Article> articles, int threads) {
    List<GoldDocument> docs = articles.stream().map(RealNewsCorpus.Article::toGoldDocument).toList();
    DetectorEvaluation.Analysed a = DetectorEvaluation.analyseAll(
        analyzer, docs.stream().map(GoldDocument::toDocument), threads);
    return score(articles, a.findings(), DetectorEvaluation.score(docs, a.findings(),
        DetectorEvaluation.coveredTypes(analyzer), a.failures()));
  }

  static RealNewsEvaluation score(List<RealNewsCorpus.Article> articles,
      List<List<Finding>> findings, EvaluationReport agreed) {
    Map<FeatureType, MatchCounts> rule = new EnumMap<>(FeatureType.class);
    for (int i = 0; i < articles.size(); i++) {
      RealNewsCorpus.Article article = articles.get(i);
      for (FeatureType type : FeatureType.values()) {
        List<Span> predicted = findings.get(i).stream()
            .filter(f -> f.type() == type).map(Finding::span).toList();
        List<Span> required = article.agreed().stream()
            .filter(s -> s.type() == type).map(GoldSpan::span).toList();
        rule.merge(type, MatchCounts.readerRule(required, article.acceptable(type), predicted),
            MatchCounts::plus);
      }
    }
    return new RealNewsEvaluation(rule, agreed);
  }

  public MatchCounts readerRule(FeatureType type) {
    return readerRule.getOrDefault(type, MatchCounts.ZERO);
  }

  /** The two-reader rule pooled over all types. */
  public MatchCounts microReaderRule() {
    return readerRule.values().stream().reduce(MatchCounts.ZERO, MatchCounts::plus);
  }
}
