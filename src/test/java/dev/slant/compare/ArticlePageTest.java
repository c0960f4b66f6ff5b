package dev.slant.compare;

import static dev.slant.core.FeatureType.ANONYMOUS_SOURCE;
import static dev.slant.core.FeatureType.ATTRIBUTION_HEDGE;
import static dev.slant.core.FeatureType.LOADED_ADJECTIVE;
import static dev.slant.core.FeatureType.SCARE_QUOTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.ArticleResult;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class ArticlePageTest {

  @Test
  void eachFindingIsMarkedWithItsTypeAndCueAndTheTextIsUnchanged() {
    String text = "The so-called \"peace plan\" was a draconian step.";
    ArticleResult r = Fixtures.result("x", "Ledger", null, "Plan", text, 9,
        ATTRIBUTION_HEDGE, 4, 13, SCARE_QUOTE, 14, 26, LOADED_ADJECTIVE, 33, 42);
    Element div = Jsoup.parseBodyFragment(ArticlePage.highlight(r)).selectFirst("div.article-text");
    assertEquals(text, div.wholeText());
    Elements marks = div.select("mark");
    assertEquals(List.of("so-called", "\"peace plan\"", "draconian"), marks.eachText());
    assertEquals("t-attribution_hedge", marks.get(0).className());
    assertEquals("#3 loaded adjective — cue: hand-made loaded_adjective",
        marks.get(2).attr("title"));
  }

  @Test
  void overlappingFindingsSplitIntoPiecesMarkedWithEveryCoveringFinding() {
    String text = "Critics say officials allegedly lied.";
    // anonymous_source [0, 21) "Critics say officials" overlaps a hedge at [12, 31).
    ArticleResult r = Fixtures.result("x", "P", null, "", text, 5,
        ANONYMOUS_SOURCE, 0, 21, ATTRIBUTION_HEDGE, 12, 31);
    Element div = Jsoup.parseBodyFragment(ArticlePage.highlight(r)).selectFirst("div.article-text");
    assertEquals(text, div.wholeText());
    Elements marks = div.select("mark");
    assertEquals(List.of("Critics say ", "officials", " allegedly"),
        marks.stream().map(Element::wholeText).toList());
    assertTrue(marks.get(1).hasClass("t-anonymous_source"));
    assertTrue(marks.get(1).hasClass("t-attribution_hedge"));
    assertTrue(marks.get(1).attr("title").contains("\n"), "both cues on hover");
  }

  @Test
  void markupInTheArticleIsShownAsText() {
    String text = "<script>alert(1)</script> and <img src=x onerror=alert(2)> are shocking.";
    ArticleResult r = Fixtures.result("x", "P", null, "<b>t</b>", text, 8,
        LOADED_ADJECTIVE, 63, 71);
    String html = ArticlePage.render(r, ArticleRow.of(r, "P", "", "articles/x.html"), "Report");
    var page = Jsoup.parse(html);
    assertTrue(page.select("script, img, b").isEmpty(), html);
    assertEquals(text, page.selectFirst("div.article-text").wholeText());
    assertEquals("<b>t</b>", page.selectFirst("h1").text());
  }
}
