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

class AttributionHedgeDetectorTest {

  private static final AttributionHedgeDetector DETECTOR = create(LEXICONS);

  private static AttributionHedgeDetector create(LexiconSet lexicons) {
    try {
      return new AttributionHedgeDetector(lexicons);
    } catch (InputException e) {
      throw new IllegalStateException(e.describe(), e);
    }
  }

  @Test
  void hedgingAdverbsAndSoCalled() {
    assertEquals(Set.of(FeatureType.ATTRIBUTION_HEDGE), DETECTOR.types());
    assertEquals(List.of(
            "[13,22) allegedly 0.60 hedges: allegedly",
            "[39,49) reportedly 0.50 hedges: reportedly"),
        full(DETECTOR, "The minister allegedly took bribes. He reportedly fled abroad."));
    assertEquals(List.of("[4,13) so-called 0.90 hedges: so-called"),
        full(DETECTOR, "The so-called \"peace plan\" was rejected."));
  }

  @Test
  void passiveAttributionSpansFromBeToTo() {
    assertEquals(List.of(
            "[9,23) is believed to 0.50 passive attribution: believed",
            "[43,53) is said to 0.50 passive attribution: said"),
        full(DETECTOR, "The army is believed to have withdrawn. He is said to have fled."));
    assertEquals(List.of("[0,20) It is widely claimed"),
        spans(DETECTOR, "It is widely claimed that the army is ill-prepared."));
    assertEquals(List.of("[6,17) believed to"),
        spans(DETECTOR, "A man believed to be in his forties was arrested."));
    assertEquals(List.of("[10,30) has been rumoured to"),
        spans(DETECTOR, "The owner has been rumoured to be selling the club."));
  }

  @Test
  void passivesThatAreNotAttribution() {
    assertEquals(List.of(), spans(DETECTOR, "The suspect was reported to the police."));
    assertEquals(List.of(), spans(DETECTOR, "It is considered rude to ask."));
    assertEquals(List.of(), spans(DETECTOR, "Pompeo, who is being considered to be secretary of "
        + "state, declined to comment."));
    // Decision: "it is believed by many" is anonymous sourcing, not also a hedge.
    assertEquals(List.of(), spans(DETECTOR, "It is believed by many that the vote was rigged."));
  }

  @Test
  void reportingVerbsWithAReportedClause() {
    assertEquals(List.of(
            "[3,9) claims 0.60 reporting verb: claim",
            "[39,47) insisted 0.50 reporting verb: insist"),
        full(DETECTOR, "He claims the vote was rigged, but she insisted it was fair."));
    assertEquals(List.of("[18,26) insisted"),
        spans(DETECTOR, "\"It was fair,\" he insisted after the count."));
    assertEquals(List.of("[3,11) insisted"),
        spans(DETECTOR, "He insisted on Tuesday that the vote was fair."));
    assertEquals(List.of("[12,19) claimed"),
        spans(DETECTOR, "The company claimed to have fixed the fault."));
  }

  @Test
  void reportingVerbsInOtherSensesAreNotHedges() {
    assertEquals(List.of(), spans(DETECTOR, "The flu claimed the lives of three people."));
    assertEquals(List.of(), spans(DETECTOR, "She claimed the title in Paris. He claimed victory."));
    assertEquals(List.of(), spans(DETECTOR, "The rebels claimed responsibility for the attack."));
    assertEquals(List.of(), spans(DETECTOR, "The crew maintained the road all winter."));
    assertEquals(List.of(), spans(DETECTOR, "Labour conceded defeat. The team conceded a goal."));
    assertEquals(List.of(), spans(DETECTOR, "He insisted on a recount."));
    assertEquals(List.of(), spans(DETECTOR, "She had to contend with floods."));
    assertEquals(List.of(), spans(DETECTOR, "The seat was claimed by the opposition."));
    assertEquals(List.of(), spans(DETECTOR, "The party's claims to be centrist ring hollow."));
  }

  @Test
  void admitIsAConfessionButNotAnAdmission() {
    assertEquals(List.of(), spans(DETECTOR, "She was admitted to hospital on Tuesday."));
    assertEquals(List.of(), spans(DETECTOR, "A man admitted to hospital later died."));
    assertEquals(List.of(), spans(DETECTOR, "The hospital admitted 40 patients overnight."));
    assertEquals(List.of("[3,11) admitted"), spans(DETECTOR, "He admitted wrongdoing."));
    assertEquals(List.of("[3,11) admitted"), spans(DETECTOR, "He admitted to lying."));
    assertEquals(List.of("[3,11) admitted"), spans(DETECTOR, "He admitted to the charges."));
    assertEquals(List.of("[13,21) admitted"),
        spans(DETECTOR, "The minister admitted to hospital staff that he had lied."));
  }

  @Test
  void distancingParticiplesBeforeANoun() {
    assertEquals(List.of(
            "[4,11) alleged 0.50 reporting verb before a noun: allege",
            "[31,40) purported 0.70 reporting verb before a noun: purport"),
        full(DETECTOR, "The alleged attacker fled. The purported video showed soldiers."));
    assertEquals(List.of("[4,12) supposed"),
        spans(DETECTOR, "The supposed benefits never arrived. You are supposed to pay."));
  }

  @Test
  void neutralReportingIsNeverAHedge() {
    assertEquals(List.of(), spans(DETECTOR,
        "According to the ministry, the plan will cost $2bn. Officials said it would proceed. "
            + "The minister told reporters the plan was sound. The ministry announced, stated, "
            + "added and noted the change, and explained why. Reuters reported the deal."));
  }

  @Test
  void hedgesInsideDirectSpeechAreTheSpeakers() {
    assertEquals(List.of(), spans(DETECTOR,
        "\"He allegedly took bribes and claimed it was a gift,\" the prosecutor said."));
  }

  @Test
  void aBadKindNamesFileAndLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("hedges.local.tsv");
    Files.writeString(file, "term\tkind\tweight\tnote\nputatively\tadverbial\t0.6\tx\n");
    InputException e = assertThrows(InputException.class,
        () -> new AttributionHedgeDetector(LexiconSet.withOverrides(List.of(file))));
    assertEquals(file + ":2", e.origin());
  }

  @Test
  void anOverrideFileAddsEntries(@TempDir Path dir) throws Exception {
    String text = "The putatively independent panel met.";
    assertEquals(List.of(), spans(DETECTOR, text));
    Path file = dir.resolve("hedges.local.tsv");
    Files.writeString(file, "term\tkind\tweight\tnote\nputatively\tadverb\t0.6\tdoubt\n");
    assertEquals(List.of("[4,14) putatively 0.60 hedges: putatively"),
        full(create(LexiconSet.withOverrides(List.of(file))), text));
  }

  @Test
  void sameFindingsOnTwoThreads() throws Exception {
    DetectorTesting.assertSameOnTwoThreads(DETECTOR,
        "The so-called reforms are believed to have failed. He insisted they worked, and "
            + "reportedly admitted to hospital staff that he had lied.");
  }
}
