package dev.slant.detect;

import static dev.slant.detect.DetectorTesting.LEXICONS;
import static dev.slant.detect.DetectorTesting.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedRegionsTest {

  private static final QuotedRegions REGIONS = regions();

  private static QuotedRegions regions() {
    try {
      return QuotedRegions.of(LEXICONS);
    } catch (dev.slant.core.InputException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Each quote as the text it covers, marks included. */
  private static List<String> quotes(String text) {
    return QuotedRegions.quotes(text).stream().map(q -> q.outer().in(text)).toList();
  }

  private static List<String> speech(String text) {
    AnnotatedDocument doc = doc(text);
    return REGIONS.directSpeech(doc).stream().map(s -> s.in(text)).toList();
  }

  @Test
  void findsStraightCurlyAndGuillemetQuotes() {
    String text = "He called it \"voluntary\", a “humane” move and a «temporary» step.";
    assertEquals(List.of("\"voluntary\"", "“humane”", "«temporary»"), quotes(text));
    QuotedRegions.Quote first = QuotedRegions.quotes(text).get(0);
    assertEquals(new Span(13, 24), first.outer());
    assertEquals(new Span(14, 23), first.inner());
    assertTrue(first.closed());
  }

  @Test
  void apostrophesAreNotQuotes() {
    String text = "The protesters' demands weren't met, and the mayor's office won't say why.";
    assertEquals(List.of(), quotes(text));
    assertEquals(List.of(), quotes("Music of the '90s filled the DJ's set, the fans' favourite."));
  }

  @Test
  void singleQuotesPairAroundWords() {
    String text = "‘We will not be silenced,’ she said. The ‘peace plan’ stalled.";
    assertEquals(List.of("‘We will not be silenced,’", "‘peace plan’"), quotes(text));
    String straight = "'It is over,' he said of the 'deal'.";
    assertEquals(List.of("'It is over,'", "'deal'"), quotes(straight));
  }

  @Test
  void pluralPossessiveInsideASingleQuoteDoesNotCloseIt() {
    String text = "'The protesters' demands are fair,' she said.";
    assertEquals(List.of("'The protesters' demands are fair,'"), quotes(text));
  }

  @Test
  void anUnclosedDoubleQuoteRunsToTheEndOfItsParagraph() {
    String text = "\"We were betrayed by our own government.\n\"They lied to us,\" she added.";
    List<QuotedRegions.Quote> found = QuotedRegions.quotes(text);
    assertEquals(2, found.size());
    assertEquals("\"We were betrayed by our own government.", found.get(0).outer().in(text));
    assertFalse(found.get(0).closed());
    assertEquals("\"They lied to us,\"", found.get(1).outer().in(text));
  }

  @Test
  void longQuotesAreDirectSpeech() {
    String text = "\"This is a shameful decision,\" the senator said. The \"peace plan\" stalled.";
    assertEquals(List.of("This is a shameful decision,"), speech(text));
  }

  @Test
  void shortQuotesWithASpeechVerbAreDirectSpeech() {
    assertEquals(List.of("Shameful."), speech("He told reporters: \"Shameful.\""));
    assertEquals(List.of("Never."), speech("She said, \"Never.\""));
    assertEquals(List.of("Never,"), speech("\"Never,\" she said."));
    assertEquals(List.of("No!"), speech("\"No!\" shouted the minister."));
    assertEquals(List.of("Brutal"), speech("\"Brutal\", the finance minister said."));
  }

  @Test
  void shortQuotedTermsAreNotDirectSpeech() {
    assertEquals(List.of(), speech("The mayor called the plan \"draconian.\""));
    assertEquals(List.of(), speech("The so-called “voluntary” relocation was announced."));
    assertEquals(List.of(), speech("The minister said the plan was \"not draconian\" and left."));
    assertEquals(List.of(), speech("Critics call it a \"witch hunt\", not an inquiry."));
  }

  @Test
  void aQuotationThatQuotesSomeoneElseIsOneRegion() {
    String text = "Ruiz added, “He calls the levy “a fair share for everyone.” He boasts of it.”";
    assertEquals(List.of("He calls the levy “a fair share for everyone.” He boasts of it."),
        speech(text));
  }

  @Test
  void insideIsAContainmentTestOverOrderedRegions() {
    List<Span> regions = List.of(new Span(0, 10), new Span(20, 30));
    assertTrue(QuotedRegions.inside(regions, new Span(2, 5)));
    assertTrue(QuotedRegions.inside(regions, new Span(20, 30)));
    assertFalse(QuotedRegions.inside(regions, new Span(8, 12)));
    assertFalse(QuotedRegions.inside(regions, new Span(12, 15)));
  }

  @Test
  void oddTextNeverFails() {
    for (String text : List.of("\"", "'", "“”", "\"\"\"", "‘", "’", "« »", "a\"\nb\"", "\"'\"'")) {
      AnnotatedDocument doc = doc(text);
      for (Span s : REGIONS.directSpeech(doc)) {
        assertTrue(s.end() <= text.length());
      }
    }
  }
}
