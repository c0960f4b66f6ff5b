package dev.slant.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.detect.Detectors;
import dev.slant.detect.ml.FeatureConfig;
import dev.slant.detect.ml.Task;
import dev.slant.lexicon.LexiconSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bundled example corpus for users' own training, training-data/sentences, is usable exactly
 * as its README and the main README's walkthrough describe it.
 */
class NewsroomSentencesTest {

  private static Corpus corpus() throws Exception {
    Path csv = Path.of(System.getProperty("slant.project.dir", "."))
        .resolve("training-data/sentences/newsroom-sentences.csv");
    return Corpora.read(CorpusFormat.CSV, Task.SENTENCE, List.of(csv));
  }

  @Test
  void readsThroughTheGenericCsvReaderWithTheDocumentedCounts() throws Exception {
    List<Example> examples = corpus().examples();
    assertEquals(240, examples.size());
    assertEquals(118, examples.stream().filter(Example::label).count());
    assertEquals(5, examples.stream().map(Example::outlet).distinct().count());
    assertEquals(240, examples.stream().map(Example::id).distinct().count());
    for (Example e : examples) {
      assertTrue(e.id().startsWith(e.group() + "-"), e.id() + " belongs to story " + e.group());
    }
  }

  @Test
  void everyStoryHasEightSentencesAndAtLeastThreeOfEachLabel() throws Exception {
    Map<String, List<Example>> stories = corpus().examples().stream()
        .collect(Collectors.groupingBy(Example::group, TreeMap::new, Collectors.toList()));
    assertEquals(30, stories.size());
    stories.forEach((story, sentences) -> {
      long biased = sentences.stream().filter(Example::label).count();
      assertEquals(8, sentences.size(), story);
      assertTrue(biased >= 3 && biased <= 5, story + ": " + biased + " biased of 8");
    });
  }

  /**
   * Measured with the default sentence recipe, 3 folds grouped by story: macro-F1 0.875 with seed
   * 1 and 0.854 to 0.883 over seeds 1 to 5 (per-fold standard deviation 0.033). 0.80 leaves
   * about two fold deviations for noise, and still fails if labels are misread or shuffled (0.599
   * with each story's labels shuffled among its sentences) or the features stop carrying the
   * corpus's cues.
   */
  @Test
  void threeFoldCrossValidationByStoryLearnsBothClasses() throws Exception {
    Training training = new Training(Task.SENTENCE, FeatureConfig.defaults(Task.SENTENCE),
        Training.defaultClassifier(Task.SENTENCE, 1), Training.defaultThreshold(Task.SENTENCE),
        LexiconSet.bundled(), Detectors.standard(LexiconSet.bundled()), 2);
    EvaluationReport report = training.crossValidate(corpus(), 3, Evaluator.GroupBy.ARTICLE,
        fold -> { });
    assertEquals(30, report.groupCount());
    assertTrue(report.units().macroF1() > 0.80, report.toText());
    report.units().perClass().forEach(c -> assertTrue(c.f1() > 0.75, report.toText()));
  }
}
