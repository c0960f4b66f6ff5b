package dev.slant.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report in headless Chromium: it must render with no console message at all (the pages
 * carry no script and a Content-Security-Policy that blocks any load, so any message means
 * something is wrong), show its charts as SVG, and every link must lead to an existing page.
 */
class CompareBrowserTest {

  private static final List<String> CANDIDATES = List.of("/usr/bin/chromium",
      "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

  private static final String ABSENT = "Chromium absent (looked for " + CANDIDATES
      + "; apt-get install chromium): skipping the browser tests";

  @TempDir static Path root;
  static Path chromium;
  static Path report;

  @BeforeAll
  static void writeReport() throws IOException {
    String configured = System.getProperty("slant.chromium", System.getenv("SLANT_CHROMIUM"));
    chromium = (configured != null ? List.of(configured) : CANDIDATES).stream()
        .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    if (chromium == null) {
      System.err.println("CompareBrowserTest: " + ABSENT);
      return;
    }
    report = root.resolve("report");
    Compare.run(Fixtures.corpusItems(), Fixtures.analyzer(),
        CompareOptions.defaults().withPairBy("story"), Fixtures.provenance(), report, o -> {});
  }

  @BeforeEach
  void needsChromium() {
    Assumptions.assumeTrue(chromium != null, ABSENT);
  }

  /** The DOM after rendering, and the console messages Chromium logged. */
  record Rendered(Document dom, List<String> console) {}

  static Rendered render(Path page) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(root, "profile");
    Path stdout = root.resolve("dom-" + System.nanoTime() + ".html");
    Path stderr = root.resolve("log-" + System.nanoTime() + ".txt");
    Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
        "--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString())
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("Chromium did not finish rendering " + page + " in 90 s");
    }
    List<String> console = new ArrayList<>();
    for (String line : Files.readAllLines(stderr, StandardCharsets.UTF_8)) {
      if (line.contains("CONSOLE")) {
        console.add(line);
      }
    }
    String dom = Files.readString(stdout, StandardCharsets.UTF_8);
    assertFalse(dom.isBlank(), "Chromium rendered nothing; its log:\n"
        + Files.readString(stderr, StandardCharsets.UTF_8));
    return new Rendered(Jsoup.parse(dom, page.toUri().toString()), console);
  }

  @Test
  void theConsoleCheckSeesWhatThePolicyBlocks() throws Exception {
    Path bad = root.resolve("bad.html");
    Files.writeString(bad, "<html><head><meta http-equiv=\"Content-Security-Policy\""
        + " content=\"default-src 'none'\"></head><body><script>alert(1)</script></body></html>");
    assertEquals(1, render(bad).console().size(), "a blocked inline script is reported");
  }

  @Test
  void theIndexRendersWithChartsAndNoConsoleMessages() throws Exception {
    Rendered index = render(report.resolve("index.html"));
    assertEquals(List.of(), index.console());
    assertEquals(Measure.ALL.size(), index.dom().select("figure > svg").size(), "one chart each");
    assertTrue(index.dom().select("figure > svg text").eachText().contains("Harbor Post"));
    assertEquals(5, index.dom().select("#ranking ~ div table tbody tr").first()
        .parent().children().size(), "five outlets ranked");
  }

  @Test
  void everyLinkLeadsToAnExistingPageAndArticlePagesRender() throws Exception {
    Rendered index = render(report.resolve("index.html"));
    List<String> hrefs = index.dom().select("a[href]").eachAttr("href");
    List<String> pages = hrefs.stream().filter(h -> !h.startsWith("#")).distinct().toList();
    assertEquals(31, pages.size(), "every article is linked");
    for (String href : pages) {
      assertTrue(Files.isRegularFile(report.resolve(href)), "broken link " + href);
    }
    for (String href : hrefs.stream().filter(h -> h.startsWith("#")).toList()) {
      assertFalse(index.dom().select(href).isEmpty(), "missing anchor " + href);
    }
    Path mostFramed = report.resolve(index.dom().selectFirst("#extremes ~ div a").attr("href"));
    Rendered article = render(mostFramed);
    assertEquals(List.of(), article.console());
    assertFalse(article.dom().select("div.article-text mark[title]").isEmpty(),
        "findings highlighted with their cue");
    String back = article.dom().selectFirst("a[href]").attr("href");
    assertEquals("../index.html", back);
    assertTrue(Files.isRegularFile(mostFramed.getParent().resolve(back).normalize()));
  }

  @Test
  void aPageWithSentenceVerdictsRendersWithBiasedSentencesUnderlined() throws Exception {
    var a1 = BiasedSentencesTest.corpus().get(0);
    Path page = root.resolve("verdicts.html");
    Files.writeString(page, ArticlePage.render(a1, ArticleRow.of(a1, "A", "", "verdicts.html"),
        "Report"), StandardCharsets.UTF_8);
    Rendered r = render(page);
    assertEquals(List.of(), r.console());
    assertEquals(2, r.dom().select("div.article-text span.sentence.biased").size());
  }
}
