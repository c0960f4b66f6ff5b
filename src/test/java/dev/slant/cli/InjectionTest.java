package dev.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.Soundness;
import dev.slant.compare.SafeNames;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything read from the input, and every lexicon entry given with {@code --lexicon}, is data:
 * HTML output escapes it, Markdown escapes it, CSV cells cannot start a spreadsheet formula, JSON
 * stays valid and carries it verbatim, the terminal sees no control characters, and file names
 * derived from it cannot leave {@code --out}.
 */
class InjectionTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCRIPT = "<script>alert(1)</script>";
  /** A distancing cue that is all markup, supplied as a user lexicon entry. */
  private static final String CUE = "not" + SCRIPT + "so";

  @TempDir
  Path dir;

  // ---- score ---------------------------------------------------------------------------------

  @Test
  void everyScoreFormatShowsHostileInputAndLexiconEntriesAsText() throws IOException {
    Path lexicon = Files.writeString(dir.resolve("quote_cues.hostile.tsv"),
        "term\tkind\tnote\n" + CUE + "\tdistancing\t" + SCRIPT + "\n");
    Path input = jsonl("hostile.jsonl", Map.of(
        "id", "<img src=x onerror=alert(2)>",
        "outlet", "=HYPERLINK(\"http://evil.example\")",
        "title", "\u001B]0;pwned\u0007 <b>Bold</b> | cell | **x** \u202Eevil",
        "url", "javascript:alert(3)",
        "text", "The " + CUE + " \"peace plan\" was signed.\n<iframe src=x></iframe> & | `x`"
            + " [a](javascript:alert(4)) \u001B[31mred\u001B[0m"));

    String html = score("html", lexicon, input);
    Soundness.checkHtml(html);
    var page = Jsoup.parse(html);
    assertTrue(page.select("td").eachText().contains(CUE + " + quoted term"),
        "the cue shows as the text it is");
    assertTrue(page.select("mark").eachAttr("title").stream().anyMatch(t -> t.contains(CUE)));
    assertTrue(page.select("h2").eachText().contains("<img src=x onerror=alert(2)>"));
    assertTrue(page.select("a[href^=javascript]").isEmpty());

    String md = score("md", lexicon, input);
    Soundness.checkMarkdown(md);
    assertTrue(md.contains("not&lt;script&gt;alert(1)&lt;/script&gt;so + quoted term"), md);

    JsonNode json = JSON.readTree(score("json", lexicon, input));
    assertEquals(CUE + " + quoted term", json.get("findings").get(0).get("cue").textValue(),
        "JSON carries data verbatim");
    assertEquals("<img src=x onerror=alert(2)>", json.get("id").textValue());
    JsonNode line = JSON.readTree(score("jsonl", lexicon, input));
    assertEquals(json.get("findings").get(0).get("text"), line.get("findings").get(0).get("text"));

    String text = score("text", lexicon, input);
    Soundness.checkTerminalSafe(text);
    assertTrue(text.contains(CUE + " + quoted term"));
  }

  /**
   * A JSON escape can smuggle a lone surrogate into the text; the written file is still valid
   * UTF-8 and valid JSON (the encoder writes '?' for it, one char for one), and offsets still
   * index the text as read.
   */
  @Test
  void jsonFilesAreValidUtf8EvenWithLoneSurrogatesInTheInput() throws IOException {
    String text = "The \uD83D board approved the \"temporary\" \uDD25 curfew.";
    Path input = Files.writeString(dir.resolve("lone.jsonl"), "{\"id\":\"lone\\ud83d\","
        + "\"text\":\"The \\ud83d board approved the \\\"temporary\\\" \\udd25 curfew.\"}\n");
    Path out = dir.resolve("lone.json");
    Run r = slant("score", "--format", "json", "--out", out.toString(), input.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    String decoded = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(out))).toString();
    JsonNode json = JSON.readTree(decoded);
    assertEquals("lone?", json.get("id").textValue());
    JsonNode quote = null;
    for (JsonNode f : json.get("findings")) {
      if (f.get("type").textValue().equals("scare_quote")) {
        quote = f;
      }
    }
    assertEquals("\"temporary\"", quote.get("text").textValue());
    assertEquals("\"temporary\"", text.substring(quote.get("start").intValue(),
        quote.get("end").intValue()));
  }

  @Test
  void errorMessagesCannotDriveTheTerminal() throws IOException {
    Path csv = Files.writeString(dir.resolve("evil.csv"), "id,\u001B]0;pwned\u0007body\n1,x\n");
    Run r = slant("score", csv.toString());
    assertEquals(ExitCodes.FAILED, r.code());
    Soundness.checkTerminalSafe(r.err());
    assertTrue(r.err().contains("header [id, \uFFFD]0;pwned\uFFFDbody]"), r.err());
  }

  // ---- compare ------------------------------------------------------------------------------

  /** Outlet names that are paths, devices, NUL, very long or not Latin. */
  private static final List<String> OUTLETS = List.of("../../escaped", "/etc/passwd", "con",
      "NUL", "com1", "a\u0000b", "x".repeat(300), "Ünïcödé 新闻", "..", ".hidden",
      "C:\\Windows\\evil", SCRIPT, "=1+1", "@SUM(A1:A9)", "+33 1", "-2", "\tTab", "\rReturn");

  @Test
  void compareKeepsHostileOutletNamesInsideOutAndAsText() throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < OUTLETS.size(); i++) {
      rows.add(Map.of("id", "a" + i, "outlet", OUTLETS.get(i), "title", OUTLETS.get(i),
          "text", "The council approved the \"temporary\" curfew, officials said on day " + i
              + "."));
    }
    Path input = jsonl("outlets.jsonl", rows.toArray(Map[]::new));
    Path report = dir.resolve("out/report");
    Run r = slant("compare", "--no-progress", "--resamples", "50", "--out", report.toString(),
        input.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());

    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.toList()) {
        assertTrue(p.equals(dir) || p.equals(input) || p.equals(dir.resolve("out"))
            || p.startsWith(report), "written outside --out: " + p);
      }
    }
    Set<String> devices = Set.of("con", "nul", "prn", "aux", "com1", "lpt1");
    try (Stream<Path> pages = Files.list(report.resolve("articles"))) {
      List<String> names = pages.map(p -> p.getFileName().toString()).toList();
      assertEquals(OUTLETS.size(), names.size(), "one page per article, none overwritten");
      for (String name : names) {
        assertTrue(name.matches("[a-z0-9][a-z0-9-]{0,80}\\.html"), name);
        assertFalse(devices.contains(name.substring(0, name.length() - 5)), name);
      }
    }

    for (Path page : htmlFiles(report)) {
      var doc = Jsoup.parse(Files.readString(page));
      assertTrue(doc.select("script, iframe, img, object, embed, form").isEmpty(), page.toString());
      for (Element e : doc.getAllElements()) {
        for (Attribute a : e.attributes()) {
          assertFalse(a.getKey().startsWith("on"), page + ": " + a);
          assertFalse(a.getValue().strip().toLowerCase().startsWith("javascript:"), page + ": " + a);
        }
      }
    }
    assertTrue(Jsoup.parse(Files.readString(report.resolve("index.html"))).text()
        .contains(SCRIPT), "the outlet named like a script shows as text");
    assertFalse(Files.readString(report.resolve("report.md")).contains(SCRIPT));
    JSON.readTree(Files.readString(report.resolve("outlets.json")));

    for (String csv : List.of("articles.csv", "outlets.csv")) {
      for (CSVRecord row : csvRows(report.resolve(csv))) {
        for (String cell : row) {
          boolean number = cell.matches("-?[0-9.]+");
          assertFalse(!number && cell.matches("(?s)[=+\\-@\t\r].*"),
              csv + " cell starts a formula: " + cell);
        }
      }
    }
  }

  @Property(tries = 500, seed = "20250315")
  void derivedFileNamesAreSafeForAnyName(@ForAll String raw) {
    String slug = SafeNames.slug(raw);
    assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*-?") && slug.length() <= 81, slug);
    Path base = Path.of("/report/articles");
    Path page = base.resolve(slug + ".html").normalize();
    assertEquals(base, page.getParent(), slug);
  }

  // ---- helpers ------------------------------------------------------------------------------

  @SafeVarargs
  private Path jsonl(String name, Map<String, String>... records) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (Map<String, String> r : records) {
      sb.append(JSON.writeValueAsString(new LinkedHashMap<>(r))).append('\n');
    }
    return Files.writeString(dir.resolve(name), sb);
  }

  private String score(String format, Path lexicon, Path input) {
    Run r = slant("score", "--format", format, "--lexicon", lexicon.toString(),
        input.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    return r.out();
  }

  private static List<Path> htmlFiles(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".html")).toList();
    }
  }

  private static List<CSVRecord> csvRows(Path csv) throws IOException {
    try (Reader r = Files.newBufferedReader(csv)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
          .parse(r).getRecords();
    }
  }

  record Run(int code, String out, String err) {}

  private static Run slant(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
        new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }
}
