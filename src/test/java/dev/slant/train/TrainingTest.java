package dev.slant.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.detect.ml.FeatureConfig;
import dev.slant.detect.ml.ModelStore;
import dev.slant.detect.ml.SpanDecoding;
import dev.slant.detect.ml.Task;
import dev.slant.detect.ml.TokenTagger;
import dev.slant.detect.ml.TrainedModel;
import dev.slant.lexicon.LexiconSet;
import dev.slant.nlp.Annotator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training and evaluation end to end on small self-written corpora. */
class TrainingTest {

  @TempDir Path dir;

  private Training sentenceTraining(long seed) throws Exception {
    return new Training(Task.SENTENCE, FeatureConfig.defaults(Task.SENTENCE).withMinCount(1),
        Training.defaultClassifier(Task.SENTENCE, seed), 0.5, LexiconSet.bundled(), List.of(), 2);
  }

  @Test
  void sameSeedAndDataGiveByteIdenticalModelsAndIdenticalMetrics() throws Exception {
    Corpus corpus = Corpora.read(CorpusFormat.CSV, Task.SENTENCE,
        List.of(Fixtures.sentenceCsv(dir)));
    Path a = dir.resolve("a.model");
    Path b = dir.resolve("b.model");
    sentenceTraining(5).train(corpus, a);
    sentenceTraining(5).train(corpus, b);
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    String first = sentenceTraining(5).crossValidate(corpus, 3, Evaluator.GroupBy.ARTICLE, f -> { })
        .toJson();
    String second = sentenceTraining(5).crossValidate(corpus, 3, Evaluator.GroupBy.ARTICLE, f -> { })
        .toJson();
    assertEquals(first, second);
  }

  @Test
  void crossValidationReportsHeldOutPredictionsOnly() throws Exception {
    Corpus corpus = Corpora.read(CorpusFormat.CSV, Task.SENTENCE,
        List.of(Fixtures.sentenceCsv(dir)));
    EvaluationReport r = sentenceTraining(1).crossValidate(corpus, 3, Evaluator.GroupBy.OUTLET,
        f -> { });
    assertEquals(2, r.folds()); // two outlets, so two folds whatever was asked
    assertEquals(24, r.exampleCount());
    int[][] c = r.units().confusion();
    assertEquals(24, c[0][0] + c[0][1] + c[1][0] + c[1][1]);
    assertEquals(12, r.units().perClass().get(1).support());
    assertTrue(r.split().contains("grouped by outlet"));
    assertTrue(r.toText().contains("macro-F1"));
  }

  @Test
  void aTokenModelTagsLoadedWordsAsSpans() throws Exception {
    StringBuilder jsonl = new StringBuilder();
    String[] loaded = {"reckless", "draconian", "shameful", "thugs", "disastrous", "outrageous"};
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String w = loaded[i % loaded.length];
      String s = "The council said the " + w + " plan number " + i + " was approved on Monday.";
      int start = s.indexOf(w);
      jsonl.append("{\"id\":\"s").append(i).append("\",\"group\":\"g").append(i % 5)
          .append("\",\"text\":\"").append(s).append("\",\"spans\":[{\"type\":\"loaded_language\","
              + "\"start\":").append(start).append(",\"end\":").append(start + w.length())
          .append("}]}\n");
      sentences.add(s);
    }
    Path data = dir.resolve("tokens.jsonl");
    Files.writeString(data, jsonl);
    Training t = new Training(Task.LOADED, FeatureConfig.defaults(Task.LOADED),
        Training.defaultClassifier(Task.LOADED, 1), null, LexiconSet.bundled(), List.of(), 1);
    Path model = dir.resolve("loaded.model");
    t.train(Corpora.read(CorpusFormat.JSONL, Task.LOADED, List.of(data)), model);
    TrainedModel m = ModelStore.load(model, Task.LOADED);
    TokenTagger tagger = TokenTagger.of(m, LexiconSet.bundled(), List.of());
    String text = "The council said the reckless plan was approved.";
    var doc = Annotator.withLemmas().annotate(dev.slant.core.Document.of("t", text));
    List<TokenTagger.Tag> tags = tagger.tag(doc, List.of());
    assertEquals(1, tags.size(), tags.toString());
    assertEquals("reckless", tags.get(0).span().in(text));
  }

  @Test
  void aTunedTokenModelRecordsItsDecodingAndTagsWithIt() throws Exception {
    String[][] pairs = {{"reckless", "shameful"}, {"draconian", "cruel"}, {"disastrous", "corrupt"},
        {"outrageous", "cynical"}, {"brutal", "barbaric"}, {"ruthless", "vicious"}};
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 36; i++) {
      String phrase = pairs[i % pairs.length][0] + " and " + pairs[i % pairs.length][1];
      String s = "The council said the " + phrase + " plan number " + i + " was approved on Monday.";
      int start = s.indexOf(phrase);
      jsonl.append("{\"id\":\"s").append(i).append("\",\"group\":\"g").append(i % 5)
          .append("\",\"text\":\"").append(s).append("\",\"spans\":[{\"type\":\"loaded_language\","
              + "\"start\":").append(start).append(",\"end\":").append(start + phrase.length())
          .append("}]}\n");
    }
    Path data = dir.resolve("phrases.jsonl");
    Files.writeString(data, jsonl);
    Training t = new Training(Task.LOADED, FeatureConfig.defaults(Task.LOADED),
        Training.defaultClassifier(Task.LOADED, 1), null, LexiconSet.bundled(), List.of(), 1);
    Path model = dir.resolve("phrases.model");
    t.train(Corpora.read(CorpusFormat.JSONL, Task.LOADED, List.of(data)), model);
    TrainedModel m = ModelStore.load(model, Task.LOADED);
    SpanDecoding decoding = m.manifest().decoding();
    assertEquals(decoding, m.decoding());
    assertEquals(m.manifest().threshold(), decoding.threshold());
    TokenTagger tagger = TokenTagger.of(m, LexiconSet.bundled(), List.of());
    String text = "The mayor said the brutal and barbaric plan was a mistake.";
    var doc = Annotator.withLemmas().annotate(dev.slant.core.Document.of("t", text));
    List<TokenTagger.Tag> tags = tagger.tag(doc, List.of());
    assertEquals(decoding.spans(doc, tagger.probabilities(doc, List.of())), tags);
    assertEquals(List.of("brutal and barbaric"), tags.stream().map(x -> x.span().in(text)).toList(),
        decoding.toString());
  }

  @Test
  void exportedArffTrainsAModelThatScoresNewText() throws Exception {
    Corpus corpus = Corpora.read(CorpusFormat.CSV, Task.SENTENCE,
        List.of(Fixtures.sentenceCsv(dir)));
    Path arff = dir.resolve("sentences.arff");
    Training t = sentenceTraining(1);
    assertEquals(24, t.exportArff(corpus, arff));
    String header = Files.readString(arff);
    assertTrue(header.startsWith("@relation 'slant:{"), header.substring(0, 40));
    Path model = dir.resolve("from-arff.model");
    Training.trainArff(t, arff, model);
    TrainedModel m = ModelStore.load(model, Task.SENTENCE);
    assertEquals("arff", m.manifest().trainingData().get(0).format());
    assertEquals(24, m.manifest().examples());
  }
}
