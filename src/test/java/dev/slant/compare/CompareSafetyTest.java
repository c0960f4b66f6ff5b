package dev.slant.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.core.Document;
import dev.slant.ingest.Item;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outlet names, ids, titles and texts are untrusted: they must show as text and stay in --out. */
class CompareSafetyTest {

  private static final String SCRIPT_TITLE = "<script>alert(1)</script>";

  @TempDir static Path root;
  static Path out;

  private static Item doc(String id, String outlet, String title, String text) {
    return new Item.Article(new Document(id, outlet, title, "", "", text, id, Map.of()));
  }

  @BeforeAll
  static void writeHostileReport() throws IOException {
    out = root.resolve("deep/er/report");
    Stream<Item> items = Stream.of(
        doc("a1", "../../x", SCRIPT_TITLE, "A reckless \"plan\" <img src=x onerror=alert(2)>."),
        doc("a1", "../../x", "Same id again", "Critics said the plan was reckless."),
        doc("=HYPERLINK(\"http://evil\")", "-2+3", "@SUM(A1:A9)", "The council met on Monday."),
        doc("b2", "Harbor Post", "=1+1", "Officials allegedly approved the brutal plan."),
        doc("c1", SCRIPT_TITLE, "Plain", "The brutal plan was approved."));
    Compare.run(items, Fixtures.analyzer(), CompareOptions.defaults(), Fixtures.provenance(),
        out, o -> {});
  }

  @Test
  void aScriptTitleOrOutletShowsAsTextEverywhere() throws IOException {
    var index = Jsoup.parse(Files.readString(out.resolve("index.html")));
    assertTrue(index.select("script").isEmpty());
    assertTrue(index.select("svg text").eachText().contains(SCRIPT_TITLE.substring(0, 23) + "…"),
        "chart labels are escaped text");
    assertTrue(index.select("td.name").eachText().contains(SCRIPT_TITLE));
    assertTrue(index.select("a").eachText().contains(SCRIPT_TITLE));
    try (var pages = Files.list(out.resolve("articles"))) {
      for (Path p : pages.toList()) {
        var page = Jsoup.parse(Files.readString(p));
        assertTrue(page.select("script, img").isEmpty(), p.toString());
      }
    }
    String md = Files.readString(out.resolve("report.md"));
    assertFalse(md.contains(SCRIPT_TITLE), "raw HTML would run in Markdown viewers");
    assertTrue(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown as typed");
  }

  @Test
  void anOutletNamedLikeAPathCannotWriteOutsideTheReport() throws IOException {
    assertFalse(Files.exists(root.resolve("deep/x")));
    assertFalse(Files.exists(root.resolve("x")));
    try (var all = Files.walk(root)) {
      for (Path p : all.toList()) {
        assertTrue(p.equals(root) || p.startsWith(out) || out.startsWith(p),
            "unexpected file outside the report: " + p);
      }
    }
    try (var pages = Files.list(out.resolve("articles"))) {
      assertEquals(List.of("2-3-hyperlink-http-evil.html", "harbor-post-b2.html", "script-alert-1-script-c1.html", "x-a1-2.html",
          "x-a1.html"), pages.map(p -> p.getFileName().toString()).sorted().toList(),
          "sanitised and de-duplicated");
    }
    var index = Jsoup.parse(Files.readString(out.resolve("index.html")));
    for (var link : index.select("a[href^=articles/]")) {
      assertTrue(Files.isRegularFile(out.resolve(link.attr("href"))), link.attr("href"));
    }
  }

  @Test
  void spreadsheetFormulasAreNeutralisedInTextCellsOnly() throws IOException {
    List<CSVRecord> rows = read(out.resolve("articles.csv"));
    CSVRecord formula = rows.stream().filter(r -> r.get("id").contains("HYPERLINK"))
        .findFirst().orElseThrow();
    assertEquals("'=HYPERLINK(\"http://evil\")", formula.get("id"));
    assertEquals("'-2+3", formula.get("outlet"));
    assertEquals("'@SUM(A1:A9)", formula.get("title"));
    assertEquals("0", formula.get("framing_index"), "numbers stay numbers");
    assertEquals("'=1+1", rows.get(3).get("title"));
    assertTrue(read(out.resolve("outlets.csv")).stream()
        .anyMatch(r -> r.get("outlet").equals("'-2+3")));
    // Negative effect sizes are numbers, not neutralised text.
    assertTrue(read(out.resolve("comparisons.csv")).stream()
        .anyMatch(r -> r.get("effect").startsWith("-") && Double.parseDouble(r.get("effect")) < 0));
  }

  @Test
  void csvCellRules() {
    assertEquals("'=1+1", Csv.text("=1+1"));
    assertEquals("'+1", Csv.text("+1"));
    assertEquals("'-1", Csv.text("-1"), "text that looks like a number is still text");
    assertEquals("'@x", Csv.text("@x"));
    assertEquals("'\tx", Csv.text("\tx"));
    assertEquals("'\rx", Csv.text("\rx"));
    assertEquals("Harbor Post", Csv.text("Harbor Post"));
    assertEquals("-3.5", Csv.number(-3.5));
    assertEquals("0.0001", Csv.number(0.0001));
    assertEquals("0", Csv.number(-0.0));
    assertEquals("12.3457", Csv.number(12.34567));
  }

  @Test
  void safeNamesAreSlugsAndUnique() {
    assertEquals("x", SafeNames.slug("../../x"));
    assertEquals("article", SafeNames.slug("../.."));
    assertEquals("cafe-le-monde", SafeNames.slug("Café  Le/Monde"));
    assertEquals("con-", SafeNames.slug("CON"));
    assertEquals(SafeNames.MAX_LENGTH, SafeNames.slug("a".repeat(500)).length());
    SafeNames names = new SafeNames();
    assertEquals(List.of("x", "x-2", "x-3"),
        List.of(names.unique("x"), names.unique("X"), names.unique("../x")));
  }

  private static List<CSVRecord> read(Path csv) throws IOException {
    try (Reader r = Files.newBufferedReader(csv)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
          .parse(r).getRecords();
    }
  }
}
