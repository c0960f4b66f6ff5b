package dev.slant.detect;

import static dev.slant.detect.DetectorTesting.LEXICONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.core.FeatureType;
import dev.slant.core.Text;
import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.LexiconEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The curation rules stated in the lexicon headers, checked on the bundled files. */
class LexiconCurationTest {

  @ParameterizedTest
  @ValueSource(strings = {"loaded_adjectives", "loaded_language", "hedges", "anonymous_sources"})
  void eachFileDocumentsItselfAndListsEachTermOnce(String name) throws IOException {
    List<String> lines;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(
        "lexicons/" + name + ".tsv")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    assertTrue(lines.get(0).startsWith("# " + name + ":"), "a header comment names the file");
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("# Curation:")), "curation principles");
    Set<String> seen = new HashSet<>();
    List<String> duplicates = new ArrayList<>();
    boolean header = true;
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String term = Text.fold(line.split("\t")[0].strip());
      if (!seen.add(term)) {
        duplicates.add(term);
      }
    }
    assertEquals(List.of(), duplicates, "a later line would silently replace an earlier one");
  }

  @Test
  void wordsUsuallyNeutralInNewsAreNotLoaded() {
    assertNotLoaded("loaded_adjectives", Set.of("strong", "major", "critical", "extreme",
        "severe", "violent", "dramatic", "historic", "unprecedented", "massive", "huge",
        "controversial", "unlawful", "guilty", "conservative", "liberal", "militant"));
    assertNotLoaded("loaded_language", Set.of("killed", "kill", "attack", "war", "terrorism",
        "terrorist", "riot", "militant", "insurgent", "genocide", "strike", "fight", "flood"));
  }

  @Test
  void neutralReportingIsNeverAHedge() {
    Set<String> neutral = Set.of("say", "tell", "according to", "announce", "state", "add",
        "note", "explain", "report", "describe", "confirm");
    Set<String> listed = LEXICONS.get("hedges").entries().stream()
        .filter(e -> !e.get("kind").equals("passive_attribution"))
        .map(LexiconEntry::term).collect(Collectors.toSet());
    listed.retainAll(neutral);
    assertEquals(Set.of(), listed);
  }

  @Test
  void theStandardSetHasTheFourLexiconDetectors() throws Exception {
    Set<FeatureType> types = new HashSet<>();
    Detectors.standard(LEXICONS).forEach(d -> types.addAll(d.types()));
    assertTrue(types.containsAll(Set.of(FeatureType.LOADED_ADJECTIVE,
        FeatureType.LOADED_LANGUAGE, FeatureType.ATTRIBUTION_HEDGE,
        FeatureType.ANONYMOUS_SOURCE)), types.toString());
  }

  private static void assertNotLoaded(String lexicon, Set<String> words) {
    Lexicon l = LEXICONS.get(lexicon);
    Set<String> loaded = words.stream()
        .filter(w -> l.get(w).filter(e -> !e.get("intensity").equals("0")).isPresent())
        .collect(Collectors.toSet());
    assertEquals(Set.of(), loaded);
  }
}
