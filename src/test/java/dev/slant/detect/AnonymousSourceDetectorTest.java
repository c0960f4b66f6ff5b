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

class AnonymousSourceDetectorTest {

  private static final AnonymousSourceDetector DETECTOR = create(LEXICONS);

  private static AnonymousSourceDetector create(LexiconSet lexicons) {
    try {
      return new AnonymousSourceDetector(lexicons);
    } catch (InputException e) {
      throw new IllegalStateException(e.describe(), e);
    }
  }

  @Test
  void anonymityClausesJoinTheSourcePhrase() {
    assertEquals(Set.of(FeatureType.ANONYMOUS_SOURCE), DETECTOR.types());
    assertEquals(List.of("[0,52) A senior official speaking on condition of anonymity 0.90 "
            + "anonymity clause: on condition of anonymity"),
        full(DETECTOR, "A senior official speaking on condition of anonymity said the talks "
            + "had stalled."));
    assertEquals(List.of("[0,35) Witnesses who asked not to be named"),
        spans(DETECTOR, "Witnesses who asked not to be named said troops opened fire."));
    assertEquals(List.of("[0,39) Officials who declined to be identified", "[67,76) Observers"),
        spans(DETECTOR, "Officials who declined to be identified said the plan was dropped. "
            + "Observers say the count was fair."));
    assertEquals(List.of("[0,48) An aide who was not authorised to speak publicly"),
        spans(DETECTOR, "An aide who was not authorised to speak publicly said the president "
            + "was furious."));
    assertEquals(List.of("[0,53) Speaking on condition of anonymity, a senior official"),
        spans(DETECTOR, "Speaking on condition of anonymity, a senior official said the talks "
            + "had stalled."));
  }

  /**
   * Lines are sentences, so a clause broken by a hard line wrap is not read as one (it used to
   * throw a NullPointerException, losing the article).
   */
  @Test
  void aClauseBrokenByALineWrapIsNotAClause() {
    assertEquals(List.of("[0,13) Two officials 0.50 unnamed source: officials + asked"),
        full(DETECTOR, "Two officials who asked not to be\nnamed said the plan was rushed."));
    assertEquals(List.of(),
        full(DETECTOR, "Two officials, speaking on condition of\nanonymity, said it was rushed."));
  }

  @Test
  void anAnonymityClauseAfterTheVerbRaisesTheScoreOnly() {
    assertEquals(List.of("[0,13) Two officials 0.90 anonymity clause: on condition of anonymity"),
        full(DETECTOR, "Two officials said on condition of anonymity that the talks had stalled."));
  }

  @Test
  void anyNounWithAnAnonymityClauseIsASource() {
    assertEquals(List.of("[0,31) A man who asked not to be named"),
        spans(DETECTOR, "A man who asked not to be named said he saw the attack."));
    assertEquals(List.of("[0,42) One senior Tory, who asked not to be named"),
        spans(DETECTOR, "One senior Tory, who asked not to be named, said it was a betrayal."));
  }

  @Test
  void insiderLinksAreEnoughCloseToNeedsAVerb() {
    assertEquals(List.of("[0,31) People familiar with the matter 0.80 knowledge link: familiar with"),
        full(DETECTOR, "People familiar with the matter said the deal was close."));
    assertEquals(List.of("[0,36) A source with knowledge of the talks"),
        spans(DETECTOR, "A source with knowledge of the talks said a deal was near."));
    assertEquals(List.of("[13,43) people familiar with the plans"),
        spans(DETECTOR, "According to people familiar with the plans, the merger will be "
            + "announced on Monday."));
    assertEquals(List.of("[0,34) Sources close to the investigation 0.70 unnamed source: sources + said"),
        full(DETECTOR, "Sources close to the investigation said the suspect had fled. "
            + "Sources close to the border were shelled."));
  }

  @Test
  void vagueQuantifiersAndGroups() {
    assertEquals(List.of(
            "[0,12) Some experts 0.70 unnamed source: experts + say",
            "[40,44) Many 0.70 vague quantifier: many + believe",
            "[74,81) Critics 0.50 unnamed source: critics + say"),
        full(DETECTOR, "Some experts say the cuts are reckless. Many believe the vote was "
            + "rigged. Critics say the law is flawed."));
    assertEquals(List.of("[0,4) Some", "[41,47) Others", "[80,84) some"),
        spans(DETECTOR, "Some have argued that the tax is unfair. Others say it is overdue. "
            + "According to some, it is both."));
    assertEquals(List.of("[0,8) Insiders", "[40,62) It is believed by many"),
        spans(DETECTOR, "Insiders expect the chairman to resign. It is believed by many that "
            + "the vote was rigged."));
    assertEquals(List.of("[0,7) Critics"),
        spans(DETECTOR, "Critics, however, say the plan will fail."));
  }

  @Test
  void mentionsThatAreNotSourcingAreNotReported() {
    assertEquals(List.of("[47,66) Critics of the plan"),
        spans(DETECTOR, "Critics of the plan gathered outside the hall. Critics of the plan say "
            + "it is flawed."));
    assertEquals(List.of(), spans(DETECTOR, "According to some estimates, 2,000 homes flooded."));
    assertEquals(List.of(), spans(DETECTOR, "Official figures show unemployment rose. Renewable "
        + "energy sources supply a third of the power. Three people were killed. Some 200 "
        + "people attended the rally."));
  }

