package dev.slant.detect;

import static dev.slant.detect.DetectorTesting.LEXICONS;
import static dev.slant.detect.DetectorTesting.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Finding;
import dev.slant.core.InputException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text, the lexicon detectors return well-formed findings in reading order. */
class LexiconDetectorsPropertyTest {

  private static final List<Detector> DETECTORS = detectors();

  private static List<Detector> detectors() {
    try {
      return List.of(new LoadedAdjectiveDetector(LEXICONS), new LoadedLanguageDetector(LEXICONS),
          new AttributionHedgeDetector(LEXICONS), new AnonymousSourceDetector(LEXICONS));
    } catch (InputException e) {
      throw new IllegalStateException(e.describe(), e);
    }
  }

  @Property(tries = 150)
  void findingsAreWellFormedOnAnyText(@ForAll("newsish") String text) {
    AnnotatedDocument doc = doc(text);
    for (Detector d : DETECTORS) {
      List<Finding> found = d.detect(doc);
      List<Finding> sorted = new ArrayList<>(found);
      sorted.sort(Finding.READING_ORDER);
      assertEquals(sorted, found, "reading order");
      for (Finding f : found) {
        assertTrue(f.end() <= text.length() && f.start() < f.end(), f.toString());
        assertEquals(text.substring(f.start(), f.end()), f.text());
        assertTrue(d.types().contains(f.type()));
        assertTrue(f.sentence() < Math.max(1, doc.sentences().size()));
      }
    }
  }

  /** Lexicon words, quote marks, hyphens, apostrophes and line breaks, glued in random order. */
  @Provide
  Arbitrary<String> newsish() {
    Arbitrary<String> pieces = Arbitraries.of("draconian", "so-called", "officials", "said",
        "who asked not to be named", "is believed to", "people familiar with", "thugs", "slam",
        "admitted to", "claimed", "the", "a", "Critics", "many", "believe", ",", ".", "\"", "“",
        "”", "'", "‘", "’", "-", "--", "\n", " ", "evil", "criminal", "it", "is", "not",
        "utterly", "regime's", "«", "»", "according to", "some", " ", " ", "on condition of anonymity",
        "Maria Lopez", ":", "x", "9", "\uD83D\uDE00");
    return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
  }
}
