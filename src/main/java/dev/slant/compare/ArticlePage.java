package dev.slant.compare;

import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.report.ArticleResult;
import dev.slant.report.Segments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The drill-down page of one article: its numbers, its text with every finding highlighted (the
 * type and the cue that fired shown on hover), and the list of findings.
 */
public final class ArticlePage {

  private ArticlePage() {}

  /**
   * The article text as HTML with each finding wrapped in {@code <mark>}. Overlapping findings are
   * handled by cutting the text at every span boundary: each piece is marked with all findings that
   * cover it. Text is escaped by jsoup, so markup in the article shows as text.
   */
  public static String highlight(ArticleResult result) {
    String text = result.document().text();
    List<Finding> findings = result.findings();
    Document shell = Document.createShell("");
    shell.outputSettings().prettyPrint(false);
    Element body = shell.body().appendElement("div").addClass("article-text");
    for (Segments.Segment s : Segments.of(text, findings)) {
      String piece = text.substring(s.start(), s.end());
      if (s.active().isEmpty()) {
        body.appendText(piece);
      } else {
        body.appendChild(mark(piece, s.active(), findings));
      }
    }
    return body.outerHtml();
  }

  private static Element mark(String piece, List<Integer> covering, List<Finding> findings) {
    Element mark = new Element("mark");
    List<String> tips = new ArrayList<>();
    for (int i : covering) {
      Finding f = findings.get(i);
      mark.addClass("f-" + f.type().id());
      tips.add("#" + (i + 1) + " " + f.type().label() + " — cue: " + f.cue());
    }
    return mark.attr("title", String.join("\n", tips)).attr("tabindex", "0").text(piece);
  }

  /** The complete page; links go back to {@code ../index.html}. */
  public static String render(ArticleResult result, ArticleRow row, String reportTitle) {
    var doc = result.document();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("css", Templates.CSS);
    view.put("reportTitle", reportTitle);
    view.put("title", doc.title().isBlank() ? doc.id() : doc.title());
    view.put("id", doc.id());
    view.put("outlet", row.group());
    view.put("date", doc.date());
    view.put("url", doc.url());
    view.put("words", row.words());
    view.put("framingIndex", Format.number(row.framingIndex()));
    List<Map<String, Object>> rates = new ArrayList<>();
    for (FeatureType t : FeatureType.values()) {
      var ts = result.score().of(t);
      rates.add(Map.of("type", t.id(), "label", t.label(), "description", t.description(),
          "count", ts == null ? 0 : ts.count(),
          "rate", Format.number(ts == null ? 0 : ts.per1000Words())));
    }
    view.put("rates", rates);
    view.put("text", highlight(result));
    List<Map<String, Object>> findings = new ArrayList<>();
    int n = 1;
    for (Finding f : result.findings()) {
      findings.add(Map.of("n", n++, "type", f.type().id(), "label", f.type().label(),
          "text", f.text(), "cue", f.cue(), "score", Format.number(f.score()),
          "sentence", f.sentence() + 1));
    }
    view.put("findings", findings);
    view.put("hasFindings", !findings.isEmpty());
    return Templates.ARTICLE.execute(view);
  }
}
