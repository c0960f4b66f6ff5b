package dev.slant.compare;

import dev.slant.ArticleResult;
import dev.slant.BiasResult;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.Span;
import dev.slant.report.Numbers;
import dev.slant.report.Stylesheet;
import dev.slant.report.Segments;
import dev.slant.score.SentenceScore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The drill-down page of one article: its numbers, its text with every finding highlighted (the
 * type and the cue that fired shown on hover) and, when a sentence-bias model ran, the sentences
 * it rates biased underlined (every sentence's probability on hover), and the list of findings.
 */
public final class ArticlePage {

  private ArticlePage() {}

  /**
   * The article text as HTML with each finding wrapped in {@code <mark>}. Overlapping findings are
   * handled by cutting the text at every span boundary: each piece is marked with all findings that
   * cover it. Text is escaped by jsoup, so markup in the article shows as text. When a sentence-bias
   * model ran, every sentence is also wrapped in a {@code <span class="sentence">} titled with its
   * probability, {@code biased} when it reaches the threshold; a finding that crosses a sentence
   * boundary is then marked in two pieces.
   */
  public static String highlight(ArticleResult result) {
    String text = result.document().text();
    List<Finding> findings = result.findings();
    Document shell = Document.createShell("");
    shell.outputSettings().prettyPrint(false);
    Element body = shell.body().appendElement("div").addClass("article-text");
    Sentences sentences = new Sentences(result, body);
    for (Segments.Segment s : Segments.of(text, findings)) {
      int start = s.start();
      while (start < s.end()) {
        int end = Math.min(s.end(), sentences.boundaryAfter(start));
        String piece = text.substring(start, end);
        Element into = sentences.containerAt(start);
        if (s.active().isEmpty()) {
          into.appendText(piece);
        } else {
          into.appendChild(mark(piece, s.active(), findings));
        }
        start = end;
      }
    }
    return body.outerHtml();
  }

  /**
   * The sentence spans of a result with a bias verdict, walked once in text order; none without
   * one, so the text then goes straight into the body as before.
   */
  private static final class Sentences {
    private final List<SentenceScore> sentences;
    private final BiasResult bias;
    private final Element body;
    private int next;
    private Element open;
    private int openEnd = -1;

    Sentences(ArticleResult result, Element body) {
      this.sentences = result.bias().isPresent() ? result.score().sentenceScores() : List.of();
      this.bias = result.bias().orElse(null);
      this.body = body;
    }

    /** The first sentence start or end after {@code pos}, or MAX_VALUE. */
    int boundaryAfter(int pos) {
      if (pos < openEnd) {
        return openEnd;
      }
      for (int i = next; i < sentences.size(); i++) {
        Span span = sentences.get(i).span();
        if (span.start() > pos) {
          return span.start();
        }
        if (span.end() > pos) {
          return span.end();
        }
      }
      return Integer.MAX_VALUE;
    }

    /** The sentence element covering {@code pos} (opened on first use), else the body. */
    Element containerAt(int pos) {
      if (pos < openEnd) {
        return open;
      }
      while (next < sentences.size() && sentences.get(next).span().end() <= pos) {
        next++;
      }
      if (next < sentences.size() && sentences.get(next).span().start() <= pos) {
        SentenceScore s = sentences.get(next);
        double p = bias.probability(s.index());
        open = body.appendElement("span").addClass("sentence")
            .attr("title", "sentence " + (s.index() + 1) + ": bias probability "
                + Numbers.fixedOrMissing(p, 2));
        if (p >= bias.threshold()) {
          open.addClass("biased");
        }
        openEnd = s.span().end();
        next++;
        return open;
      }
      return body;
    }
  }

  private static Element mark(String piece, List<Integer> covering, List<Finding> findings) {
    Element mark = new Element("mark");
    List<String> tips = new ArrayList<>();
    for (int i : covering) {
      Finding f = findings.get(i);
      mark.addClass("t-" + f.type().id());
      tips.add("#" + (i + 1) + " " + f.type().label() + " — cue: " + f.cue());
    }
    return mark.attr("title", String.join("\n", tips)).attr("tabindex", "0").text(piece);
  }

  /** The complete page; links go back to {@code ../index.html}. */
  public static String render(ArticleResult result, ArticleRow row, String reportTitle) {
    var doc = result.document();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("css", Stylesheet.css());
    view.put("reportTitle", reportTitle);
    view.put("title", doc.title().isBlank() ? doc.id() : doc.title());
    view.put("id", doc.id());
    view.put("outlet", row.group());
    view.put("date", doc.date());
    view.put("url", doc.url());
    view.put("words", row.words());
    view.put("framingIndex", Numbers.fixedOrMissing(row.framingIndex(), 2));
    result.bias().ifPresent(b -> {
      view.put("biasCss", Stylesheet.BIASED_SENTENCES);
      view.put("biasModel", b.model());
      view.put("biasSummary", b.biasedSentences() + " of " + b.probabilities().size()
          + " sentences (" + Numbers.fixedOrMissing(row.bias().orElseThrow().percent(), 2)
          + " %) at or above " + Numbers.fixedOrMissing(b.threshold(), 2) + " by the model "
          + b.model()
          + "; mean sentence probability " + Numbers.fixedOrMissing(b.meanProbability(), 2));
      view.put("biasThreshold", Numbers.fixedOrMissing(b.threshold(), 2));
    });
    List<Map<String, Object>> rates = new ArrayList<>();
    for (FeatureType t : FeatureType.values()) {
      var ts = result.score().of(t);
      rates.add(Map.of("type", t.id(), "label", t.label(), "description", t.description(),
          "count", ts == null ? 0 : ts.count(),
          "rate", Numbers.fixedOrMissing(ts == null ? 0 : ts.per1000Words(), 2)));
    }
    view.put("rates", rates);
    view.put("text", highlight(result));
    List<Map<String, Object>> findings = new ArrayList<>();
    int n = 1;
    for (Finding f : result.findings()) {
      findings.add(Map.of("n", n++, "type", f.type().id(), "label", f.type().label(),
          "text", f.text(), "cue", f.cue(), "score", Numbers.fixedOrMissing(f.score(), 2),
          "sentence", f.sentence() + 1));
    }
    view.put("findings", findings);
    view.put("hasFindings", !findings.isEmpty());
    return Templates.ARTICLE.execute(view);
  }
}
