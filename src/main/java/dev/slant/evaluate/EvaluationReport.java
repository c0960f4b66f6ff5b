package dev.slant.evaluate;

import dev.slant.core.FeatureType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How an analyzer's findings compare with gold spans, per feature type.
 *
 * @param documents documents evaluated
 * @param coveredTypes the types some detector of the analyzer reports; a type outside this set
 *     scores zero because nothing looks for it, not because detection failed
 * @param counts exact and overlap match counts
 * @param charOverlap SemEval-2020 Task 11 partial-credit scores per type
 * @param errors exact-match false positives and false negatives, by document then offset
 * @param failures documents the analyzer could not process, as {@code origin: message}; their gold
 *     spans count as missed
 */
public record EvaluationReport(
    int documents,
    Set<FeatureType> coveredTypes,
    SpanMetrics counts,
    Map<FeatureType, SemEvalSpanScore> charOverlap,
    List<SpanError> errors,
    List<String> failures) {

  public EvaluationReport {
    Set<FeatureType> covered = EnumSet.noneOf(FeatureType.class);
    covered.addAll(coveredTypes);
    coveredTypes = Collections.unmodifiableSet(covered);
    Map<FeatureType, SemEvalSpanScore> scores = new EnumMap<>(FeatureType.class);
    scores.putAll(charOverlap);
    charOverlap = Collections.unmodifiableMap(scores);
    errors = List.copyOf(errors);
    failures = List.copyOf(failures);
  }

  public SemEvalSpanScore charOverlap(FeatureType type) {
    return charOverlap.getOrDefault(type, SemEvalSpanScore.ZERO);
  }

  /** SemEval scores pooled over all types (spans only match spans of their own type). */
  public SemEvalSpanScore microCharOverlap() {
    return charOverlap.values().stream().reduce(SemEvalSpanScore.ZERO, SemEvalSpanScore::plus);
  }

  public List<SpanError> errorsOf(FeatureType type) {
    return errors.stream().filter(e -> e.label().equals(type.id())).toList();
  }
}
