package dev.slant.detect.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Document;
import dev.slant.core.Sentence;
import dev.slant.lexicon.LexiconSet;
import dev.slant.nlp.Annotator;
import dev.slant.train.ClassifierSpec;
import dev.slant.train.Corpora;
import dev.slant.train.Corpus;
import dev.slant.train.CorpusFormat;
import dev.slant.train.Fixtures;
import dev.slant.train.Training;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.Classifier;
import weka.classifiers.functions.LibLINEAR;
import weka.core.Instances;

/**
 * A LIBLINEAR model compiled at load time predicts exactly what Weka's wrapper predicts: the same
 * doubles, bit for bit, not merely close ones.
 */
class LinearLogisticTest {

  static final String ARTICLE = "The reckless governor rammed through a draconian curfew on"
      + " Friday, a move critics called \"a shameful power grab\".\n"
      + "The order, signed at 11 p.m., closes bars and restaurants at 9 p.m. for 30 days.\n"
      + "Officials said the measure may have been considered by some to be a mistake.\n"
      + "According to a source familiar with the talks, the mayor was not consulted.\n"
      + "Police reported 14 arrests at Saturday's protest, which drew about 2,000 people.\n"
      + "Greedy landlords and corrupt inspectors have allegedly turned the harbour district into"
      + " a slum, residents claim.";
  static final Path PTC_DEV = Path.of(System.getProperty("slant.shared.data", "../shared/data"),
      "semeval2020-task11-ptc", "datasets", "dev-articles");

  static LexiconSet lexicons;
  static AnnotatedDocument article;

  @TempDir Path dir;

  @BeforeAll
  static void annotate() throws Exception {
    lexicons = LexiconSet.bundled();
    article = Annotator.withLemmas().annotate(Document.of("article", ARTICLE));
  }

  static List<TrainedModel> bundledModels() throws Exception {
    // The bundled sentence model, a Vote of LIBLINEAR and naive Bayes: see CompiledVoteTest.
    return List.of(ModelStore.bundled(TokenTagger.BUNDLED_LOADED, Task.LOADED),
        ModelStore.bundled(TokenTagger.BUNDLED_HEDGE, Task.HEDGE));
  }

  @Test
  void everyBundledTokenModelIsCompiled() throws Exception {
    for (TrainedModel m : bundledModels()) {
      assertTrue(m.compiled(), m.origin());
    }
  }

  @Test
  void bundledModelsGiveWekasProbabilitiesOnASelfWrittenArticle() throws Exception {
    for (TrainedModel m : bundledModels()) {
      int units = assertSameAsWeka(m, List.of(article));
      assertTrue(units >= 6, m.origin() + ": " + units);
    }
  }

