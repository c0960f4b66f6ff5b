package dev.slant.report;

import dev.slant.ArticleResult;
import dev.slant.core.Document;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.score.ArticleScore;
import dev.slant.score.SentenceScore;
import dev.slant.score.TypeScore;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The {@code md} format: a Markdown report with, per article, a summary table, the counts and
 * rates per type, a findings table with each finding in its sentence, and the sentences that
 * carry findings; with several articles, an overview table at the end. Everything taken from the
 * input is escaped ({@link Markdown#escape}).
 */
final class MarkdownRenderer implements Renderer {

  private final List<String> overview = new ArrayList<>();

  @Override
  public void begin(Writer out) throws IOException {
    out.write("# slant report\n");
  }

  @Override
  public void article(ArticleResult result, Writer out) throws IOException {
    Document doc = result.document();
    ArticleScore score = result.score();
    StringBuilder sb = new StringBuilder();
    sb.append("\n## ").append(Markdown.escape(doc.id())).append("\n\n");
    meta(sb, "Outlet", doc.outlet());
    meta(sb, "Title", doc.title());
    meta(sb, "Date", doc.date());
    meta(sb, "URL", doc.url());
    if (!doc.outlet().isEmpty() || !doc.title().isEmpty() || !doc.date().isEmpty()
        || !doc.url().isEmpty()) {
      sb.append('\n');
    }
    sb.append("| Words | Sentences | Findings | Framing index (0–100) |\n")
        .append("|--:|--:|--:|--:|\n")
        .append("| ").append(Numbers.count(score.words()))
        .append(" | ").append(Numbers.count(score.sentences()))
        .append(" | ").append(result.findings().size())
        .append(" | ").append(Numbers.fixed(score.framingIndex(), 1)).append(" |\n\n");
    sb.append("| Feature | Count | per 1,000 words |\n|:--|--:|--:|\n");
    for (FeatureType t : FeatureType.values()) {
      TypeScore ts = score.of(t);
      sb.append("| ").append(t.label()).append(" | ").append(ts.count()).append(" | ")
          .append(Numbers.fixed(ts.per1000Words(), 2)).append(" |\n");
    }
    result.bias().ifPresent(b -> sb.append("\n**Sentence bias** (model ")
        .append(Markdown.escape(b.model())).append("): ").append(SentenceRows.summary(b))
        .append('\n'));
    findings(sb, result);
    sentences(sb, result);
    out.write(sb.toString());
    overview.add("| " + Markdown.escape(doc.id()) + " | " + Markdown.escape(doc.outlet()) + " | "
        + Numbers.count(score.words()) + " | " + Numbers.fixed(score.framingIndex(), 1) + " | "
        + counts(score) + " |");
  }

  @Override
  public void end(Writer out) throws IOException {
    if (overview.size() < 2) {
      return;
    }
    StringBuilder sb = new StringBuilder("\n## Overview\n\n| Article | Outlet | Words |"
        + " Framing index |");
    StringBuilder rule = new StringBuilder("|:--|:--|--:|--:|");
    for (FeatureType t : FeatureType.values()) {
      sb.append(' ').append(t.label()).append(" |");
      rule.append("--:|");
    }
    sb.append('\n').append(rule).append('\n');
    overview.forEach(row -> sb.append(row).append('\n'));
    out.write(sb.toString());
  }

  private static void meta(StringBuilder sb, String name, String value) {
    if (!value.isEmpty()) {
      sb.append("- **").append(name).append(":** ").append(Markdown.escape(value)).append('\n');
    }
  }

  private static void findings(StringBuilder sb, ArticleResult result) {
    List<Finding> findings = result.findings();
    sb.append("\n### Findings\n\n");
    if (findings.isEmpty()) {
      sb.append("No framing features found.\n");
      return;
    }
    sb.append("| # | Type | Offsets | Text | Cue | Score | In context |\n")
        .append("|--:|:--|:--|:--|:--|--:|:--|\n");
    String text = result.document().text();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      Context c = Context.of(text, f, result.score().sentenceScores());
      sb.append("| ").append(i + 1)
          .append(" | ").append(f.type().label())
          .append(" | ").append(f.start()).append("–").append(f.end())
          .append(" | ").append(Markdown.escape(f.text()))
          .append(" | ").append(Markdown.escape(f.cue()))
          .append(" | ").append(Numbers.fixed(f.score(), 2))
          .append(" | ").append(Markdown.escape(c.before()))
          .append("**").append(Markdown.escape(c.match())).append("**")
          .append(Markdown.escape(c.after())).append(" |\n");
    }
  }

  private static void sentences(StringBuilder sb, ArticleResult result) {
    List<SentenceScore> withFindings = SentenceRows.shown(result);
    if (withFindings.isEmpty()) {
      return;
    }
    String text = result.document().text();
    boolean bias = result.bias().isPresent();
    sb.append(bias ? "\n### Sentences with findings or rated biased\n\n"
            : "\n### Sentences with findings\n\n")
        .append("| Sentence | Words | Findings | Weight |").append(bias ? " Bias probability |" : "")
        .append(" Text |\n")
        .append("|--:|--:|:--|--:|").append(bias ? "--:|" : "").append(":--|\n");
    for (SentenceScore s : withFindings) {
      StringJoiner kinds = new StringJoiner(", ");
      for (FeatureType t : FeatureType.values()) {
        Integer n = s.counts().get(t);
        if (n != null && n > 0) {
          kinds.add(t.label() + " " + n);
        }
      }
      sb.append("| ").append(s.index())
          .append(" | ").append(s.words())
          .append(" | ").append(kinds)
          .append(" | ").append(Numbers.fixed(s.weight(), 2))
          .append(bias ? " | " + SentenceRows.probability(result, s) : "")
          .append(" | ").append(Markdown.escape(s.span().in(text))).append(" |\n");
    }
  }

  private static String counts(ArticleScore score) {
    StringJoiner j = new StringJoiner(" | ");
    for (FeatureType t : FeatureType.values()) {
      j.add(String.valueOf(score.of(t).count()));
    }
    return j.toString();
  }
}