  @Test
  void relativeClausesBetweenSourceAndVerb() {
    assertEquals(List.of("[0,7) Critics", "[52,61) Officials"),
        spans(DETECTOR, "Critics who have studied the plan say it will fail. Officials, who "
            + "asked for more time, said the report was late."));
    assertEquals(List.of(), spans(DETECTOR, "He was blamed by Obama officials who found "
        + "themselves under fire for not responding."));
  }

  @Test
  void prepositionalPhrasesTheTaggerGarbles() {
    // The tokenizer splits "worst-hit" into "worst-" and "hit", tagged PUNCT and PRON.
    assertEquals(List.of("[60,94) residents in the worst-hit streets"),
        spans(DETECTOR, "The agency said its defences had performed as designed, but residents "
            + "in the worst-hit streets said the barriers had failed within hours."));
    assertEquals(List.of("[0,21) Critics of the agency"),
        spans(DETECTOR, "Critics of the agency have long argued that it favours cities."));
  }

  @Test
  void instructionsAndNamesAreNotAttributions() {
    assertEquals(List.of(), spans(DETECTOR, "Maybe these people should ask their neighbours. "
        + "Tests were offered to consulate employees who request it, State Department "
        + "spokeswoman Heather Nauert said."));
  }

  @Test
  void participlesListsAndClauseObjects() {
    assertEquals(List.of(), spans(DETECTOR, "People complaining about noise is nothing new. "
        + "He is used to telling people not to shout. Critics ignore his witness, explain away "
        + "the facts and move on."));
    assertEquals(List.of("[37,138) a U.S. official, who was not authorized to discuss the issue "
            + "and spoke only on condition of anonymity"),
        spans(DETECTOR, "The delay was to blame, according to a U.S. official, who was not "
            + "authorized to discuss the issue and spoke only on condition of anonymity."));
  }

  @Test
  void aDefiniteSourcePointsBackAndIsNotCountedAgain() {
    assertEquals(List.of("[0,28) Researchers at the institute"),
        spans(DETECTOR, "Researchers at the institute say the drug works. The researchers said "
            + "trials would follow."));
    // The article belongs to "move", not to the plural source.
    assertEquals(List.of("[14,23) officials"),
        spans(DETECTOR, "It was a move officials said was needed."));
  }

  @Test
  void namedSourcesAreNotAnonymous() {
    assertEquals(List.of(), spans(DETECTOR, "Maria Lopez, a senior official, said the plan was "
        + "sound. A senior official, Maria Lopez, said it was costly. Analyst John Smith said "
        + "prices would rise. Police said the driver fled. A ministry spokesperson said the "
        + "plan was sound."));
    // A place before the comma is not a name.
    assertEquals(List.of("[15,32) a senior official"),
        spans(DETECTOR, "In Washington, a senior official said the plan was sound."));
  }

  @Test
  void vagueInstitutionalSourcingIsReportedWithALowerScore() {
    // Decision: the reader cannot tell who spoke, so plain "officials said" counts; a named
    // institution lowers the score, an anonymity clause raises it.
    assertEquals(List.of(
            "[0,9) Officials 0.50 unnamed source: officials + said",
            "[35,60) Officials at the ministry 0.40 unnamed source: officials + said"),
        full(DETECTOR, "Officials said the plan was sound. Officials at the ministry said it "
            + "was costly."));
    assertEquals(List.of("[0,45) Officials who spoke on condition of anonymity 0.90 "
            + "anonymity clause: on condition of anonymity"),
        full(DETECTOR, "Officials who spoke on condition of anonymity said the plan was sound."));
  }

  @Test
  void invertedAttributionButNotAnEmbeddedSubject() {
    assertEquals(List.of("[28,45) a senior official"),
        spans(DETECTOR, "The ruling was unjust, said a senior official. The minister said a "
            + "senior official had resigned."));
  }

  @Test
  void sourcingInsideDirectSpeechIsTheSpeakers() {
    assertEquals(List.of(), spans(DETECTOR,
        "\"Sources close to the president say he will resign,\" the senator said."));
  }

  @Test
  void aBadWeightNamesFileAndLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("anonymous_sources.extra.tsv");
    Files.writeString(file, "term\tkind\tweight\tnote\nfunctionary\tsource_noun\t1.5\tx\n");
    InputException e = assertThrows(InputException.class,
        () -> new AnonymousSourceDetector(LexiconSet.withOverrides(List.of(file))));
    assertEquals(file + ":2", e.origin());
  }

  @Test
  void anOverrideFileAddsEntries(@TempDir Path dir) throws Exception {
    String text = "Party functionaries said the vote would be delayed.";
    assertEquals(List.of(), spans(DETECTOR, text));
    Path file = dir.resolve("anonymous_sources.extra.tsv");
    Files.writeString(file, "term\tkind\tweight\tnote\nfunctionary\tsource_noun\t0.5\tx\n");
    assertEquals(List.of("[0,19) Party functionaries"),
        spans(create(LexiconSet.withOverrides(List.of(file))), text));
  }

  @Test
  void sameFindingsOnTwoThreads() throws Exception {
    DetectorTesting.assertSameOnTwoThreads(DETECTOR,
        "People familiar with the matter said the deal was close. Critics say it is flawed, "
            + "and a senior official speaking on condition of anonymity said it would fail.");
  }
}
