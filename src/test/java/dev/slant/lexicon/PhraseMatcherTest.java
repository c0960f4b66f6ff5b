package dev.slant.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole-word phrase matching over raw text, as every lexicon uses it. */
class PhraseMatcherTest {

  private static PhraseMatcher<String> matcher(String... phrases) {
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
    for (String p : phrases) {
      b.add(p, p);
    }
    return b.build();
  }

  private static List<String> found(PhraseMatcher<String> m, String text) {
    List<String> out = new ArrayList<>();
    for (PhraseMatcher.Match<String> match : m.findAll(text)) {
      out.add(match.value() + "@" + match.span().start());
    }
    return out;
  }

  @Test
  void theLongestWholeWordPhraseWinsAtEachWordStart() {
    PhraseMatcher<String> m = matcher("sources", "sources close to", "close");
    assertEquals(List.of("sources close to@0", "close@8"),
        found(m, "Sources close to the mayor said so."));
    assertEquals(List.of(), found(m, "Resources closed early."), "inside words: no match");
  }

  @Test
  void caseTypographicApostrophesAndWhitespaceRunsAreFolded() {
    PhraseMatcher<String> m = matcher("people familiar with", "didn't say");
    assertEquals(List.of("people familiar with@4"),
        found(m, "But People  familiar\nwith the talks disagreed."));
    assertEquals(List.of("didn't say@4"), found(m, "She didn\u2019t say."));
  }

  @Test
  void matchesAtReportsEveryMatchFromAStartShortestFirst() {
    PhraseMatcher<String> m = matcher("so", "so called", "so-called");
    String text = "the so called reform";
    List<String> ends = new ArrayList<>();
    m.matchesAt(text, 4, text.length(), (end, value) -> ends.add(value + ":" + end));
    assertEquals(List.of("so:6", "so called:13"), ends);
    assertEquals("so called", m.longestAt(text, 4, text.length()).value());
    assertNull(m.longestAt(text, 5, text.length()), "not a word start: 'o called' is no phrase");
  }

  @Test
  void aPhraseAddedTwiceKeepsTheLastPayloadOrCombinesThem() {
    assertEquals(List.of("Sham@2"), found(matcher("sham", "Sham"), "A sham vote."));
    PhraseMatcher<String> both = PhraseMatcher.<String>builder()
        .add("sham", "loaded_adjectives")
        .add("sham", "loaded_language", (old, added) -> old + "+" + added)
        .build();
    assertEquals(1, both.size());
    assertEquals("loaded_adjectives+loaded_language",
        both.findAll("A sham vote.").get(0).value());
  }
}
