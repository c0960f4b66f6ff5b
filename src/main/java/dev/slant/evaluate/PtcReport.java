package dev.slant.evaluate;

import dev.slant.core.FeatureType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How slant's findings of some types compare with PTC spans of one technique.
 *
 * @param technique the PTC technique used as gold, e.g. {@code Loaded_Language}
 * @param predictedTypes the slant types whose findings, pooled, are the predictions
 * @param coveredTypes those of {@code predictedTypes} some detector reports
 * @param articles articles scored
 * @param charOverlap the SemEval-2020 Task 11 span metric, in PTC's code-point offsets
 * @param exact exact-match counts (distinct spans)
 * @param overlap any-overlap counts (distinct spans)
 * @param errors exact-match errors, offsets in slant's text of each article
 * @param failures articles the analyzer could not process, as {@code origin: message}
 */
public record PtcReport(
    String technique,
    Set<FeatureType> predictedTypes,
    Set<FeatureType> coveredTypes,
    int articles,
    SemEvalSpanScore charOverlap,
    MatchCounts exact,
    MatchCounts overlap,
    List<SpanError> errors,
    List<String> failures) {

  public PtcReport {
    predictedTypes = Collections.unmodifiableSet(copy(predictedTypes));
    coveredTypes = Collections.unmodifiableSet(copy(coveredTypes));
    errors = List.copyOf(errors);
    failures = List.copyOf(failures);
  }

  private static Set<FeatureType> copy(Set<FeatureType> types) {
    Set<FeatureType> s = EnumSet.noneOf(FeatureType.class);
    s.addAll(types);
    return s;
  }
}