  @Test
  void bundledModelsGiveWekasProbabilitiesOnNewsArticles() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(PTC_DEV), PTC_DEV + " absent: skipping");
    List<AnnotatedDocument> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(PTC_DEV)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(25).toList()) {
        docs.add(Annotator.withLemmas().annotate(Document.of(p.getFileName().toString(),
            Files.readString(p, StandardCharsets.UTF_8))));
      }
    }
    for (TrainedModel m : bundledModels()) {
      int units = assertSameAsWeka(m, docs);
      assertTrue(units >= 500, m.origin() + ": " + units);
    }
  }

  @Test
  void freshModelsWithAndWithoutNormalisationInEitherLabelOrder() throws Exception {
    FeatureExtractor extractor = new FeatureExtractor(Task.SENTENCE,
        FeatureConfig.defaults(Task.SENTENCE), lexicons);
    for (boolean biasedFirst : new boolean[] {true, false}) {
      List<Features> units = new ArrayList<>();
      List<Boolean> gold = new ArrayList<>();
      for (int i = 0; i < Fixtures.BIASED.size(); i++) {
        for (boolean biased : new boolean[] {biasedFirst, !biasedFirst}) {
          String s = (biased ? Fixtures.BIASED : Fixtures.NEUTRAL).get(i);
          units.add(sentenceFeatures(extractor, s));
          gold.add(biased);
        }
      }
      FeatureSpace space = FeatureSpace.fit(Task.SENTENCE, extractor.denseNames(), units, 1, 500);
      Instances data = space.newDataset(units.size());
      for (int u = 0; u < units.size(); u++) {
        data.add(space.vector(units.get(u), gold.get(u), data, true));
      }
      for (String options : List.of("-S 0 -C 0.1 -Z -P -W \"1 1\"", "-S 0 -C 1 -P -W \"1 1\"",
          "-S 7 -C 1 -B -1 -P -W \"1 1\"")) {
        Classifier c = new ClassifierSpec(LibLINEAR.class.getName(), options, 1).create();
        c.buildClassifier(data);
        int firstLabel = ((LibLINEAR) c).getModel().getLabels()[0];
        assertEquals(biasedFirst ? 1 : 0, firstLabel, "LIBLINEAR labels in order of appearance");
        LinearLogistic linear = LinearLogistic.compile(c, space).orElseThrow();
        List<Features> probes = new ArrayList<>(units);
        probes.add(sentenceFeatures(extractor, "A completely unrelated sentence about tomatoes."));
        probes.add(Features.builder().build());
        for (Features f : probes) {
          double weka = c.distributionForInstance(space.vector(f, null, space.header(), true))[1];
          assertEquals(weka, linear.probability(space.sparse(f)), options + " " + f);
        }
        Features missing = Features.builder().add(space.names().get(0), Double.NaN).build();
        assertTrue(Double.isNaN(linear.probability(space.sparse(missing))));
      }
    }
  }

  @Test
  void aTrainedModelFileIsCompiledAndAgreesWithWeka() throws Exception {
    Corpus corpus = Corpora.read(CorpusFormat.CSV, Task.SENTENCE,
        List.of(Fixtures.sentenceCsv(dir)));
    Path file = dir.resolve("s.model");
    new Training(Task.SENTENCE, FeatureConfig.defaults(Task.SENTENCE).withMinCount(1),
        new ClassifierSpec(LibLINEAR.class.getName(), "-S 0 -C 0.1 -Z -P -W \"1 1\"", 1), 0.5,
        lexicons, List.of(), 1).train(corpus, file);
    TrainedModel m = ModelStore.load(file, Task.SENTENCE);
    assertTrue(m.compiled());
    assertTrue(assertSameAsWeka(m, List.of(article)) >= 6);
  }

  @Test
  void otherClassifiersKeepPredictingThroughWeka() throws Exception {
    FeatureExtractor extractor = new FeatureExtractor(Task.SENTENCE,
        FeatureConfig.defaults(Task.SENTENCE), lexicons);
    List<Features> units = new ArrayList<>();
    for (int i = 0; i < Fixtures.BIASED.size(); i++) {
      units.add(sentenceFeatures(extractor, Fixtures.BIASED.get(i)));
      units.add(sentenceFeatures(extractor, Fixtures.NEUTRAL.get(i)));
    }
    FeatureSpace space = FeatureSpace.fit(Task.SENTENCE, extractor.denseNames(), units, 1, 200);
    Instances data = space.newDataset(units.size());
    for (int u = 0; u < units.size(); u++) {
      data.add(space.vector(units.get(u), u % 2 == 0, data, true));
    }
    // A linear SVM (no probabilities), LIBLINEAR without -P, and Weka's own logistic regression.
    for (ClassifierSpec spec : List.of(
        new ClassifierSpec(LibLINEAR.class.getName(), "-S 1 -C 1 -P -W \"1 1\"", 1),
        new ClassifierSpec(LibLINEAR.class.getName(), "-S 0 -C 1 -W \"1 1\"", 1),
        ClassifierSpec.of("Logistic", "-R 1.0", 1))) {
      Classifier c = spec.create();
      c.buildClassifier(data);
      assertFalse(LinearLogistic.compile(c, space).isPresent(), spec.toString());
    }
    Corpus corpus = Corpora.read(CorpusFormat.CSV, Task.SENTENCE,
        List.of(Fixtures.sentenceCsv(dir)));
    Path file = dir.resolve("logistic.model");
    new Training(Task.SENTENCE, FeatureConfig.defaults(Task.SENTENCE).withMinCount(1),
        ClassifierSpec.of("Logistic", "-R 1.0", 1), 0.5, lexicons, List.of(), 1)
        .train(corpus, file);
    TrainedModel m = ModelStore.load(file, Task.SENTENCE);
    assertFalse(m.compiled());
    assertTrue(assertSameAsWeka(m, List.of(article)) >= 6);
  }

  @Test
  void aMissingValueIsLeftToWeka() throws Exception {
    TrainedModel m = ModelStore.bundled(TokenTagger.BUNDLED_LOADED, Task.LOADED);
    String dense = m.space().names().get(0);
    Features f = Features.builder().add(dense, Double.NaN).build();
    double p = m.probability(f);
    assertEquals(m.wekaProbability(f), p);
    assertFalse(Double.isNaN(p));
  }

  @Test
  void sparseVectorsKeepKnownNamesInAttributeOrder() {
    FeatureSpace space = FeatureSpace.of(Task.SENTENCE, List.of("len", "w:curfew", "w:governor"));
    Features f = Features.builder().add("w:governor", 1).add("len", 9).add("w:unseen", 2)
        .add("w:curfew", 2).build();
    FeatureSpace.SparseVector x = space.sparse(f);
    assertEquals(3, x.size());
    assertEquals(List.of(0, 1, 2), List.of(x.indices()[0], x.indices()[1], x.indices()[2]));
    assertEquals(List.of(9.0, 2.0, 1.0), List.of(x.values()[0], x.values()[1], x.values()[2]));
  }

  /** Compares every unit of the documents; returns how many were compared. */
  private static int assertSameAsWeka(TrainedModel m, List<AnnotatedDocument> docs)
      throws Exception {
    FeatureExtractor extractor = m.extractor(lexicons, List.of());
    int units = 0;
    List<Double> seen = new ArrayList<>();
    for (AnnotatedDocument doc : docs) {
      FeatureExtractor.Context context = extractor.context(doc, List.of());
      List<Features> features = new ArrayList<>();
      if (m.task() == Task.SENTENCE) {
        for (Sentence s : doc.sentences()) {
          features.add(extractor.sentence(context, s.firstToken(), s.endToken()));
        }
      } else {
        for (int i = 0; i < doc.tokens().size(); i++) {
          if (FeatureExtractor.isCandidate(doc.tokens().get(i))) {
            features.add(extractor.token(context, i));
          }
        }
      }
      for (Features f : features) {
        double p = m.probability(f);
        assertEquals(m.wekaProbability(f), p, () -> m.origin() + " " + f);
        seen.add(p);
        units++;
      }
    }
    assertNotEquals(1, seen.stream().distinct().count(), "probabilities vary between units");
    return units;
  }

  private static Features sentenceFeatures(FeatureExtractor extractor, String text) {
    AnnotatedDocument doc = Annotator.withLemmas().annotate(Document.of("s", text));
    Sentence s = doc.sentences().get(0);
    return extractor.sentence(extractor.context(doc, List.of()), s.firstToken(), s.endToken());
  }
}
