package dev.slant.detect;

import static dev.slant.detect.DetectorTesting.LEXICONS;
import static dev.slant.detect.DetectorTesting.full;
import static dev.slant.detect.DetectorTesting.spans;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.slant.core.FeatureType;
import dev.slant.core.InputException;
import dev.slant.lexicon.LexiconSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadedAdjectiveDetectorTest {

  private static final LoadedAdjectiveDetector DETECTOR = create(LEXICONS);

  private static LoadedAdjectiveDetector create(LexiconSet lexicons) {
    try {
      return new LoadedAdjectiveDetector(lexicons);
    } catch (InputException e) {
      throw new IllegalStateException(e.describe(), e);
    }
  }

  @Test
  void reportsEvaluativeAdjectivesWithIntensityAndCue() {
    assertEquals(Set.of(FeatureType.LOADED_ADJECTIVE), DETECTOR.types());
    assertEquals(List.of("[4,13) draconian 0.80 loaded_adjectives: draconian"),
        full(DETECTOR, "The draconian curfew was imposed overnight."));
  }

  @Test
  void adjectivesTheTaggerCallsNounsAreStillFound() {
    // The model tags "shameful", "brutal" and "reckless" here as NOUN.
    assertEquals(List.of("[4,12) shameful", "[29,35) brutal", "[49,57) reckless"),
        spans(DETECTOR, "The shameful decision drew a brutal crackdown on reckless protesters."));
  }

  @Test
  void markTheAdjectiveNotTheIntensifierAndRaiseTheScore() {
    assertEquals(List.of("[25,33) shameful 0.90 loaded_adjectives: shameful",
            "[45,53) reckless 0.70 loaded_adjectives: reckless"),
        full(DETECTOR, "The decision was utterly shameful and deeply reckless."));
  }

  @Test
  void negationLowersTheScore() {
    assertEquals(List.of("[22,31) draconian 0.40 loaded_adjectives: draconian"),
        full(DETECTOR, "The new rules are not draconian."));
  }

  @Test
  void hyphenatedCompoundsAreOneSpanAndOtherCompoundsAreNotMatched() {
    assertEquals(List.of("[9,19) disastrous", "[21,34) ill-conceived", "[36,48) heavy-handed"),
        spans(DETECTOR, "It was a disastrous, ill-conceived, heavy-handed failure."));
    assertEquals(List.of(), spans(DETECTOR, "A brutal-looking fence went up."));
  }

  @Test
  void homographsNeedAnAdjectivalPosition() {
    assertEquals(List.of("[4,8) evil", "[57,64) corrupt"),
        spans(DETECTOR, "The evil regime fell. Money can corrupt officials. Those corrupt leaders fled."));
    assertEquals(List.of(), spans(DETECTOR, "He spoke of the battle between good and evil."));
    assertEquals(List.of(), spans(DETECTOR, "Residents woke to find the road flooded."));
    assertEquals(List.of("[4,8) woke"), spans(DETECTOR, "The woke crowd cheered."));
  }

  @Test
  void criminalJudgesOnlyAsAPredicate() {
    assertEquals(List.of(), spans(DETECTOR, "The criminal court heard evidence of criminal negligence."));
    assertEquals(List.of("[7,15) criminal", "[31,39) criminal"),
        spans(DETECTOR, "It was criminal. The delay was criminal."));
  }

  @Test
  void neutralCollocationsHideTheLoadedWord() {
    // Decision: weather hyperbole judges no one, so "a brutal winter storm" is not reported.
    assertEquals(List.of(), spans(DETECTOR, "A brutal winter storm hit the region."));
    assertEquals(List.of(), spans(DETECTOR, "Workers removed toxic waste after a hostile takeover."));
    assertEquals(List.of("[18,24) brutal"), spans(DETECTOR, "Police launched a brutal crackdown."));
  }

  @Test
  void multiWordEntriesMarkOnlyTheAdjective() {
    assertEquals(List.of("[27,34) illegal 0.60 loaded_adjectives: illegal military presence"),
        full(DETECTOR, "Protesters condemned their illegal military presence."));
    assertEquals(List.of(), spans(DETECTOR, "He was fined for illegal parking."));
  }

  @Test
  void namesAndVerbUsesAreNotAdjectives() {
    assertEquals(List.of(), spans(DETECTOR, "Cruel Intentions is showing at the Odeon."));
    assertEquals(List.of(), spans(DETECTOR, "They botched the rollout."));
    assertEquals(List.of("[2,9) botched"), spans(DETECTOR, "A botched rollout angered voters."));
  }

  @Test
  void titleCaseHeadlinesStillCount() {
    assertEquals(List.of("[0,8) Shameful"),
        spans(DETECTOR, "Shameful Decision Sparks Anger Across Nation"));
  }

  @Test
  void directSpeechIsSkippedButScareQuotesAreNot() {
    String text = "\"This is a shameful and reckless decision,\" the senator said. "
        + "The \"draconian\" plan passed anyway.";
    assertEquals(List.of("[67,76) draconian"), spans(DETECTOR, text));
  }

  @Test
  void aBadIntensityNamesFileAndLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("loaded_adjectives.bad.tsv");
    Files.writeString(file, "# my additions\nterm\tintensity\tcontext\tnote\n"
        + "pusillanimous\thigh\tany\tcowardly\n");
    LexiconSet lexicons = LexiconSet.withOverrides(List.of(file));
    InputException e = assertThrows(InputException.class,
        () -> new LoadedAdjectiveDetector(lexicons));
    assertEquals(file + ":3", e.origin());
  }

  @Test
  void aBadContextNamesFileAndLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("loaded_adjectives.bad.tsv");
    Files.writeString(file, "term\tintensity\tcontext\tnote\npusillanimous\t0.7\tanywhere\tx\n");
    InputException e = assertThrows(InputException.class,
        () -> new LoadedAdjectiveDetector(LexiconSet.withOverrides(List.of(file))));
    assertEquals(file + ":2", e.origin());
  }

  @Test
  void anOverrideFileAddsEntries(@TempDir Path dir) throws Exception {
    String text = "The pusillanimous response disappointed allies.";
    assertEquals(List.of(), spans(DETECTOR, text));
    Path file = dir.resolve("loaded_adjectives.newsroom.tsv");
    Files.writeString(file, "term\tintensity\tcontext\tnote\npusillanimous\t0.7\tany\tcowardly\n");
    LoadedAdjectiveDetector extended = create(LexiconSet.withOverrides(List.of(file)));
    assertEquals(List.of("[4,17) pusillanimous 0.70 loaded_adjectives: pusillanimous"),
        full(extended, text));
  }

  @Test
  void sameFindingsOnTwoThreads() throws Exception {
    DetectorTesting.assertSameOnTwoThreads(DETECTOR,
        "The shameful decision drew a brutal crackdown. It was criminal. \"A reckless plan,\" "
            + "she said, calling the curfew \"draconian\".");
  }
}
