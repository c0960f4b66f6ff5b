package dev.slant.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A document with its sentences and tagged tokens. Immutable; built by the annotation pipeline and
 * read by detectors, scorers and renderers.
 */
public final class AnnotatedDocument {

  private final Document document;
  private final List<Sentence> sentences;
  private final List<Token> tokens;
  private final String[] lemmas;
  private final int[] sentenceStarts;
  private final int[] tokenStarts;
  private final int wordCount;

  /**
   * @param lemmas one lemma per token, or {@code null} when the pipeline did not lemmatise
   */
  public AnnotatedDocument(
      Document document, List<Sentence> sentences, List<Token> tokens, String[] lemmas) {
    this.document = Objects.requireNonNull(document);
    this.sentences = List.copyOf(sentences);
    this.tokens = List.copyOf(tokens);
    if (lemmas != null && lemmas.length != tokens.size()) {
      throw new IllegalArgumentException("one lemma per token expected");
    }
    this.lemmas = lemmas == null ? null : lemmas.clone();
    this.sentenceStarts = this.sentences.stream().mapToInt(s -> s.span().start()).toArray();
    this.tokenStarts = this.tokens.stream().mapToInt(Token::start).toArray();
    this.wordCount = (int) this.tokens.stream().filter(Token::isWord).count();
  }

  public Document document() {
    return document;
  }

  public String text() {
    return document.text();
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public List<Token> tokens() {
    return tokens;
  }

  /** Tokens that contain a letter or digit: what "per 1,000 words" counts. */
  public int wordCount() {
    return wordCount;
  }

  public boolean hasLemmas() {
    return lemmas != null;
  }

  public String lemma(int tokenIndex) {
    if (lemmas == null) {
      throw new IllegalStateException("this document was annotated without lemmas");
    }
    return lemmas[tokenIndex];
  }

  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  /**
   * Index of the sentence containing {@code offset}; an offset between sentences belongs to the
   * sentence before it, and one before the first sentence to sentence 0.
   */
  public int sentenceIndexAt(int offset) {
    if (sentenceStarts.length == 0) {
      return 0;
    }
    int i = Arrays.binarySearch(sentenceStarts, offset);
    return i >= 0 ? i : Math.max(0, -i - 2);
  }

  /**
   * Index of the token that contains {@code offset}, or -1 when the offset falls on whitespace
   * between tokens.
   */
  public int tokenIndexAt(int offset) {
    int i = Arrays.binarySearch(tokenStarts, offset);
    if (i >= 0) {
      return i;
    }
    int before = -i - 2;
    return before >= 0 && tokens.get(before).end() > offset ? before : -1;
  }

  /** Index of the first token starting at or after {@code offset} ({@code tokens().size()} if none). */
  public int firstTokenFrom(int offset) {
    int i = Arrays.binarySearch(tokenStarts, offset);
    return i >= 0 ? i : -i - 1;
  }
}
