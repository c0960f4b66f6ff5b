package dev.slant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.core.Document;
import dev.slant.core.FeatureType;
import dev.slant.core.InputException;
import dev.slant.lexicon.LexiconSet;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The library assembles the analysis chain that every command and the Spark job configure. */
class AnalyzerBuilderTest {

  private static final Document ARTICLE = Document.of("a",
      "The council pushed through a draconian curfew, critics say.");

  @Test
  void theDefaultChainRunsEveryRuleDetectorAndTheBundledSentenceModel() throws InputException {
    Analyzer a = AnalyzerBuilder.create().build();
    Set<FeatureType> covered = EnumSet.noneOf(FeatureType.class);
    a.detectors().forEach(d -> covered.addAll(d.types()));
    assertEquals(EnumSet.allOf(FeatureType.class), covered);
    assertEquals("sentence-babe", a.biasModelName().orElseThrow());
    assertTrue(a.analyze(ARTICLE).bias().isPresent());
  }

  @Test
  void theSentenceModelCanBeSwitchedOffOrReplacedByABundledOneByName() throws InputException {
    Analyzer rulesOnly = AnalyzerBuilder.create().bundledSentenceModel(false).build();
    assertFalse(rulesOnly.analyze(ARTICLE).bias().isPresent());
    assertEquals(rulesOnly.analyze(ARTICLE).findings(),
        AnalyzerBuilder.create().lexicons(LexiconSet.bundled()).build().analyze(ARTICLE)
            .findings());
    Analyzer hedges = AnalyzerBuilder.create().model(Path.of("hedge-szeged")).build();
    assertTrue(hedges.detectors().stream().anyMatch(
        d -> d.getClass().getSimpleName().equals("ModelDetector")));
  }

  @Test
  void twoModelsForOneTaskAreRefusedNamingTheSecond() {
    InputException e = assertThrows(InputException.class, () -> AnalyzerBuilder.create()
        .model(Path.of("sentence-babe")).model(Path.of("sentence-encoder")).build());
    assertEquals("sentence-encoder", e.origin());
  }
}
