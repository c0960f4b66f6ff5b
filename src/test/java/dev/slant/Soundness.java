package dev.slant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.core.AnnotatedDocument;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.Sentence;
import dev.slant.core.Token;
import dev.slant.report.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * What must hold for any text, however hostile: tokens, sentences and findings lie inside it,
 * match it, never cut a surrogate pair and come in order; every output format renders, and what
 * it renders cannot be taken for markup, a table cell break, a terminal command or invalid JSON.
 */
public final class Soundness {

  static final ObjectMapper JSON = new ObjectMapper();

  /** Every element the HTML templates write; anything else came from the input. */
  private static final Set<String> TEMPLATE_TAGS = Set.of("#root", "html", "head", "body", "meta",
      "title", "style", "h1", "h2", "h3", "p", "section", "span", "strong", "table", "tbody",
      "tr", "th", "td", "ul", "li", "a", "code", "div", "mark");

  private Soundness() {}

  /**
   * Sentences and tokens tile the text in order without overlapping; every token is exactly its
   * substring, and neither a token nor a sentence starts or ends inside a surrogate pair.
   */
  static void checkAnnotation(AnnotatedDocument doc) {
    String text = doc.text();
    int previousEnd = 0;
    for (int i = 0; i < doc.sentences().size(); i++) {
      Sentence s = doc.sentences().get(i);
      if (s.index() != i || s.span().start() < previousEnd || s.span().end() > text.length()
          || s.span().length() == 0 || s.firstToken() >= s.endToken()) {
        require(false, "non-empty sentences in order, inside the text: " + s, null, text);
      }
      if (splitsPair(text, s.span().start()) || splitsPair(text, s.span().end())) {
        require(false, "no sentence boundary inside a surrogate pair: " + s, null, text);
      }
      for (Token t : doc.tokensOf(s)) {
        if (t.sentence() != i || t.start() < s.span().start() || t.end() > s.span().end()) {
          require(false, "token " + t + " inside its sentence " + s, null, text);
        }
      }
      previousEnd = s.span().end();
    }
    previousEnd = 0;
    int covered = 0;
    for (Token t : doc.tokens()) {
      if (t.start() < previousEnd || t.start() >= t.end() || t.end() > text.length()
          || !text.startsWith(t.text(), t.start()) || t.text().length() != t.end() - t.start()
          || t.lower().length() != t.text().length()) {
        require(false, "tokens in order, not overlapping, equal to their substring, folded"
            + " to the same length: " + t, null, text);
      }
      if (splitsPair(text, t.start()) || splitsPair(text, t.end())) {
        require(false, "no token boundary inside a surrogate pair: " + t, null, text);
      }
      previousEnd = t.end();
    }
    for (Sentence s : doc.sentences()) {
      covered += s.tokenCount();
    }
    require(covered == doc.tokens().size(), "every token in a sentence", null, text);
    require(doc.wordCount() <= doc.tokens().size(), "words are tokens", null, text);
  }

  /** Findings of one detector (or the whole chain) on {@code text}. */
  static void checkFindings(String text, Set<FeatureType> types, List<Finding> findings) {
    for (Finding f : findings) {
      require(types.contains(f.type()), "a type the detector declares", f, text);
      require(0 <= f.start() && f.start() < f.end() && f.end() <= text.length(),
          "0 <= start < end <= length", f, text);
      require(text.startsWith(f.text(), f.start()) && f.text().length() == f.end() - f.start(),
          "text = substring(start, end)", f, text);
      require(!splitsPair(text, f.start()) && !splitsPair(text, f.end()),
          "not cutting a surrogate pair", f, text);
      require(f.score() >= 0 && f.score() <= 1, "score in [0, 1]", f, text);
      require(f.cue() != null && !f.cue().isEmpty(), "naming its cue", f, text);
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.READING_ORDER);
    require(sorted.equals(findings), "in reading order", null, text);
  }

  /** The scores agree with the findings and are finite. */
  static void checkScore(ArticleResult r) {
    String text = r.document().text();
    checkFindings(text, Set.of(FeatureType.values()), r.findings());
    var score = r.score();
    require(Double.isFinite(score.framingIndex()) && score.framingIndex() >= 0
        && score.framingIndex() <= 100, "framing index in [0, 100]", null, text);
    for (FeatureType t : FeatureType.values()) {
      long n = r.findings().stream().filter(f -> f.type() == t).count();
      require(score.of(t).count() == n, "counted per type", null, text);
      require(Double.isFinite(score.of(t).per1000Words()), "finite rate", null, text);
    }
    int sentences = Math.max(1, score.sentences());
    for (Finding f : r.findings()) {
      require(f.sentence() < sentences, "sentence index in range", f, text);
    }
  }

