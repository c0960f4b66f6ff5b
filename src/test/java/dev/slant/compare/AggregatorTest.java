package dev.slant.compare;

import static dev.slant.core.FeatureType.LOADED_ADJECTIVE;
import static dev.slant.core.FeatureType.SCARE_QUOTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.ArticleResult;
import dev.slant.core.FeatureType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Aggregation as a pure library, on hand-made results whose figures are easy to check by hand. */
class AggregatorTest {

  private static final String A1 = "The brutal crackdown was brutal, officials said.";
  private static final String A2 = "The \"voluntary\" relocation began on Monday.";
  private static final String B1 = "The council met on Tuesday.";
  private static final String B2 = "A reckless plan, critics said.";
  private static final String B3 = "Rain is expected on Friday.";

  /** Outlet A: rates 20 and 0 of loaded adjectives; B: 0, 20 and 0. Stories s1, s2 shared. */
  static List<ArticleResult> tinyCorpus() {
    return List.of(
        Fixtures.result("a1", "A", "s1", "Brutal", A1, 100,
            LOADED_ADJECTIVE, 4, 10, LOADED_ADJECTIVE, 25, 31),
        Fixtures.result("a2", "A", "s2", "Voluntary", A2, 200, SCARE_QUOTE, 4, 15),
        Fixtures.result("b1", "B", "s1", "Council", B1, 100),
        Fixtures.result("b2", "B", "s2", "Reckless", B2, 50, LOADED_ADJECTIVE, 2, 10),
        Fixtures.result("b3", "B", "s3", "Rain", B3, 100));
  }

  private static CompareReport build(Path dir, boolean paired) throws Exception {
    Collector c = new Collector(dir, CompareOptions.defaults().withPairBy("story"));
    tinyCorpus().forEach(c::accept);
    return new Aggregator(new Bootstrap(2000, 1, 0.95))
        .build(c.rows(), c.terms(), paired, Map.of());
  }

  @Test
  void outletMeansAreMeansOverArticlesOfPerThousandWordRates(@TempDir Path dir) throws Exception {
    CompareReport r = build(dir, false);
    OutletSummary a = r.outlets().stream().filter(o -> o.outlet().equals("A")).findFirst().get();
    OutletSummary b = r.outlets().stream().filter(o -> o.outlet().equals("B")).findFirst().get();
    assertEquals(2, a.articles());
    assertEquals(300, a.words());
    assertEquals((20.0 + 0.0) / 2, a.features().get("loaded_adjective").mean(), 1e-12);
    assertEquals((0.0 + 5.0) / 2, a.features().get("scare_quote").mean(), 1e-12);
    assertEquals((0.0 + 20.0 + 0.0) / 3, b.features().get("loaded_adjective").mean(), 1e-12);
    // Framing index (weight 1, strength 1 for both types): a1 S = 1000·2/(100+50), a2 S = 1000/250.
    double fiA1 = 100 * (1 - Math.exp(-(1000.0 * 2 / 150) / 25));
    double fiA2 = 100 * (1 - Math.exp(-(1000.0 * 1 / 250) / 25));
    assertEquals((fiA1 + fiA2) / 2, a.framingIndex().mean(), 1e-9);
    assertEquals("A", r.outlets().get(0).outlet(), "ranked by mean framing index");
  }

  @Test
  void everyMeasureComparesEveryPairWithCliffsDeltaAndHolm(@TempDir Path dir) throws Exception {
    CompareReport r = build(dir, false);
    assertEquals(Measure.ALL.size(), r.comparisons().size(), "one pair, one row per measure");
    Comparison adj = r.comparisons().stream()
        .filter(c -> c.measure().equals("loaded_adjective")).findFirst().get();
    assertEquals("A", adj.a());
    // A {20, 0} vs B {0, 20, 0}: pairs A>B: 20>0 twice = 2; A<B: 0<20 once = 1; of 6.
    assertEquals((2.0 - 1.0) / 6, adj.cliffsDelta(), 1e-12);
    assertEquals(adj.p(), adj.pHolm(), 1e-12, "a family of one is not adjusted");
    assertEquals(List.of(), r.pairedComparisons());
  }

  @Test
  void pairedComparisonsUseOnlySharedStories(@TempDir Path dir) throws Exception {
    CompareReport r = build(dir, true);
    PairedComparison adj = r.pairedComparisons().stream()
        .filter(c -> c.measure().equals("loaded_adjective")).findFirst().get();
    // Shared: s1 (A 20, B 0) and s2 (A 0, B 20); s3 is B's alone. Differences +20, −20.
    assertEquals(2, adj.stories());
    assertEquals(0.0, adj.meanDifference(), 1e-12);
    assertEquals(-20.0, adj.ciLow(), 1e-12);
    assertEquals(20.0, adj.ciHigh(), 1e-12);
    assertEquals(1.0, adj.p(), 1e-12);
    PairedComparison quotes = r.pairedComparisons().stream()
        .filter(c -> c.measure().equals("scare_quote")).findFirst().get();
    assertEquals(2.5, quotes.meanDifference(), 1e-12, "s2: 5 − 0; s1: 0 − 0");
  }

  @Test
  void distinctiveTermsAreTheLoadedWordsEachOutletFavours(@TempDir Path dir) throws Exception {
    CompareReport r = build(dir, false);
    Map<String, List<String>> terms = new java.util.TreeMap<>();
    r.outlets().forEach(o -> terms.put(o.outlet(),
        o.topTerms().stream().map(TermScore::term).toList()));
    assertEquals(Map.of("A", List.of("brutal"), "B", List.of("reckless")), terms);
    assertEquals(2, r.outlets().get(0).topTerms().get(0).count());
  }

  @Test
  void extremesListTheMostAndLeastFramedArticles(@TempDir Path dir) throws Exception {
    CompareReport r = build(dir, false);
    assertEquals("a1", r.mostFramed().get(0).id());
    assertEquals(List.of("b1", "b3"),
        r.leastFramed().subList(0, 2).stream().map(ArticleRow::id).toList(),
        "ties keep input order");
  }

  @Test
  void rowsKeepOnlyNumbersAndPointAtTheirPages(@TempDir Path dir) throws Exception {
    CompareReport r = build(dir, false);
    ArticleRow a1 = r.articles().get(0);
    assertEquals(20.0, a1.rates().get(FeatureType.LOADED_ADJECTIVE));
    assertEquals("articles/a-a1.html", a1.page());
    assertTrue(java.nio.file.Files.isRegularFile(dir.resolve(a1.page())));
  }
}
