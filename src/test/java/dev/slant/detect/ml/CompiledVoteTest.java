package dev.slant.detect.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Document;
import dev.slant.core.Sentence;
import dev.slant.detect.Detector;
import dev.slant.detect.Detectors;
import dev.slant.evaluate.DevSetReader;
import dev.slant.evaluate.GoldDocument;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayesMultinomial;
import weka.classifiers.meta.Vote;
import weka.core.Instances;

/**
 * A {@code Vote} averaging LIBLINEAR and multinomial naive Bayes, and naive Bayes alone, compiled
 * at load time predict exactly what Weka predicts: the same doubles, bit for bit, for both
 * classes. (JUnit compares doubles by their bits, so every assertEquals here is exact.)
 */
class CompiledVoteTest {

  static final Path PROJECT = Path.of(System.getProperty("slant.project.dir", "."));
  static final String NAIVE_BAYES = NaiveBayesMultinomial.class.getName();
  static final String LIBLINEAR_Z = "weka.classifiers.functions.LibLINEAR -S 0 -C 0.1 -Z -P"
      + " -W \\\"1 1\\\"";

  static LexiconSet lexicons;
  static AnnotatedDocument article;

  @TempDir Path dir;

  @BeforeAll
  static void annotate() throws Exception {
    lexicons = LexiconSet.bundled();
    article = Annotator.withLemmas().annotate(Document.of("article", LinearLogisticTest.ARTICLE));
  }

  @Test
  void theBundledSentenceModelAVoteOfLiblinearAndNaiveBayesIsCompiled() throws Exception {
    TrainedModel m = ModelStore.bundled(SentenceBiasModel.BUNDLED, Task.SENTENCE);
    assertEquals(Vote.class.getName(), m.manifest().classifier());
    assertTrue(m.compiled());
  }

