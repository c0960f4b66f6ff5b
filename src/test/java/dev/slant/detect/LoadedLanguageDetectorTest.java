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

class LoadedLanguageDetectorTest {

  private static final LoadedLanguageDetector DETECTOR = create(LEXICONS);

  private static LoadedLanguageDetector create(LexiconSet lexicons) {
    try {
      return new LoadedLanguageDetector(lexicons);
    } catch (InputException e) {
      throw new IllegalStateException(e.describe(), e);
    }
  }

  @Test
  void reportsInflectedNounsAndVerbsUnderTheirLemma() {
    assertEquals(Set.of(FeatureType.LOADED_LANGUAGE), DETECTOR.types());
    assertEquals(List.of(
            "[4,10) regime 0.60 loaded_language: regime",
            "[13,18) thugs 0.80 loaded_language: thug",
            "[19,30) slaughtered 0.90 loaded_language: slaughter",
            "[46,54) massacre 0.50 loaded_language: massacre"),
        full(DETECTOR, "The regime's thugs slaughtered villagers in a massacre."));
  }

  @Test
  void fixedExpressionsAndPhrasalVerbs() {
    assertEquals(List.of("[10,17) blasted", "[53,63) witch hunt"),
        spans(DETECTOR, "Officials blasted the ruling on Monday, calling it a witch hunt."));
    assertEquals(List.of("[12,20) caved in", "[44,54) lashed out"),
        spans(DETECTOR, "The council caved in to pressure. The mayor lashed out at critics."));
  }

  @Test
  void headlineVerbsTheTaggerCallsNouns() {
    // "slam" and "slams" are tagged NOUN here; a subject right before them shows they are verbs.
    assertEquals(List.of("[8,12) slam"), spans(DETECTOR, "Critics slam plan to close libraries"));
    assertEquals(List.of("[6,11) slams"), spans(DETECTOR, "Trump slams media over report"));
    assertEquals(List.of(), spans(DETECTOR, "Police said the gas blast killed two workers."));
    assertEquals(List.of(), spans(DETECTOR, "A slew of new rules took effect."));
    assertEquals(List.of(), spans(DETECTOR, "Artists painted the many blast walls of the city."));
  }

  @Test
  void theNeutralSenseOfAWordIsNotReported() {
    assertEquals(List.of("[41,48) slammed"),
        spans(DETECTOR, "The car slammed into a wall. The senator slammed the ruling."));
    assertEquals(List.of("[41,47) regime"),
        spans(DETECTOR, "The tax regime was simplified. The Assad regime bombed the town."));
    assertEquals(List.of(), spans(DETECTOR, "The village lies in a valley near a cave."));
    assertEquals(List.of(), spans(DETECTOR, "Free radicals damage cells."));
    assertEquals(List.of(), spans(DETECTOR, "Police raided the Stonewall Inn in 1969."));
  }

  @Test
  void radicalIsANounHereAndAnAdjectiveThere() {
    // The adjective use belongs to the loaded-adjective detector; each word is reported once.
    assertEquals(List.of("[41,48) radical", "[50,58) Radicals"),
        spans(DETECTOR, "The radical cleric was arrested. He is a radical. Radicals stormed in."));
    assertEquals(List.of("[16,20) sham"),
        spans(DETECTOR, "The trial was a sham. Voters rejected the sham election."));
    assertEquals(List.of("[5,12) botched"), spans(DETECTOR, "They botched the rollout."));
    assertEquals(List.of(), spans(DETECTOR, "A botched rollout angered voters."));
  }

  @Test
  void adverbsAndNegation() {
    assertEquals(List.of("[12,23) shamelessly 0.70 loaded_language: shamelessly"),
        full(DETECTOR, "The company shamelessly raised prices."));
    assertEquals(List.of("[23,31) massacre 0.25 loaded_language: massacre"),
        full(DETECTOR, "The clash was hardly a massacre."));
  }

  @Test
  void directSpeechIsSkippedButScareQuotesAreNot() {
    String text = "“These thugs slaughtered our people,” said one villager. "
        + "The \"thugs\" turned out to be pensioners with placards.";
    assertEquals(List.of("[62,67) thugs"), spans(DETECTOR, text));
  }

  @Test
  void aBadPartOfSpeechNamesFileAndLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("loaded_language.extra.tsv");
    Files.writeString(file, "term\tpos\tintensity\tnote\nbloviate\tVERB\t0.6\tx\n"
        + "blowhard\tNOUNS\t0.6\tx\n");
    InputException e = assertThrows(InputException.class,
        () -> new LoadedLanguageDetector(LexiconSet.withOverrides(List.of(file))));
    assertEquals(file + ":3", e.origin());
  }

  @Test
  void anOverrideFileAddsEntries(@TempDir Path dir) throws Exception {
    String text = "The senator bloviated for an hour.";
    assertEquals(List.of(), spans(DETECTOR, text));
    Path file = dir.resolve("loaded_language.tsv");
    Files.writeString(file, "term\tpos\tintensity\tnote\nbloviate\tVERB\t0.6\tpompous talk\n");
    assertEquals(List.of("[12,21) bloviated 0.60 loaded_language: bloviate"),
        full(create(LexiconSet.withOverrides(List.of(file))), text));
  }

  @Test
  void sameFindingsOnTwoThreads() throws Exception {
    DetectorTesting.assertSameOnTwoThreads(DETECTOR,
        "The regime's thugs slaughtered villagers. Critics slam the cover-up as a witch hunt. "
            + "\"They butchered us,\" one man said.");
  }
}
