package dev.slant.evaluate;

import dev.slant.Analyzer;
import dev.slant.Batch;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.Span;
import dev.slant.detect.Detector;
import dev.slant.ingest.Item;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs an analyzer over gold documents and compares its findings with the gold spans, type by
 * type. Knows nothing about how detectors work: it sees only the findings of
 * {@link Analyzer#analyze}, so every detector is measured with the same yardstick.
 */
public final class DetectorEvaluation {

  private DetectorEvaluation() {}

  /** Analyses every document (on {@code threads} threads, results in input order) and scores it. */
  public static EvaluationReport run(Analyzer analyzer, List<GoldDocument> docs, int threads) {
    Analysed a = analyseAll(analyzer, docs.stream().map(GoldDocument::toDocument), threads);
    return score(docs, a.findings(), coveredTypes(analyzer), a.failures());
  }

  /** Findings per document (empty for one that failed), in input order, and the failures. */
  record Analysed(List<List<Finding>> findings, List<String> failures) {}

  static Analysed analyseAll(
      Analyzer analyzer, java.util.stream.Stream<dev.slant.core.Document> docs, int threads) {
    List<List<Finding>> findings = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    Batch.run(docs.map(Item.Article::new), analyzer, threads, outcome -> {
      if (outcome instanceof Batch.Outcome.Scored s) {
        findings.add(s.result().findings());
      } else if (outcome instanceof Batch.Outcome.Failed f) {
        findings.add(List.of());
        failures.add(f.error().describe());
      }
    });
    return new Analysed(findings, failures);
  }

  /**
   * Scores findings that were produced elsewhere.
   *
   * @param findings one list per document, in the order of {@code docs}
   */
  public static EvaluationReport score(
      List<GoldDocument> docs, List<List<Finding>> findings, Set<FeatureType> coveredTypes,
      List<String> failures) {
    if (docs.size() != findings.size()) {
      throw new IllegalArgumentException(docs.size() + " documents but " + findings.size()
          + " lists of findings");
    }
    SpanMetrics counts = SpanMetrics.empty();
    Map<FeatureType, SemEvalSpanScore> charOverlap = new EnumMap<>(FeatureType.class);
    List<SpanError> errors = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      GoldDocument doc = docs.get(i);
      for (FeatureType type : FeatureType.values()) {
        List<Span> gold = doc.spansOf(type);
        List<Span> predicted = findings.get(i).stream()
            .filter(f -> f.type() == type).map(Finding::span).toList();
        counts = counts.merge(SpanMetrics.of(type, gold, predicted));
        charOverlap.merge(type, SemEvalSpanScore.of(gold, predicted), SemEvalSpanScore::plus);
        errors.addAll(SpanError.between(type.id(), doc.id(), doc.text(), gold, predicted));
      }
    }
    return new EvaluationReport(docs.size(), coveredTypes, counts, charOverlap, errors, failures);
  }

  static Set<FeatureType> coveredTypes(Analyzer analyzer) {
    Set<FeatureType> covered = EnumSet.noneOf(FeatureType.class);
    for (Detector d : analyzer.detectors()) {
      covered.addAll(d.types());
    }
    return covered;
  }
}