  @Test
  void theBundledSentenceModelGivesWekasProbabilitiesOnTheDevSetAndTheExamples()
      throws Exception {
    List<AnnotatedDocument> docs = new ArrayList<>();
    for (GoldDocument g : DevSetReader.read(PROJECT.resolve("training-data/devset/dev.jsonl"))) {
      docs.add(Annotator.standard().annotate(g.toDocument()));
    }
    try (Stream<Path> files = Files.list(PROJECT.resolve("training-data/examples"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        docs.add(Annotator.standard().annotate(Document.of(p.getFileName().toString(),
            Files.readString(p, StandardCharsets.UTF_8))));
      }
    }
    TrainedModel m = ModelStore.bundled(SentenceBiasModel.BUNDLED, Task.SENTENCE);
    int sentences = assertSameAsWeka(m, docs);
    assertTrue(sentences >= 400, "sentences compared: " + sentences);
  }

  @Test
  void freshVotesAndNaiveBayesGiveWekasDistributionInEitherClassOrder() throws Exception {
    FeatureExtractor extractor = new FeatureExtractor(Task.SENTENCE,
        FeatureConfig.defaults(Task.SENTENCE), lexicons);
    for (boolean biasedFirst : new boolean[] {true, false}) {
      List<Features> units = new ArrayList<>();
      List<Boolean> gold = new ArrayList<>();
      for (int i = 0; i < Fixtures.BIASED.size(); i++) {
        for (boolean biased : new boolean[] {biasedFirst, !biasedFirst}) {
          units.add(sentenceFeatures(extractor,
              (biased ? Fixtures.BIASED : Fixtures.NEUTRAL).get(i)));
          gold.add(biased);
        }
      }
      FeatureSpace space = FeatureSpace.fit(Task.SENTENCE, extractor.denseNames(), units, 1, 500);
      Instances data = space.newDataset(units.size());
      for (int u = 0; u < units.size(); u++) {
        data.add(space.vector(units.get(u), gold.get(u), data, true));
      }
      List<Classifier> classifiers = List.of(
          Training.defaultClassifier(Task.SENTENCE, 1).train(data),
          ClassifierSpec.of("Vote", "-R AVG -B \"" + NAIVE_BAYES + "\" -B \"" + LIBLINEAR_Z
              + "\" -B \"" + NAIVE_BAYES + "\"", 1).train(data),
          new ClassifierSpec(NAIVE_BAYES, "", 1).train(data),
          voteWithAPreBuiltMember(data));
      List<Features> probes = new ArrayList<>(units);
      probes.add(sentenceFeatures(extractor, "A completely unrelated sentence about tomatoes."));
      probes.add(sentenceFeatures(extractor,
          "The shameful, reckless and disgraceful council caved again and again and again."));
      probes.add(Features.builder().build());
      for (Classifier c : classifiers) {
        CompiledClassifier compiled = CompiledClassifier.compile(c, space).orElseThrow();
        List<Double> seen = new ArrayList<>();
        for (Features f : probes) {
          double[] weka = c.distributionForInstance(space.vector(f, null, space.header(), true));
          double[] ours = compiled.distribution(space.sparse(f));
          assertArrayEquals(weka, ours, () -> c.getClass().getSimpleName() + " " + f);
          seen.add(ours[1]);
        }
        assertNotEquals(1, seen.stream().distinct().count(), "probabilities vary between units");
        Features missing = Features.builder().add(space.names().get(0), Double.NaN).build();
        assertNull(compiled.distribution(space.sparse(missing)), "a missing value is Weka's");
      }
    }
  }

  @Test
  void trainedVoteAndNaiveBayesModelFilesAreCompiledAndAgreeWithWeka() throws Exception {
    Corpus corpus = Corpora.read(CorpusFormat.CSV, Task.SENTENCE,
        List.of(Fixtures.sentenceCsv(dir)));
    for (ClassifierSpec spec : List.of(Training.defaultClassifier(Task.SENTENCE, 1),
        new ClassifierSpec(NAIVE_BAYES, "", 1))) {
      Path file = dir.resolve("s.model");
      new Training(Task.SENTENCE, FeatureConfig.defaults(Task.SENTENCE).withMinCount(1), spec,
          0.5, lexicons, List.of(), 1).train(corpus, file);
      TrainedModel m = ModelStore.load(file, Task.SENTENCE);
      assertTrue(m.compiled(), spec.toString());
      assertTrue(assertSameAsWeka(m, List.of(article)) >= 6);
    }
  }

  @Test
  void aVoteWithAMemberThatDoesNotCompileOrAnotherRuleStaysOnWeka() throws Exception {
    Corpus corpus = Corpora.read(CorpusFormat.CSV, Task.SENTENCE,
        List.of(Fixtures.sentenceCsv(dir)));
    for (String options : List.of(
        "-R AVG -B \"" + LIBLINEAR_Z + "\" -B \"weka.classifiers.trees.J48 -C 0.25 -M 1\"",
        "-R MAX -B \"" + LIBLINEAR_Z + "\" -B \"" + NAIVE_BAYES + "\"")) {
      Path file = dir.resolve("vote.model");
      new Training(Task.SENTENCE, FeatureConfig.defaults(Task.SENTENCE).withMinCount(1),
          ClassifierSpec.of("Vote", options, 1), 0.5, lexicons, List.of(), 1).train(corpus, file);
      TrainedModel m = ModelStore.load(file, Task.SENTENCE);
      assertFalse(m.compiled(), options);
      assertTrue(assertSameAsWeka(m, List.of(article)) >= 6);
    }
  }

  /** A Vote of LIBLINEAR and a naive Bayes trained beforehand and added as it is. */
  private static Classifier voteWithAPreBuiltMember(Instances data) throws Exception {
    Vote vote = (Vote) ClassifierSpec.of("Vote", "-R AVG -B \"" + LIBLINEAR_Z + "\"", 1).create();
    vote.addPreBuiltClassifier(new ClassifierSpec(NAIVE_BAYES, "", 1).train(data));
    vote.buildClassifier(data);
    return vote;
  }

  /**
   * Compares the compiled probability of every sentence of the documents with Weka's, with the
   * model's own detectors behind its finding features; returns how many were compared.
   */
  private static int assertSameAsWeka(TrainedModel m, List<AnnotatedDocument> docs)
      throws Exception {
    List<Detector> detectors = m.manifest().features().findings()
        && !m.manifest().detectors().isEmpty() ? Detectors.standard(lexicons) : List.of();
    FeatureExtractor extractor = m.extractor(lexicons, detectors);
    int units = 0;
    List<Double> seen = new ArrayList<>();
    for (AnnotatedDocument doc : docs) {
      FeatureExtractor.Context context =
          extractor.context(doc, Detectors.detectAll(detectors, doc));
      for (Sentence s : doc.sentences()) {
        Features f = extractor.sentence(context, s.firstToken(), s.endToken());
        double p = m.probability(f);
        assertEquals(m.wekaProbability(f), p, () -> m.origin() + " " + f);
        assertTrue(p >= 0 && p <= 1, m.origin() + " " + p);
        seen.add(p);
        units++;
      }
    }
    assertNotEquals(1, seen.stream().distinct().count(), "probabilities vary between sentences");
    return units;
  }

  private static Features sentenceFeatures(FeatureExtractor extractor, String text) {
    AnnotatedDocument doc = Annotator.withLemmas().annotate(Document.of("s", text));
    Sentence s = doc.sentences().get(0);
    return extractor.sentence(extractor.context(doc, List.of()), s.firstToken(), s.endToken());
  }
}
