package dev.slant.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.slant.ArticleResult;
import dev.slant.BiasResult;
import dev.slant.core.Document;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.score.ArticleScore;
import dev.slant.score.SentenceScore;
import dev.slant.score.TypeScore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The {@code html} format: one self-contained page (inline CSS, no scripts, no external
 * resources) with a section per article: its numbers, the text with every finding highlighted in
 * its type's colour and explained on hover, the findings in context and the sentences that carry
 * them; with several articles, an overview table at the end.
 *
 * <p>The page is built from jmustache templates in {@code templates/}, which HTML-escape every
 * value, so nothing from the input can become markup. The text is cut at every finding boundary
 * ({@link Segments}) and each piece gets its own element, so overlapping findings cannot produce
 * crossed tags.
 */
final class HtmlRenderer implements Renderer {

  private static final Mustache.Compiler COMPILER = Mustache.compiler()
      .escapeHTML(true)
      .emptyStringIsFalse(true);

  private final Template start = template("page-start.html.mustache");
  private final Template section = template("article.html.mustache");
  private final Template finish = template("page-end.html.mustache");
  private final List<Map<String, Object>> overview = new ArrayList<>();
  private final String pageTitle;

  HtmlRenderer(String pageTitle) {
    this.pageTitle = pageTitle;
  }

  @Override
  public void begin(Writer out) throws IOException {
    List<Map<String, Object>> types = new ArrayList<>();
    for (FeatureType t : FeatureType.values()) {
      types.add(Map.of("id", t.id(), "label", t.label(), "description", t.description()));
    }
    start.execute(Map.of("pageTitle", pageTitle, "types", types, "css", Stylesheet.css()), out);
  }

  @Override
  public void article(ArticleResult result, Writer out) throws IOException {
    String anchor = "article-" + (overview.size() + 1);
    Document doc = result.document();
    ArticleScore score = result.score();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("anchor", anchor);
    m.put("id", Display.oneLine(doc.id()));
    m.put("title", Display.oneLine(doc.title()));
    m.put("outlet", Display.oneLine(doc.outlet()));
    m.put("date", Display.oneLine(doc.date()));
    String url = Display.oneLine(doc.url());
    boolean web = url.toLowerCase(Locale.ROOT).startsWith("https://")
        || url.toLowerCase(Locale.ROOT).startsWith("http://");
    m.put("url", url);
    m.put("link", web);
    m.put("plainUrl", !web && !url.isEmpty());
    m.put("words", Numbers.count(score.words()));
    m.put("sentences", Numbers.count(score.sentences()));
    m.put("findingCount", result.findings().size());
    m.put("framingIndex", Numbers.fixed(score.framingIndex(), 1));
    m.put("hasBias", result.bias().isPresent());
    m.put("biasModel", result.bias().map(BiasResult::model).map(Display::oneLine).orElse(""));
    m.put("biasSummary", result.bias().map(SentenceRows::summary).orElse(""));
    List<Map<String, Object>> types = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    for (FeatureType t : FeatureType.values()) {
      TypeScore ts = score.of(t);
      types.add(Map.of("id", t.id(), "label", t.label(), "count", ts.count(),
          "rate", Numbers.fixed(ts.per1000Words(), 2)));
      counts.add(ts.count());
    }
    m.put("types", types);
    m.put("segments", segments(result));
    List<Map<String, Object>> findings = findings(result);
    m.put("findings", findings);
    m.put("hasFindings", !findings.isEmpty());
    List<Map<String, Object>> sentenceRows = sentences(result);
    m.put("sentenceRows", sentenceRows);
    m.put("hasSentences", !sentenceRows.isEmpty());
    section.execute(m, out);
    overview.add(Map.of("anchor", anchor, "id", m.get("id"), "outlet", m.get("outlet"),
        "words", m.get("words"), "framingIndex", m.get("framingIndex"), "counts", counts));
  }

  @Override
  public void end(Writer out) throws IOException {
    List<Map<String, Object>> types = new ArrayList<>();
    for (FeatureType t : FeatureType.values()) {
      types.add(Map.of("label", t.label()));
    }
    finish.execute(Map.of("hasOverview", overview.size() > 1, "rows", overview,
        "types", types), out);
  }

  private static List<Map<String, Object>> segments(ArticleResult result) {
    String text = result.document().text();
    List<Finding> findings = result.findings();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Segments.Segment s : Segments.of(text, findings)) {
      String piece = Display.clean(text.substring(s.start(), s.end()));
      if (s.active().isEmpty()) {
        out.add(Map.of("text", piece, "marked", false));
        continue;
      }
      int top = s.innermost(findings);
      StringJoiner tip = new StringJoiner("\n");
      for (int i : s.active()) {
        Finding f = findings.get(i);
        tip.add((i + 1) + ". " + Display.oneLine(f.text()) + " [" + f.start() + "–" + f.end()
            + "] " + Explanations.of(f)
            + (f.hasSuggestion() ? "; " + Explanations.suggestion(f) : ""));
      }
      String classes = "t-" + findings.get(top).type().id()
          + (s.active().size() > 1 ? " nested" : "");
      out.add(Map.of("text", piece, "marked", true, "classes", classes, "tip", tip.toString()));
    }
    return out;
  }

  private static List<Map<String, Object>> findings(ArticleResult result) {
    String text = result.document().text();
    List<Map<String, Object>> out = new ArrayList<>();
    int n = 0;
    for (Finding f : result.findings()) {
      Context c = Context.of(text, f, result.score().sentenceScores());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("n", ++n);
      m.put("typeId", f.type().id());
      m.put("typeLabel", f.type().label());
      m.put("start", f.start());
      m.put("end", f.end());
      m.put("text", Display.oneLine(f.text()));
      m.put("cue", Display.oneLine(f.cue()));
      m.put("score", Numbers.fixed(f.score(), 2));
      m.put("explanation", Explanations.of(f));
      m.put("suggestion", !f.hasSuggestion() ? ""
          : f.suggestion().isEmpty() ? "(leave it out)" : Display.oneLine(f.suggestion()));
      m.put("before", Display.oneLine(c.before()));
      m.put("match", Display.oneLine(c.match()));
      m.put("after", Display.oneLine(c.after()));
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, Object>> sentences(ArticleResult result) {
    String text = result.document().text();
    List<SentenceScore> carrying = SentenceRows.shown(result);
    double max = carrying.stream().mapToDouble(SentenceScore::weight).max().orElse(0);
    List<Map<String, Object>> out = new ArrayList<>();
    for (SentenceScore s : carrying) {
      StringJoiner kinds = new StringJoiner(", ");
      for (FeatureType t : FeatureType.values()) {
        Integer c = s.counts().get(t);
        if (c != null && c > 0) {
          kinds.add(t.label() + " " + c);
        }
      }
      out.add(Map.of("index", s.index(), "words", s.words(), "kinds", kinds.toString(),
          "weight", Numbers.fixed(s.weight(), 2),
          "bar", Numbers.fixed(max > 0 ? 8 * s.weight() / max : 0, 1),
          "probability", SentenceRows.probability(result, s),
          "text", Display.oneLine(s.span().in(text))));
    }
    return out;
  }

  private static Template template(String name) {
    String resource = "templates/" + name;
    try (InputStream in = HtmlRenderer.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("template " + resource + " missing from the build");
      }
      return COMPILER.compile(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
