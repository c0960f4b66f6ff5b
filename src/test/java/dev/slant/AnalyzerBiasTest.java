package dev.slant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.core.Document;
import dev.slant.core.InputException;
import dev.slant.detect.Detectors;
import dev.slant.detect.ml.SentenceBiasModel;
import dev.slant.lexicon.LexiconSet;
import dev.slant.nlp.Annotator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis chain with the bundled sentence-bias model. */
class AnalyzerBiasTest {

  private static final String ARTICLE = "The council approved the budget on Tuesday.\n"
      + "The regime's shameful, draconian crackdown has crushed every last voice of dissent.\n"
      + "The vote was 6-3.";

  private static Analyzer analyzer;

  @BeforeAll
  static void build() throws InputException {
    LexiconSet lexicons = LexiconSet.bundled();
    analyzer = new Analyzer(Annotator.standard(), Detectors.standard(lexicons),
        Optional.of(SentenceBiasModel.bundled(lexicons, Detectors.standard(lexicons))));
  }

  @Test
  void everySentenceGetsAProbabilityAndTheSummaryAddsThemUp() {
    ArticleResult r = analyzer.analyze(Document.of("budget", ARTICLE));
    BiasResult b = r.bias().orElseThrow();
    assertEquals("sentence-babe", b.model());
    assertEquals(r.score().sentences(), b.probabilities().size());
    assertEquals(b.probabilities().stream().mapToDouble(Double::doubleValue).average()
        .orElseThrow(), b.meanProbability(), 1e-12);
    assertEquals(b.probabilities().stream().mapToDouble(Double::doubleValue).max()
        .orElseThrow(), b.maxProbability(), 1e-12);
    assertEquals(b.probabilities().stream().filter(p -> p >= b.threshold()).count(),
        b.biasedSentences());
    assertTrue(b.probability(1) > b.probability(0) && b.probability(1) > b.probability(2),
        "the loaded sentence is the most biased: " + b.probabilities());
  }

  @Test
  void anAnalyzerWithoutAModelGivesNoVerdict() throws InputException {
    ArticleResult r = Analyzer.standard(LexiconSet.bundled())
        .analyze(Document.of("budget", ARTICLE));
    assertFalse(r.bias().isPresent());
  }

  @Test
  void resultsAreTheSameFromManyThreads() throws Exception {
    BiasResult alone = analyzer.analyze(Document.of("budget", ARTICLE)).bias().orElseThrow();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<BiasResult>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        futures.add(pool.submit(() ->
            analyzer.analyze(Document.of("budget", ARTICLE)).bias().orElseThrow()));
      }
      for (Future<BiasResult> f : futures) {
        assertEquals(alone, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aUserLexiconChangesTheFindingsButNotTheBiasModelsFeatures(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("loaded_adjectives.newsroom.tsv");
    Files.writeString(file, "term\tintensity\tcontext\tnote\nbudget\t0.9\tany\ttest entry\n");
    LexiconSet mine = LexiconSet.withOverrides(List.of(file));
    Analyzer overridden = new Analyzer(Annotator.standard(), Detectors.standard(mine),
        Optional.of(SentenceBiasModel.bundled(mine, Detectors.standard(mine))));
    ArticleResult plain = analyzer.analyze(Document.of("budget", ARTICLE));
    ArticleResult withMine = overridden.analyze(Document.of("budget", ARTICLE));
    assertTrue(withMine.findings().size() > plain.findings().size(),
        "the user's entry is found: " + withMine.findings());
    assertEquals(plain.bias(), withMine.bias(),
        "the model computes its features with the lexicons it was trained with");
  }

  @Test
  void theModelRunsItsOwnDetectorsWhenTheAnalysisHasOthers() throws Exception {
    LexiconSet lexicons = LexiconSet.bundled();
    Analyzer noDetectors = new Analyzer(Annotator.standard(), List.of(),
        Optional.of(SentenceBiasModel.bundled(lexicons, List.of())));
    ArticleResult r = noDetectors.analyze(Document.of("budget", ARTICLE));
    assertTrue(r.findings().isEmpty());
    assertEquals(analyzer.analyze(Document.of("budget", ARTICLE)).bias(), r.bias());
  }

  @Test
  void modelNamesComeFromFileNames() {
    assertEquals("sentence-babe", Analyzer.modelName("models/sentence-babe.model"));
    assertEquals("mine", Analyzer.modelName("/tmp/x/mine.model"));
    assertEquals("weights.bin", Analyzer.modelName("weights.bin"));
  }
}
