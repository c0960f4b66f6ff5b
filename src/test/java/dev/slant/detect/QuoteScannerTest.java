package dev.slant.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.detect.QuoteScanner.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {

  /** The quotations of a text as their covered strings, in order of their opening marks. */
  private static List<String> quoted(String text) {
    return QuoteScanner.scan(text).stream().map(q -> q.span().in(text)).toList();
  }

  @Test
  void pairsStraightAndCurlyDoubleQuotes() {
    String text = "The \"voluntary\" relocation and the “temporary” camp.";
    List<Quote> quotes = QuoteScanner.scan(text);
    assertEquals(2, quotes.size());
    assertEquals(4, quotes.get(0).open());
    assertEquals(14, quotes.get(0).close());
    assertEquals("voluntary", quotes.get(0).inner().in(text));
    assertEquals("“temporary”", quotes.get(1).span().in(text));
  }

  @Test
  void pairsSingleQuotesAndTellsThemFromApostrophes() {
    assertEquals(List.of("'restructuring'", "‘can’t lose’"),
        quoted("Its 'restructuring' was a ‘can’t lose’ bet."));
    assertEquals(List.of(),
        quoted("In the '90s, Jones' band played rock 'n' roll and can't stop."));
    assertEquals(List.of(),
        quoted("In the ’90s, Jones’ band played rock ’n’ roll and can’t stop."));
    assertEquals(List.of(), quoted("They'll rock 'em 'til dawn, O’Brien's fans said."));
  }

  @Test
  void anApostropheAtAWordEndDoesNotCloseAQuoteOpenedLater() {
    assertEquals(List.of("'experts'"), quoted("The 'experts' at Jones' firm disagreed."));
    assertEquals(List.of("'advice'"), quoted("The players' 'advice' was ignored."));
  }

  @Test
  void quotedWordsThatLookLikeElisionsAreStillQuotes() {
    assertEquals(List.of("'cause'"), quoted("They backed the 'cause' for a decade."));
  }

  @Test
  void inchAndFootMarksPairWithNothing() {
    assertEquals(List.of(), quoted("He is 5'10\" tall. She bought a 12\" pizza."));
  }

  @Test
  void pairsGuillemetsLowNineQuotesAndFrenchSpacing() {
    assertEquals(List.of("«réforme»", "„reform“", "« reform »", "‹reform›", "»reform«", "‚Reform‘"),
        quoted("De «réforme». The „reform“, the « reform », the ‹reform›, »reform« and ‚Reform‘."));
  }

  @Test
  void nestedQuotationsCarryTheirDepth() {
    String text = "\"The 'reform' is a cut,\" the senator said.";
    List<Quote> quotes = QuoteScanner.scan(text);
    assertEquals(2, quotes.size());
    assertEquals(new dev.slant.core.Span(0, 24), quotes.get(0).span());
    assertEquals(0, quotes.get(0).depth());
    assertEquals(new dev.slant.core.Span(5, 13), quotes.get(1).span());
    assertEquals(1, quotes.get(1).depth());
    assertTrue(quotes.get(1).single());
  }

  @Test
  void aClosingMarkDropsMarksOpenedInsideIt() {
    // The single quote before "stop" is never closed; the double quotes still pair.
    assertEquals(List.of("\"He can 'stop, he said\""), quoted("\"He can 'stop, he said\" today."));
  }

  @Test
  void neverPairsAcrossALineBreak() {
    assertEquals(List.of(), quoted("The \"reform plan\nis dead\" said nobody."));
    assertEquals(List.of("\"cut\""), quoted("A \"reform\r\nthat is a \"cut\" today."));
  }

  @Test
  void punctuationDecidesDirectionNextToBrackets() {
    assertEquals(List.of("\"freedom fighters\""),
        quoted("The rebels (\"freedom fighters\" to some) took the town."));
    assertEquals(List.of("\"reform\""), quoted("A plan—\"reform\"—was unveiled."));
  }

  @Test
  void aLineOfTenThousandQuoteMarksIsScannedInLinearTime() {
    for (String unit : List.of("\"", "“”", "'\"", "«»", "‘", "\" ")) {
      String text = unit.repeat(10_000 / unit.length());
      long start = System.nanoTime();
      List<Quote> quotes = QuoteScanner.scan(text);
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis < 500, unit + " took " + millis + " ms");
      for (Quote q : quotes) {
        assertTrue(q.close() < text.length() && q.open() < q.close());
      }
    }
  }

  @Test
  void emojiNextToMarksCountAsSymbolsAndOffsetsStayUtf16() {
    String text = "The 🔥\"reform 🔥\" was announced.";
    List<Quote> quotes = QuoteScanner.scan(text);
    assertEquals(1, quotes.size());
    assertEquals(new dev.slant.core.Span(6, 17), quotes.get(0).span());
    assertEquals("\"reform 🔥\"", quotes.get(0).span().in(text));
  }

  @Test
  void aPluralPossessiveClosesASingleQuoteOnlyIfNoOtherMarkDoes() {
    assertEquals(List.of("'The protesters' demands are fair,'"),
        quoted("'The protesters' demands are fair,' she said."));
    assertEquals(List.of("‘the old boys’ network’"),
        quoted("Critics blamed ‘the old boys’ network’ for the appointments."));
    assertEquals(List.of("'experts'", "'plan'"), quoted("The 'experts' say the 'plan' failed."));
  }

  @Test
  void curlyDoubleQuotesAllowInnerSpacesAndARightMarkUsedForBoth() {
    assertEquals(List.of("“ temporary measure ”"),
        quoted("The council called it a “ temporary measure ” on Monday."));
    assertEquals(List.of("”amnesty”"), quoted("That is how the term ”amnesty” came into use."));
    assertEquals(List.of("“We will not move.”"),
        quoted("She said “We will not move.”Then she left."));
  }

  @Test
  void openingMarksLeftOpenAtALineEndAreReportedApart() {
    String text = "\"We were betrayed by our own government.\n\"They lied to us,\" she added.";
    assertEquals(List.of("\"They lied to us,\""), quoted(text));
    assertEquals(List.of(new dev.slant.core.Span(0, 40)),
        QuoteScanner.scanWithUnclosed(text).unclosed());
  }

  @Test
  void aQuotationOpenedInsideAnUnclosedOneStillPairs() {
    String text = "He wrote, “The mayor called it “a fair deal.” Nobody agreed.";
    assertEquals(List.of("“a fair deal.”"), quoted(text));
    assertEquals(List.of(new dev.slant.core.Span(10, text.length())),
        QuoteScanner.scanWithUnclosed(text).unclosed());
  }
}
