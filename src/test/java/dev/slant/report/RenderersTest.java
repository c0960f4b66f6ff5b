package dev.slant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.ArticleResult;
import dev.slant.core.Document;
import dev.slant.core.FeatureType;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class RenderersTest {

  private static final FeatureType[] HEDGE_AND_SOURCE =
      {FeatureType.ATTRIBUTION_HEDGE, FeatureType.ANONYMOUS_SOURCE};

  /** "reportedly told officials" crosses "officials close to the mayor" (made up to test markup). */
  private static ArticleResult crossing() {
    String text = "Aides reportedly told officials close to the mayor.";
    return Fixtures.withSpans(text, HEDGE_AND_SOURCE, new int[][] {{6, 31}, {22, 50}});
  }

  @Test
  void htmlShowsHostileInputAsTextAndLoadsNothingFromOutside() {
    String html = Format.HTML.renderer(false).render(List.of(Fixtures.curfew("\n")));
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    assertTrue(page.select("script, iframe, img, link, object, embed").isEmpty(),
        "active or external content");
    assertFalse(html.contains("<script"), "a tag from the input became markup");
    assertTrue(page.select("section p.meta").first().text()
        .endsWith("Council's \"temporary\" curfew <script>alert(1)</script>"));
    assertFalse(html.contains("src="));
    assertFalse(html.contains("url("));
    assertFalse(html.contains("@import"));
    assertEquals(List.of("https://ledger.example/curfew?a=1&b=2"),
        page.select("a[href^=http]").eachAttr("href"));
  }

  @Test
  void htmlLinksOnlyWebAddresses() {
    Document doc = new Document("x", "", "", "", "javascript:alert(1)", "The council voted.", "x");
    String html = Format.HTML.renderer(false).render(List.of(Fixtures.result(doc)));
    assertTrue(Jsoup.parse(html).select("a[href^=javascript]").isEmpty());
    assertTrue(html.contains("<strong>URL:</strong> javascript:alert(1)</p>"));
  }

  /** Each piece is its own mark, coloured by the shortest finding covering it. */
  @Test
  void htmlHighlightsOfCrossingFindingsAreFlatAndLoseNoText() {
    ArticleResult r = crossing();
    String html = Format.HTML.renderer(false).render(List.of(r));
    Element text = Jsoup.parse(html).selectFirst("div.article-text");
    assertEquals(r.document().text(), text.wholeText());
    assertTrue(text.select("mark mark").isEmpty(), "marks must not nest");
    assertEquals(List.of("reportedly told ", "officials", " close to the mayor"),
        text.select("mark").stream().map(Element::wholeText).toList());
    List<String> classes = text.select("mark").eachAttr("class");
    assertEquals(List.of("t-attribution_hedge", "t-attribution_hedge nested", "t-anonymous_source"),
        classes);
    assertTrue(text.select("mark").get(1).attr("title").contains("1. reportedly told officials"));
    assertTrue(text.select("mark").get(1).attr("title").contains("2. officials close to the mayor"));
  }

  @Test
  void textMarksCrossingFindingsWithNumberedClosers() {
    String marked = new TextRenderer(false).marked(crossing().document().text(),
        crossing().findings());
    assertEquals("Aides [[reportedly told [[officials]]{1:attribution_hedge} close to the"
        + " mayor]]{2:anonymous_source}.", marked);
  }

  @Test
  void textNeverPassesControlCharactersToTheTerminal() {
    String text = "The council \u001B[2Jvoted\u202E on Tuesday.\r\nFares rose.";
    ArticleResult r = Fixtures.result(Document.of("ctl", text),
        Fixtures.at(FeatureType.LOADED_LANGUAGE, "voted", 0.5, "test"));
    String out = new TextRenderer(true).render(List.of(r));
    assertTrue(out.contains("The council \uFFFD[2J\u001B[33m[[\u001B[0mvoted\u001B[33m]]{1:"
        + "loaded_language}\u001B[0m\uFFFD on Tuesday.\nFares rose."), out);
    assertFalse(out.contains("\r"));
  }

  @Test
  void markdownEscapesEverythingFromTheInput() {
    assertEquals("\\*Fares\\* \\| &lt;b&gt;up&lt;/b&gt; \\_now\\_ \\`x\\` \\[link\\](u) &amp;amp;",
        Markdown.escape("*Fares* | <b>up</b> _now_ `x` [link](u) &amp;"));
    assertEquals("two lines", Markdown.escape("two\r\nlines"));
  }

  @Test
  void numbersAreRoundedHalfUpToFourDecimalsAndAlwaysLookLikeFloats() {
    assertEquals("0.0", Numbers.json(0).toPlainString());
    assertEquals("1.0", Numbers.json(1).toPlainString());
    assertEquals("666.6667", Numbers.json(2000.0 / 3).toPlainString());
    assertEquals("0.1235", Numbers.json(0.12345).toPlainString());
    assertEquals("41.3", Numbers.fixed(41.25, 1));
    assertEquals("12,345", Numbers.count(12345));
  }

  @Test
  void anEmptyOutputIsStillWellFormed() {
    assertEquals("", Format.JSON.renderer(false).render(List.of()));
    assertEquals("", Format.JSONL.renderer(false).render(List.of()));
    String html = Format.HTML.renderer(false).render(List.of());
    assertTrue(html.startsWith("<!DOCTYPE html>") && html.endsWith("</html>\n"));
  }
}
