package dev.slant.report;

import dev.slant.ArticleResult;
import dev.slant.BiasResult;
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
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code text} format, for reading in a terminal: a header with the article's numbers, a
 * table of counts and rates per type, the text with each finding marked inline as
 * {@code [[draconian]]{2:loaded_adjective}} (the number refers to the list below), and a numbered
 * list of findings with offsets, cue and explanation. With colour on, markers and types are
 * coloured by type with ANSI escapes; input text itself is never passed to the terminal raw.
 */
final class TextRenderer implements Renderer {

  private static final String RESET = "\u001B[0m";
  private static final String BOLD = "\u001B[1m";

  private final boolean color;
  private int articles;

  TextRenderer(boolean color) {
    this.color = color;
  }

  @Override
  public void article(ArticleResult result, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder();
    if (articles++ > 0) {
      sb.append('\n');
    }
    Document doc = result.document();
    ArticleScore score = result.score();
    sb.append(bold("== " + Display.oneLine(doc.id()) + " ==")).append('\n');
    field(sb, "Outlet", doc.outlet());
    field(sb, "Title", doc.title());
    field(sb, "Date", doc.date());
    field(sb, "URL", doc.url());
    sb.append("Words: ").append(Numbers.count(score.words()))
        .append("   Sentences: ").append(Numbers.count(score.sentences()))
        .append("   Framing index: ").append(Numbers.fixed(score.framingIndex(), 1))
        .append(" / 100\n");
    result.bias().ifPresent(b -> sb.append("Sentence bias (model ")
        .append(Display.oneLine(b.model())).append("): ").append(SentenceRows.summary(b))
        .append('\n'));
    sb.append('\n');
    sb.append(String.format(Locale.ROOT, "%-19s %6s %17s", "Feature", "Count", "per 1,000 words"))
        .append('\n');
    for (FeatureType t : FeatureType.values()) {
      TypeScore ts = score.of(t);
      sb.append(String.format(Locale.ROOT, "%-19s %6d %17s", t.label(), ts.count(),
          Numbers.fixed(ts.per1000Words(), 2))).append('\n');
    }
    sb.append('\n');
    List<Finding> findings = result.findings();
    if (findings.isEmpty()) {
      sb.append("No framing features found.\n");
    } else {
      sb.append("Text, findings marked [[...]]{number:type}:\n\n");
      sb.append(marked(doc.text(), findings).stripTrailing()).append("\n\n");
      sb.append("Findings (").append(findings.size()).append("):\n");
      int width = String.valueOf(findings.size()).length();
      for (int i = 0; i < findings.size(); i++) {
        Finding f = findings.get(i);
        sb.append(String.format(Locale.ROOT, "  %" + width + "d. ", i + 1))
            .append(paint(f.type(), f.type().id()))
            .append("  [").append(f.start()).append(", ").append(f.end()).append(")  ")
            .append(Display.oneLine(f.text())).append('\n')
            .append(" ".repeat(width + 4)).append(Explanations.of(f)).append('\n');
        if (f.hasSuggestion()) {
          sb.append(" ".repeat(width + 4)).append(Explanations.suggestion(f)).append('\n');
        }
      }
    }
    result.bias().ifPresent(b -> biasedSentences(sb, result, b));
    out.write(sb.toString());
  }

  /** Each sentence the model rates biased, with its probability. */
  private static void biasedSentences(StringBuilder sb, ArticleResult result, BiasResult b) {
    List<SentenceScore> biased = result.score().sentenceScores().stream()
        .filter(s -> b.probability(s.index()) >= b.threshold()).toList();
    sb.append('\n').append("Sentences rated biased (").append(biased.size()).append("):\n");
    String text = result.document().text();
    for (SentenceScore s : biased) {
      sb.append(String.format(Locale.ROOT, "  #%-4d %s  ", s.index(),
              SentenceRows.probability(result, s)))
          .append(Display.oneLine(s.span().in(text))).append('\n');
    }
  }

  /** The text with a marker opening at each finding's start and closing, numbered, at its end. */
  String marked(String text, List<Finding> findings) {
    TreeMap<Integer, List<Integer>> opens = new TreeMap<>();
    TreeMap<Integer, List<Integer>> closes = new TreeMap<>();
    TreeSet<Integer> cuts = new TreeSet<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.end() <= text.length()) {
        opens.computeIfAbsent(f.start(), k -> new ArrayList<>()).add(i);
        closes.computeIfAbsent(f.end(), k -> new ArrayList<>()).add(0, i); // last opened first
        cuts.add(f.start());
        cuts.add(f.end());
      }
    }
    StringBuilder sb = new StringBuilder();
    int from = 0;
    for (int p : cuts) {
      sb.append(Display.clean(text.substring(from, p)));
      from = p;
      for (int i : closes.getOrDefault(p, List.of())) {
        if (findings.get(i).start() < p) {
          sb.append(close(i, findings.get(i)));
        }
      }
      for (int i : opens.getOrDefault(p, List.of())) {
        sb.append(paint(findings.get(i).type(), "[["));
        if (findings.get(i).end() == p) {
          sb.append(close(i, findings.get(i)));
        }
      }
    }
    sb.append(Display.clean(text.substring(from)));
    return sb.toString();
  }

  private String close(int index, Finding f) {
    return paint(f.type(), "]]{" + (index + 1) + ":" + f.type().id() + "}");
  }

  private void field(StringBuilder sb, String name, String value) {
    if (!value.isEmpty()) {
      sb.append(name).append(": ").append(Display.oneLine(value)).append('\n');
    }
  }

  private String bold(String s) {
    return color ? BOLD + s + RESET : s;
  }

  private String paint(FeatureType type, String s) {
    return color ? "\u001B[" + ansi(type) + "m" + s + RESET : s;
  }

  private static String ansi(FeatureType type) {
    return switch (type) {
      case SCARE_QUOTE -> "35";
      case LOADED_ADJECTIVE -> "31";
      case LOADED_LANGUAGE -> "33";
      case ATTRIBUTION_HEDGE -> "36";
      case ANONYMOUS_SOURCE -> "34";
    };
  }
}
