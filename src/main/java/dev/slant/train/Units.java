package dev.slant.train;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Span;
import dev.slant.core.Token;
import dev.slant.detect.ml.FeatureExtractor;
import dev.slant.detect.ml.Features;
import dev.slant.detect.ml.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * The classification units of an annotated corpus with their features and gold classes: one per
 * example for the sentence task, one per word token for the token tasks (positive when it
 * overlaps a gold span).
 */
public final class Units {

  private final List<Features> features;
  private final boolean[] gold;
  private final int[] example;
  private final int[] token;

  private Units(List<Features> features, boolean[] gold, int[] example, int[] token) {
    this.features = features;
    this.gold = gold;
    this.example = example;
    this.token = token;
  }

  public static Units extract(AnnotatedCorpus corpus, FeatureExtractor extractor) {
    return extract(corpus, extractor, 1, null);
  }

  /**
   * As {@link #extract(AnnotatedCorpus, FeatureExtractor)}; with a sentence encoder, every
   * example's text is encoded once, up front, on {@code threads} threads, and kept in a
   * {@link dev.slant.encode.VectorCache} in folder {@code vectorCache} when it is not null.
   */
  public static Units extract(AnnotatedCorpus corpus, FeatureExtractor extractor, int threads,
      java.nio.file.Path vectorCache) {
    Task task = extractor.task();
    java.util.Map<String, float[]> vectors = java.util.Map.of();
    if (extractor.usesEncoder()) {
      List<String> texts = new ArrayList<>(corpus.size());
      for (AnnotatedCorpus.Item item : corpus.items()) {
        texts.add(FeatureExtractor.unitText(item.doc(), 0, item.doc().tokens().size()));
      }
      vectors = extractor.encode(texts, threads, vectorCache);
    }
    List<Features> features = new ArrayList<>();
    List<Boolean> gold = new ArrayList<>();
    List<Integer> example = new ArrayList<>();
    List<Integer> token = new ArrayList<>();
    for (int e = 0; e < corpus.size(); e++) {
      AnnotatedCorpus.Item item = corpus.items().get(e);
      AnnotatedDocument doc = item.doc();
      FeatureExtractor.Context context = extractor.context(doc, item.findings(), vectors);
      if (!task.tokenLevel()) {
        features.add(extractor.sentence(context, 0, doc.tokens().size()));
        gold.add(item.example().label());
        example.add(e);
        token.add(-1);
        continue;
      }
      boolean[] positive = positiveTokens(doc, item.example().spans());
      for (int i = 0; i < doc.tokens().size(); i++) {
        if (FeatureExtractor.isCandidate(doc.tokens().get(i))) {
          features.add(extractor.token(context, i));
          gold.add(positive[i]);
          example.add(e);
          token.add(i);
        }
      }
    }
    boolean[] g = new boolean[gold.size()];
    for (int i = 0; i < g.length; i++) {
      g[i] = gold.get(i);
    }
    return new Units(features, g, example.stream().mapToInt(Integer::intValue).toArray(),
        token.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Tokens overlapping any of the spans. */
  public static boolean[] positiveTokens(AnnotatedDocument doc, List<Span> spans) {
    List<Token> tokens = doc.tokens();
    boolean[] out = new boolean[tokens.size()];
    for (Span s : spans) {
      for (int i = Math.max(0, doc.firstTokenFrom(s.start()) - 1); i < tokens.size()
          && tokens.get(i).start() < s.end(); i++) {
        if (tokens.get(i).span().overlaps(s)) {
          out[i] = true;
        }
      }
    }
    return out;
  }

  public int size() {
    return gold.length;
  }

  public Features features(int unit) {
    return features.get(unit);
  }

  public boolean gold(int unit) {
    return gold[unit];
  }

  /** Index of the example (in the annotated corpus) the unit belongs to. */
  public int example(int unit) {
    return example[unit];
  }

  /** Token index of a token unit in its document, or -1 for a sentence unit. */
  public int token(int unit) {
    return token[unit];
  }

  /** Units whose example is selected. */
  public int[] ofExamples(boolean[] selected) {
    int n = 0;
    for (int u = 0; u < size(); u++) {
      if (selected[example[u]]) {
        n++;
      }
    }
    int[] out = new int[n];
    int k = 0;
    for (int u = 0; u < size(); u++) {
      if (selected[example[u]]) {
        out[k++] = u;
      }
    }
    return out;
  }
}
