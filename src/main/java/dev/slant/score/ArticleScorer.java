package dev.slant.score;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.Sentence;
import dev.slant.core.Token;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Turns an article's findings into counts, rates, the framing index and a per-sentence table. */
public final class ArticleScorer {

  private ArticleScorer() {}

  public static ArticleScore score(AnnotatedDocument doc, List<Finding> findings) {
    int words = doc.wordCount();
    Map<FeatureType, Integer> counts = new EnumMap<>(FeatureType.class);
    for (Finding f : findings) {
      counts.merge(f.type(), 1, Integer::sum);
    }
    Map<FeatureType, TypeScore> byType = new EnumMap<>(FeatureType.class);
    for (FeatureType t : FeatureType.values()) {
      int c = counts.getOrDefault(t, 0);
      byType.put(t, new TypeScore(c, rate(c, words)));
    }
    return new ArticleScore(words, doc.sentences().size(), byType,
        FramingIndex.of(findings, words), sentenceScores(doc, findings));
  }

  /** Count per 1,000 words; 0 for a text without words. */
  public static double rate(int count, int words) {
    return words == 0 ? 0.0 : count * 1000.0 / words;
  }

  private static List<SentenceScore> sentenceScores(AnnotatedDocument doc, List<Finding> findings) {
    List<List<Finding>> bySentence = new ArrayList<>();
    for (int i = 0; i < doc.sentences().size(); i++) {
      bySentence.add(new ArrayList<>());
    }
    for (Finding f : findings) {
      if (f.sentence() < bySentence.size()) {
        bySentence.get(f.sentence()).add(f);
      }
    }
    List<SentenceScore> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Finding> in = bySentence.get(s.index());
      Map<FeatureType, Integer> c = new EnumMap<>(FeatureType.class);
      in.forEach(f -> c.merge(f.type(), 1, Integer::sum));
      int words = (int) doc.tokensOf(s).stream().filter(Token::isWord).count();
      out.add(new SentenceScore(s.index(), s.span(), words, c, FramingIndex.weightedSum(in)));
    }
    return out;
  }
}
