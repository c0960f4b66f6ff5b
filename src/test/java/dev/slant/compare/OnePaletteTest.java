package dev.slant.compare;

import static dev.slant.core.FeatureType.SCARE_QUOTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.slant.ArticleResult;
import dev.slant.report.Format;
import dev.slant.report.Stylesheet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every HTML page slant writes or serves has one palette and one stylesheet ({@link Stylesheet}):
 * a scare quote is the same colour in {@code score --format html}, in {@code compare}'s pages and
 * in {@code serve}'s.
 */
class OnePaletteTest {

  private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{3,6}(?![\\w-])");

  private static String resource(String name) throws IOException {
    try (InputStream in = OnePaletteTest.class.getClassLoader().getResourceAsStream(name)) {
      assertTrue(in != null, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String style(String html) {
    return Jsoup.parse(html).select("style").html();
  }

  @Test
  void scoreHtmlAndCompareReportPagesInlineTheSameStylesheet(@TempDir Path dir)
      throws IOException {
    ArticleResult r = Fixtures.result("a1", "Ledger", null, "Plan",
        "The so-called \"peace plan\" was announced.", 6, SCARE_QUOTE, 14, 26);
    String score = Format.HTML.renderer(false).render(List.of(r));
    assertEquals(Stylesheet.css().strip(), style(score).strip());

    String article = ArticlePage.render(r, ArticleRow.of(r, "Ledger", "", "articles/a1.html"),
        "Report");
    assertEquals(Stylesheet.css().strip(), style(article).strip());
    assertEquals("t-scare_quote",
        Jsoup.parse(article).selectFirst("div.article-text mark").className());
    assertTrue(Stylesheet.css().contains(".t-scare_quote { background: "
        + Stylesheet.colour(SCARE_QUOTE) + "; }"));

    Compare.run(Fixtures.corpusItems(), Fixtures.analyzer(), CompareOptions.defaults(),
        Fixtures.provenance(), dir.resolve("report"), o -> {});
    assertEquals(Stylesheet.css().strip(),
        style(Files.readString(dir.resolve("report/index.html"))).strip());
  }

  @Test
  void theStylesheetsNameNoColourOfTheirOwnAndUseOnlyThePalettes() throws IOException {
    String css = Stylesheet.css();
    Matcher root = Pattern.compile(":root \\{([^}]*)\\}").matcher(css);
    assertTrue(root.find(), "the palette opens the stylesheet");
    Set<String> defined = new TreeSet<>();
    Matcher def = Pattern.compile("--([\\w-]+):").matcher(root.group(1));
    while (def.find()) {
      defined.add(def.group(1));
    }
    for (String name : List.of("templates/report.css", "dev/slant/serve/web/serve.css",
        "templates/page-start.html.mustache", "templates/article.html.mustache",
        "dev/slant/compare/index.html.mustache", "dev/slant/compare/article.html.mustache",
        "dev/slant/serve/web/index.html", "dev/slant/serve/web/compare.html",
        "dev/slant/serve/web/app.js", "dev/slant/serve/web/compare.js")) {
      String text = resource(name);
      Matcher hex = HEX.matcher(text);
      if (hex.find()) {
        fail(name + " names its own colour " + hex.group() + " instead of the palette's");
      }
      Matcher used = Pattern.compile("var\\(--([\\w-]+)\\)").matcher(text);
      while (used.find()) {
        assertTrue(defined.contains(used.group(1)), name + " uses an undefined colour --"
            + used.group(1) + "; the palette has " + defined);
      }
    }
  }
}
