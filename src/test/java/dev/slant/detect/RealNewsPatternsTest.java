package dev.slant.detect;

import static dev.slant.detect.DetectorTesting.LEXICONS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slant.core.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patterns of real mainstream reporting that the detectors must read as a careful reader does,
 * each pinned with an invented sentence of the same shape (never a copied one).
 */
class RealNewsPatternsTest {

  private static final ScareQuoteDetector SCARE = create(() -> new ScareQuoteDetector(LEXICONS));
  private static final LoadedAdjectiveDetector ADJECTIVES =
      create(() -> new LoadedAdjectiveDetector(LEXICONS));
  private static final AnonymousSourceDetector ANONYMOUS =
      create(() -> new AnonymousSourceDetector(LEXICONS));

  private interface Factory<T> {
    T make() throws InputException;
  }

  private static <T> T create(Factory<T> f) {
    try {
      return f.make();
    } catch (InputException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Each finding as {@code type text}. */
  private static List<String> found(Detector detector, String text) {
    return detector.detect(DetectorTesting.doc(text)).stream()
        .map(f -> f.type().id() + " " + f.text()).toList();
  }

  @Test
  void aPartialQuotationWhoseSpeakerIsNamedInTheNextSentenceIsNoScareQuote() {
    assertEquals(List.of(), found(SCARE, "The harbour plan was a \"betrayal\" of the fishing"
        + " families. Councillor Ada Brennan said so at Tuesday's meeting."));
  }

  @Test
  void aPartialQuotationTiedByAccusedOfIsNoScareQuote() {
    assertEquals(List.of(), found(SCARE,
        "The mayor accused the port authority of \"stonewalling\" the inquiry."));
  }

  @Test
  void wordsQuotedInsideALongerQuotationElsewhereAreTheSpeakersPhrase() {
    assertEquals(List.of(), found(SCARE, "\"We will not accept a stitch-up on the budget,\" the"
        + " union leader told members on Monday.\n\nThe vote followed weeks of talk about the"
        + " \"stitch-up\" over wages."));
  }

  @Test
  void aListOfQuotedTermsIsAMentionOfJargon() {
    assertEquals(List.of(), found(SCARE, "The jargon of the planning office, \"phasing,\""
        + " \"envelopes,\" \"uplift\", baffles most residents."));
  }

  @Test
  void aCapitalisedQuotedWordIsANameAndALongQuotedPhraseIsAPartialQuotation() {
    assertEquals(List.of(), found(SCARE, "Fans of the show \"Tidewater\" gathered at the pier."));
    assertEquals(List.of(), found(SCARE,
        "The campaign promised to \"put harbour families first\" after the flood."));
  }

  @Test
  void anUnattributedIronicQuoteIsStillAScareQuote() {
    assertEquals(List.of("scare_quote \u201Creforms\u201D"), found(SCARE,
        "The council's \u201Creforms\u201D closed two libraries and a swimming pool."));
  }

  @Test
  void judgingAdjectivesOfCommentaryAreLoaded() {
    assertEquals(List.of("loaded_adjective baseless", "loaded_adjective staggering"),
        found(ADJECTIVES, "The baseless rumour spread at a staggering pace."));
  }

  @Test
  void partisanLabelsThatReadersLeaveUnmarkedAreNotReported() {
    assertEquals(List.of(), found(ADJECTIVES,
        "Border agents detained 40 illegal immigrants near the river crossing."));
  }

  @Test
  void vagueGroupsCitedForAViewAreAnonymousSources() {
    assertEquals(List.of("anonymous_source Some executives"), found(ANONYMOUS,
        "Some executives have blamed the new tariffs for the slowdown."));
    assertEquals(List.of("anonymous_source Many economists"), found(ANONYMOUS,
        "Many economists see the rate cut as premature."));
  }

  @Test
  void theAgentOfAPassiveVerbOfJudgingIsAnAnonymousSource() {
    assertEquals(List.of("anonymous_source some residents"), found(ANONYMOUS,
        "The ferry timetable has been criticised as unreliable by some residents."));
    assertEquals(List.of("anonymous_source many"), found(ANONYMOUS,
        "The new harbour master is seen by many as an outsider."));
    assertEquals(List.of(), found(ANONYMOUS,
        "The bridge was built by local workers in 1932."));
  }
}
