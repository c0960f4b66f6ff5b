package dev.slant.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.core.Finding;
import dev.slant.core.InputException;
import dev.slant.lexicon.LexiconSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Neutral wordings from the lexicons' {@code suggest} column, in the form of the word found. */
class SuggestionsTest {

  private static Map<String, String> suggestions(String text) throws Exception {
    List<Finding> findings = new ArrayList<>();
    for (Detector d : Detectors.standard(DetectorTesting.LEXICONS)) {
      findings.addAll(d.detect(DetectorTesting.doc(text)));
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Finding f : findings) {
      out.put(f.text(), f.suggestion());
    }
    return out;
  }

  @Test
  void verbsTakeTheFormOfTheWordFound() throws Exception {
    Map<String, String> s = suggestions("Opposition leaders slammed the regime on Monday, and the"
        + " minister claimed the figures were wrong.");
    assertEquals("criticised", s.get("slammed"));
    assertEquals("government", s.get("regime"));
    assertEquals("said", s.get("claimed"));
    s = suggestions("The senator claims the union is slamming the plan.");
    assertEquals("says", s.get("claims"));
    assertEquals("criticising", s.get("slamming"));
  }

  @Test
  void nounsKeepTheirNumberAndCapitals() throws Exception {
    Map<String, String> s = suggestions("Cronies of the governor won every contract.");
    assertEquals("Associates", s.get("Cronies"));
    s = suggestions("The so-called \"reforms\" were a fiasco, and the regime's henchmen stayed.");
    assertEquals("", s.get("so-called"), "so-called is best left out");
    assertEquals("reforms", s.get("\"reforms\""), "a scare quote without its marks");
    assertEquals("failure", s.get("fiasco"));
  }

  @Test
  void aWordWithoutANeutralAlternativeHasNone() throws Exception {
    Map<String, String> s = suggestions("The suspect allegedly stole the car.");
    assertTrue(s.containsKey("allegedly"));
    assertNull(s.get("allegedly"), "a legal caution has no neutral replacement");
  }

  @Test
  void overridesMayLeaveTheColumnOutAndMayAddSuggestions(@TempDir Path dir) throws Exception {
    Path plain = dir.resolve("loaded_language.newsroom.tsv");
    Files.writeString(plain, "term\tpos\tintensity\tnote\nshellacking\tNOUN\t0.6\tsports slang\n",
        StandardCharsets.UTF_8);
    LexiconSet set = LexiconSet.withOverrides(List.of(plain));
    List<Finding> f = new LoadedLanguageDetector(set).detect(
        DetectorTesting.doc("The party took a shellacking in the vote."));
    assertEquals(1, f.size());
    assertNull(f.get(0).suggestion());

    Path suggesting = dir.resolve("loaded_language.desk.tsv");
    Files.writeString(suggesting, "term\tpos\tintensity\tsuggest\tnote\n"
        + "shellacking\tNOUN\t0.6\theavy defeat\tsports slang\n", StandardCharsets.UTF_8);
    f = new LoadedLanguageDetector(LexiconSet.withOverrides(List.of(suggesting))).detect(
        DetectorTesting.doc("The party took a shellacking in the vote."));
    assertEquals("heavy defeat", f.get(0).suggestion());

    Path bad = dir.resolve("loaded_language.bad.tsv");
    Files.writeString(bad, "term\tpos\tintensity\tsuggest\tnote\n"
        + "shellacking\tNOUN\t0.6\tbeat/beat/beaten\tslang\n", StandardCharsets.UTF_8);
    InputException e = assertThrows(InputException.class,
        () -> new LoadedLanguageDetector(LexiconSet.withOverrides(List.of(bad))));
    assertTrue(e.describe().contains("loaded_language.bad.tsv:2"), e.describe());
    assertTrue(e.describe().contains("column 'suggest'"), e.describe());
  }
}
