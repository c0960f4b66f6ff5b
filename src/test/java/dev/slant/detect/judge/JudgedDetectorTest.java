package dev.slant.detect.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.Analyzer;
import dev.slant.AnalyzerBuilder;
import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Document;
import dev.slant.core.Finding;
import dev.slant.core.InputException;
import dev.slant.detect.Detector;
import dev.slant.detect.Detectors;
import dev.slant.detect.ml.Features;
import dev.slant.detect.ml.ModelStore;
import dev.slant.detect.ml.TrainedModel;
import dev.slant.lexicon.LexiconSet;
import dev.slant.nlp.Annotator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled judge behind the rule detectors: it only ever removes findings. */
class JudgedDetectorTest {

  private static final String ARTICLE = "Officials described the raids as \"routine\" checks,"
      + " according to people familiar with the matter. Critics called the outrageous crackdown"
      + " a disgrace. The mayor allegedly ordered the sweeping operation himself, a source said."
      + " Some residents say the \"so-called\" review was a whitewash.";

  @Test
  void keepsExactlyTheRuleFindingsTheModelGivesAtLeastItsThreshold() throws Exception {
    LexiconSet lexicons = LexiconSet.bundled();
    List<Detector> rules = Detectors.standard(lexicons);
    TrainedModel judge = ModelStore.bundled("judge-realnews.model");
    AnnotatedDocument doc = Annotator.standard().annotate(Document.of("a", ARTICLE));
    List<Finding> all = Detectors.detectAll(rules, doc);
    List<Features> features = CandidateFeatures.of(doc, all);

    List<Finding> kept = new JudgedDetector(rules, judge).detect(doc);

    assertTrue(all.size() >= 5, all.toString());
    for (int i = 0; i < all.size(); i++) {
      boolean keep = judge.probability(features.get(i)) >= judge.threshold();
      assertEquals(keep, kept.contains(all.get(i)), all.get(i).toString());
    }
    assertTrue(all.containsAll(kept));
  }

  @Test
  void theBuilderPutsTheRulesBehindTheJudgeWhenTheJudgeModelIsGiven() throws Exception {
    Analyzer judged = AnalyzerBuilder.create().bundledSentenceModel(false)
        .model(Path.of("judge-realnews")).build();
    Analyzer rules = AnalyzerBuilder.create().bundledSentenceModel(false).build();

    assertEquals(1, judged.detectors().size());
    assertTrue(judged.detectors().get(0) instanceof JudgedDetector);
    assertEquals(rules.detectors().stream().flatMap(d -> d.types().stream()).sorted().toList(),
        judged.detectors().get(0).types().stream().sorted().toList());
    List<Finding> all = rules.analyze(Document.of("a", ARTICLE)).findings();
    assertTrue(all.containsAll(judged.analyze(Document.of("a", ARTICLE)).findings()));
  }

  @Test
  void theBundledJudgeWasTrainedOnTheBundledLexiconsAndRules() throws Exception {
    TrainedModel judge = ModelStore.bundled("judge-realnews.model");
    // Fails after a lexicon or rule change until train-defaults regenerates the judge.
    assertEquals(LexiconSet.bundled().versions(), judge.manifest().lexicons());
    JudgedDetector.checkCompatible(judge, Detectors.standard(LexiconSet.bundled()));
  }

  @Test
  void aModelForAnotherTaskIsNotAJudge() throws Exception {
    TrainedModel hedge = ModelStore.bundled("hedge-szeged.model");
    InputException e = assertThrows(InputException.class,
        () -> new JudgedDetector(Detectors.standard(LexiconSet.bundled()), hedge));
    assertTrue(e.getMessage().contains("not the judge task"), e.getMessage());
  }

  @Test
  void aJudgeTrainedOnOtherDetectorsIsRefused() throws Exception {
    TrainedModel judge = ModelStore.bundled("judge-realnews.model");
    List<Detector> fewer = Detectors.standard(LexiconSet.bundled()).subList(0, 2);
    InputException e = assertThrows(InputException.class,
        () -> new JudgedDetector(fewer, judge));
    assertTrue(e.getMessage().contains("trained on findings of the detectors"), e.getMessage());
  }
}
