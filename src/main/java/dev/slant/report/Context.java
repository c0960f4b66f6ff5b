package dev.slant.report;

import dev.slant.core.Finding;
import dev.slant.core.Span;
import dev.slant.score.SentenceScore;
import java.util.List;

/** The stretch of its sentence around a finding, for reports that show findings in context. */
record Context(String before, String match, String after) {

  /** Characters of context kept on each side of a finding. */
  static final int WINDOW = 80;

  static Context of(String text, Finding f, List<SentenceScore> sentences) {
    Span sentence = f.sentence() < sentences.size()
        ? sentences.get(f.sentence()).span() : f.span();
    int from = Math.min(sentence.start(), f.start());
    int to = Math.max(sentence.end(), f.end());
    String before = text.substring(Math.max(from, f.start() - WINDOW), f.start());
    String after = text.substring(f.end(), Math.min(to, f.end() + WINDOW));
    if (f.start() - WINDOW > from) {
      before = "…" + afterFirstSpace(before);
    }
    if (f.end() + WINDOW < to) {
      after = beforeLastSpace(after) + "…";
    }
    return new Context(before, f.text(), after);
  }

  private static String afterFirstSpace(String s) {
    int i = s.indexOf(' ');
    return i < 0 ? s : s.substring(i + 1);
  }

  private static String beforeLastSpace(String s) {
    int i = s.lastIndexOf(' ');
    return i < 0 ? s : s.substring(0, i);
  }
}
