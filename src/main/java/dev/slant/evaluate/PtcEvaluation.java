package dev.slant.evaluate;

import dev.slant.Analyzer;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.InputException;
import dev.slant.core.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Scores slant against one PTC technique. Predictions are the findings of the chosen types, pooled
 * (by default {@code loaded_adjective} and {@code loaded_language} against {@code Loaded_Language}).
 * slant's spans are converted to PTC offsets before the SemEval metric is computed, so its
 * character counts are PTC's.
 */
public final class PtcEvaluation {

  private PtcEvaluation() {}

  public static PtcReport run(
      Analyzer analyzer, PtcCorpus corpus, String technique, Set<FeatureType> predictedTypes,
      int threads) throws InputException {
    List<PtcArticle> articles = corpus.readAll();
    PtcCorpus.requireTechniques(corpus.labelsDir().toString(), articles, List.of(technique));
    DetectorEvaluation.Analysed a = DetectorEvaluation.analyseAll(
        analyzer, articles.stream().map(PtcArticle::document), threads);
    return score(articles, a.findings(), technique, predictedTypes,
        DetectorEvaluation.coveredTypes(analyzer), a.failures());
  }

  /** Scores findings produced elsewhere; {@code findings} holds one list per article, in order. */
  public static PtcReport score(
      List<PtcArticle> articles, List<List<Finding>> findings, String technique,
      Set<FeatureType> predictedTypes, Set<FeatureType> coveredTypes, List<String> failures) {
    if (articles.size() != findings.size()) {
      throw new IllegalArgumentException(articles.size() + " articles but " + findings.size()
          + " lists of findings");
    }
    SemEvalSpanScore charOverlap = SemEvalSpanScore.ZERO;
    MatchCounts exact = MatchCounts.ZERO;
    MatchCounts overlap = MatchCounts.ZERO;
    List<SpanError> errors = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      PtcArticle article = articles.get(i);
      List<Span> gold = article.labelsOf(technique).stream().map(article::toSlant).toList();
      List<Span> predicted = findings.get(i).stream()
          .filter(f -> predictedTypes.contains(f.type())).map(Finding::span).toList();
      charOverlap = charOverlap.plus(SemEvalSpanScore.of(
          gold.stream().map(article::toPtc).toList(), predicted.stream().map(article::toPtc).toList()));
      exact = exact.plus(MatchCounts.exact(gold, predicted));
      overlap = overlap.plus(MatchCounts.overlap(gold, predicted));
      errors.addAll(SpanError.between(technique, article.id(), article.text(), gold, predicted));
    }
    Set<FeatureType> covered = EnumSet.noneOf(FeatureType.class);
    covered.addAll(coveredTypes);
    covered.retainAll(predictedTypes);
    return new PtcReport(technique, predictedTypes, covered, articles.size(), charOverlap, exact,
        overlap, errors, failures);
  }
}