  /** Renders {@code results} in every format and checks each output. */
  static void checkRenderings(List<ArticleResult> results) {
    for (Format format : Format.values()) {
      String out = format.renderer(false).render(results);
      switch (format) {
        case JSON -> checkJson(results, out);
        case JSONL -> checkJsonl(results, out);
        case HTML -> checkHtml(out);
        case MD -> checkMarkdown(out);
        case TEXT -> checkTerminalSafe(out);
      }
    }
  }

  private static void checkJson(List<ArticleResult> results, String out) {
    JsonNode root = parse(out);
    List<JsonNode> articles = new ArrayList<>();
    if (results.size() == 1) {
      articles.add(root);
    } else {
      root.forEach(articles::add);
    }
    require(articles.size() == results.size(), "one JSON object per article", null, out);
    for (int i = 0; i < results.size(); i++) {
      checkArticleJson(results.get(i), articles.get(i));
    }
  }

  private static void checkJsonl(List<ArticleResult> results, String out) {
    String[] lines = out.split("\n", -1);
    require(lines.length == results.size() + 1 && lines[results.size()].isEmpty(),
        "one line per article", null, out);
    for (int i = 0; i < results.size(); i++) {
      checkArticleJson(results.get(i), parse(lines[i]));
    }
  }

  /** The JSON says what the result says: metadata and every finding's offsets and text. */
  private static void checkArticleJson(ArticleResult r, JsonNode node) {
    String text = r.document().text();
    require(node.get("id").textValue().equals(r.document().id()), "id round-trips", null, text);
    require(node.get("outlet").textValue().equals(r.document().outlet()), "outlet round-trips",
        null, text);
    require(node.get("title").textValue().equals(r.document().title()), "title round-trips",
        null, text);
    JsonNode findings = node.get("findings");
    require(findings.size() == r.findings().size(), "every finding in JSON", null, text);
    for (int i = 0; i < findings.size(); i++) {
      JsonNode f = findings.get(i);
      int start = f.get("start").intValue();
      int end = f.get("end").intValue();
      require(f.get("text").textValue().equals(text.substring(start, end)),
          "JSON text = substring(start, end)", r.findings().get(i), text);
      require(f.get("cue").textValue().equals(r.findings().get(i).cue()), "cue round-trips",
          r.findings().get(i), text);
    }
  }

  /** Only the templates' elements, no event handlers, links only to the web or the page. */
  public static void checkHtml(String out) {
    for (Element e : Jsoup.parse(out).getAllElements()) {
      require(TEMPLATE_TAGS.contains(e.normalName()), "only template elements, not <"
          + e.normalName() + ">", null, out);
      for (Attribute a : e.attributes()) {
        require(!a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on"),
            "no event handler attribute", null, out);
      }
      if (e.nameIs("a")) {
        String href = e.attr("href");
        require(href.startsWith("#") || href.startsWith("http://") || href.startsWith("https://"),
            "only web or in-page links", null, out);
      }
    }
  }

  /**
   * No raw HTML, and every table keeps its shape: each row of a table has as many unescaped
   * pipes as its header, so no input can add a cell or end a row.
   */
  public static void checkMarkdown(String out) {
    require(out.indexOf('<') < 0 && out.indexOf('>') < 0, "no raw angle brackets", null, out);
    int columns = -1;
    for (String line : out.split("\n", -1)) {
      if (!line.startsWith("|")) {
        columns = -1;
        continue;
      }
      int pipes = unescapedPipes(line);
      if (columns < 0) {
        columns = pipes;
      }
      if (pipes != columns) {
        require(false, "table rows as wide as their header: " + line, null, out);
      }
    }
    checkTerminalSafe(out);
  }

  /** No control character but line feeds and tabs, no bidirectional override. */
  public static void checkTerminalSafe(String out) {
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      boolean control = Character.isISOControl(c) && c != '\n' && c != '\t';
      boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
      if (control || bidi) {
        require(false, String.format("no U+%04X in the output", (int) c), null, out);
      }
    }
  }

  private static int unescapedPipes(String line) {
    int n = 0;
    int backslashes = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '|' && backslashes % 2 == 0) {
        n++;
      }
      backslashes = c == '\\' ? backslashes + 1 : 0;
    }
    return n;
  }

  static boolean splitsPair(String text, int offset) {
    return offset > 0 && offset < text.length()
        && Character.isHighSurrogate(text.charAt(offset - 1))
        && Character.isLowSurrogate(text.charAt(offset));
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("not valid JSON: " + e.getMessage(), e);
    }
  }

  private static void require(boolean ok, String what, Finding f, String context) {
    if (!ok) {
      String shown = context.length() > 300 ? context.substring(0, 300) + "…" : context;
      throw new AssertionError(escape("expected " + what + (f == null ? "" : ", got " + f)
          + " in <" + shown + ">"));
    }
  }

  /** Printable ASCII as is, everything else as a Java escape, so a failure shows the input. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        sb.append(c);
      } else {
        sb.append(String.format("\\u%04X", (int) c));
      }
    }
    return sb.toString();
  }
}
