package dev.slant.detect;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Finding;
import dev.slant.core.InputException;
import dev.slant.lexicon.LexiconSet;
import java.util.ArrayList;
import java.util.List;

/** The standard detector set, one per framing feature, built from one set of lexicons. */
public final class Detectors {

  private Detectors() {}

  public static List<Detector> standard(LexiconSet lexicons) throws InputException {
    List<Detector> detectors = new ArrayList<>();
    // Each feature's detector is added here.
    detectors.add(new ScareQuoteDetector(lexicons));
    detectors.add(new LoadedAdjectiveDetector(lexicons));
    detectors.add(new LoadedLanguageDetector(lexicons));
    detectors.add(new AttributionHedgeDetector(lexicons));
    detectors.add(new AnonymousSourceDetector(lexicons));
    return List.copyOf(detectors);
  }

  /** Every finding of every detector, in {@link Finding#READING_ORDER}. */
  public static List<Finding> detectAll(List<? extends Detector> detectors, AnnotatedDocument doc) {
    List<Finding> all = new ArrayList<>();
    for (Detector d : detectors) {
      all.addAll(d.detect(doc));
    }
    all.sort(Finding.READING_ORDER);
    return all;
  }
}
