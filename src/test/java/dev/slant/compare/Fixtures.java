package dev.slant.compare;

import dev.slant.Analyzer;
import dev.slant.ArticleResult;
import dev.slant.core.Document;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.Span;
import dev.slant.ingest.Inputs;
import dev.slant.ingest.Item;
import dev.slant.ingest.ReadOptions;
import dev.slant.nlp.Annotator;
import dev.slant.score.ArticleScore;
import dev.slant.score.FramingIndex;
import dev.slant.score.TypeScore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Shared test material: the bundled corpus, an analyzer with findings, hand-made results. */
final class Fixtures {

  private Fixtures() {}

  static Path projectDir() {
    return Path.of(System.getProperty("slant.project.dir", "."));
  }

  static Path corpus() {
    return projectDir().resolve("training-data/outlets/corpus.csv");
  }

  static Stream<Item> corpusItems() {
    return Inputs.read(List.of(corpus().toString()), ReadOptions.defaults());
  }

  private static Analyzer analyzer;

  /** The real annotator with the word-list fixture detector. */
  static synchronized Analyzer analyzer() {
    if (analyzer == null) {
      analyzer = new Analyzer(Annotator.standard(), List.of(new WordListDetector()));
    }
    return analyzer;
  }

  static Map<String, Object> provenance() {
    return Map.of("lexicons", Map.of());
  }

  /** Writes the corpus report with the fixture analyzer: {@code java ... Fixtures DIR [threads]}. */
  public static void main(String[] args) throws IOException {
    CompareOptions options = CompareOptions.defaults().withPairBy("story")
        .withThreads(args.length > 1 ? Integer.parseInt(args[1]) : 1);
    Compare.run(corpusItems(), analyzer(), options, provenance(), Path.of(args[0]), o -> {});
  }

  /**
   * A hand-made result: the text, then findings as (type, start, end) triples; the word count is
   * given so rates are easy to compute by hand.
   */
  static ArticleResult result(String id, String outlet, String story, String title, String text,
      int words, Object... findings) {
    Document doc = new Document(id, outlet, title, "2024-03-04", "", text, id + ".txt",
        story == null ? Map.of() : Map.of("story", story));
    List<Finding> list = new ArrayList<>();
    for (int i = 0; i < findings.length; i += 3) {
      FeatureType type = (FeatureType) findings[i];
      Span span = new Span((Integer) findings[i + 1], (Integer) findings[i + 2]);
      list.add(new Finding(type, span, span.in(text), 0, 1.0, "hand-made " + type.id()));
    }
    list.sort(Finding.READING_ORDER);
    Map<FeatureType, Integer> counts = new EnumMap<>(FeatureType.class);
    list.forEach(f -> counts.merge(f.type(), 1, Integer::sum));
    Map<FeatureType, TypeScore> byType = new EnumMap<>(FeatureType.class);
    for (FeatureType t : FeatureType.values()) {
      int c = counts.getOrDefault(t, 0);
      byType.put(t, new TypeScore(c, c * 1000.0 / words));
    }
    return new ArticleResult(doc, list,
        new ArticleScore(words, 1, byType, FramingIndex.of(list, words), List.of()));
  }
}
