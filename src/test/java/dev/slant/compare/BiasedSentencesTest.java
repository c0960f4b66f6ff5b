package dev.slant.compare;

import static dev.slant.core.FeatureType.LOADED_ADJECTIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.ArticleResult;
import dev.slant.BiasResult;
import dev.slant.core.Span;
import dev.slant.report.Stylesheet;
import dev.slant.score.ArticleScore;
import dev.slant.score.SentenceScore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The biased-sentences measure on hand-made verdicts (threshold 0.5), so every share is easy to
 * check by hand: A's articles have 2 of 4 (50 %) and 2 of 3 (66.67 %) sentences at or above the
 * threshold, B's 0 of 2 and 1 of 4 (25 %).
 */
class BiasedSentencesTest {

  private static final String A1 = "The mayor unveiled a reckless budget. Critics were furious."
      + " The vote is on Friday. Nobody expects it to pass.";
  private static final String A2 = "Protesters swarmed city hall. Police stood by."
      + " The chaos lasted hours.";
  private static final String B1 = "The council met on Tuesday. It approved the minutes.";
  private static final String B2 = "Rain is expected on Friday. Roads may flood."
      + " The outrageous delay angered residents. Crews are on standby.";

  static List<ArticleResult> corpus() {
    return List.of(
        verdict(Fixtures.result("a1", "A", "budget", "Budget", A1, 21,
            LOADED_ADJECTIVE, 21, 29), 0.9, 0.2, 0.5, 0.1),
        verdict(Fixtures.result("a2", "A", "protest", "Protest", A2, 11), 0.3, 0.6, 0.7),
        verdict(Fixtures.result("b1", "B", "budget", "Council", B1, 9), 0.1, 0.2),
        verdict(Fixtures.result("b2", "B", "protest", "Rain", B2, 18), 0.4, 0.1, 0.8, 0.2));
  }

  /**
   * The result with its sentences (each ends at a full stop) and a verdict of the model
   * "hand-model" giving them these probabilities.
   */
  static ArticleResult verdict(ArticleResult r, double... probabilities) {
    String text = r.document().text();
    List<SentenceScore> sentences = new ArrayList<>();
    int start = 0;
    for (int end = text.indexOf('.'); end >= 0; end = text.indexOf('.', end + 1)) {
      sentences.add(new SentenceScore(sentences.size(), new Span(start, end + 1),
          text.substring(start, end + 1).split(" ").length, Map.of(), 0));
      start = Math.min(end + 2, text.length());
    }
    assertEquals(probabilities.length, sentences.size(), "one probability per sentence");
    ArticleScore s = r.score();
    List<Double> p = Arrays.stream(probabilities).boxed().toList();
    BiasResult bias = new BiasResult("hand-model", 0.5, p,
        Arrays.stream(probabilities).average().orElse(0),
        Arrays.stream(probabilities).max().orElse(0),
        (int) Arrays.stream(probabilities).filter(x -> x >= 0.5).count());
    return new ArticleResult(r.document(), r.findings(),
        new ArticleScore(s.words(), sentences.size(), s.byType(), s.framingIndex(), sentences),
        java.util.Optional.of(bias));
  }

  private static CompareReport build(Path dir, List<ArticleResult> results) throws Exception {
    Collector c = new Collector(dir, CompareOptions.defaults().withPairBy("story"));
    results.forEach(c::accept);
    return new Aggregator(new Bootstrap(2000, 1, 0.95))
        .build(c.rows(), c.terms(), true,
            Map.of("group_by", "outlet", "detectors", List.of(), "lexicons", Map.of()));
  }

  private static OutletSummary outlet(CompareReport r, String name) {
    return r.outlets().stream().filter(o -> o.outlet().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void theShareIsSentencesAtOrAboveTheThresholdAveragedOverAnOutletsArticles(@TempDir Path dir)
      throws Exception {
    CompareReport r = build(dir, corpus());
    Measure biased = r.measures().get(r.measures().size() - 1);
    assertEquals(Measure.biasedSentences("hand-model"), biased);
    assertEquals("biased sentences (model hand-model)", biased.label());
    assertEquals(List.of(50.0, 200.0 / 3, 0.0, 25.0),
        r.articles().stream().map(a -> a.value(biased)).toList(), "0.5 itself counts");
    assertEquals((50.0 + 200.0 / 3) / 2, outlet(r, "A").of(biased).mean(), 1e-12);
    assertEquals((0.0 + 25.0) / 2, outlet(r, "B").of(biased).mean(), 1e-12);
    assertEquals(0.425, r.articles().get(0).bias().orElseThrow().meanProbability(), 1e-12);
  }

  @Test
  void itIsTestedLikeEveryOtherMeasure(@TempDir Path dir) throws Exception {
    CompareReport r = build(dir, corpus());
    Comparison c = r.comparisons().stream()
        .filter(x -> x.measure().equals(Measure.BIASED_SENTENCES_ID)).findFirst().orElseThrow();
    // A {50, 66.7} against B {0, 25}: A's article is higher in all four pairs.
    assertEquals(1.0, c.cliffsDelta(), 1e-12);
    PairedComparison p = r.pairedComparisons().stream()
        .filter(x -> x.measure().equals(Measure.BIASED_SENTENCES_ID)).findFirst().orElseThrow();
    // budget: 50 − 0; protest: 66.7 − 25.
    assertEquals(2, p.stories());
    assertEquals((50.0 + (200.0 / 3 - 25)) / 2, p.meanDifference(), 1e-12);
    assertEquals(Measure.ALL.size() + 1, r.comparisons().size());
  }

  @Test
  void everyReportFileCarriesTheMeasure(@TempDir Path dir) throws Exception {
    CompareReport r = build(dir, corpus());
    ReportFiles.writeAll(dir, r);
    String outlets = read(dir, "outlets.csv");
    assertTrue(outlets.contains("\nA,2,32,biased_sentences,58.3333,"), outlets);
    List<String> articles = Files.readAllLines(dir.resolve("articles.csv"));
    assertTrue(articles.get(0).endsWith(
        ",framing_index,biased_sentences_percent,mean_bias_probability,page"), articles.get(0));
    assertTrue(articles.get(2).endsWith(",66.6667,0.5333,articles/a-a2.html"), articles.get(2));
    assertTrue(read(dir, "comparisons.csv").contains("\nsame_story,biased_sentences,A,B,2,2,"));
    assertTrue(read(dir, "outlets.json").contains("\"biased_sentences\" : {\n      \"mean\" :"
        + " 58.3333,"));
    assertTrue(read(dir, "report.md").contains("| biased sentences (model hand-model) |"));
    var index = Jsoup.parse(read(dir, "index.html"));
    assertEquals("Biased sentences (model hand-model)",
        index.selectFirst("svg#chart-biased_sentences text").text());
    assertEquals(Measure.ALL.size() + 1, index.select("figure > svg").size());
  }

  @Test
  void theDrillDownUnderlinesBiasedSentencesAndGivesEachItsProbability(@TempDir Path dir)
      throws Exception {
    ArticleResult a1 = corpus().get(0);
    String html = ArticlePage.render(a1, ArticleRow.of(a1, "A", "", "articles/a-a1.html"), "R");
    var page = Jsoup.parse(html);
    Element text = page.selectFirst("div.article-text");
    assertEquals(A1, text.wholeText(), "the text is unchanged");
    Elements sentences = text.select("span.sentence");
    assertEquals(4, sentences.size());
    assertEquals("sentence 3: bias probability 0.50", sentences.get(2).attr("title"));
    assertEquals(List.of("The mayor unveiled a reckless budget.", "The vote is on Friday."),
        text.select("span.sentence.biased").eachText());
    assertEquals("reckless", sentences.get(0).selectFirst("mark").text(), "findings inside");
    assertTrue(page.select("dd").eachText().contains(
        "2 of 4 sentences (50.00 %) at or above 0.50 by the model hand-model; mean sentence"
            + " probability 0.43"), page.select("dd").eachText().toString()); // 0.425, half up
    assertTrue(html.contains(Stylesheet.BIASED_SENTENCES));
  }

  @Test
  void withoutAVerdictNothingAboutBiasIsWritten(@TempDir Path dir) throws Exception {
    CompareReport r = build(dir, AggregatorTest.tinyCorpus());
    assertEquals(Measure.ALL, r.measures());
    ReportFiles.writeAll(dir, r);
    try (var files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String s = Files.readString(f, StandardCharsets.UTF_8);
        assertFalse(s.contains("biased") || s.contains("sentence\""), f.toString());
      }
    }
  }

  @Test
  void verdictsOfDifferentModelsOrNoneAreNotMixed(@TempDir Path dir) {
    List<ArticleResult> mixed = new ArrayList<>(corpus());
    mixed.add(AggregatorTest.tinyCorpus().get(2));
    assertThrows(IllegalArgumentException.class, () -> build(dir, mixed));
  }

  private static String read(Path dir, String name) throws Exception {
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }
}
