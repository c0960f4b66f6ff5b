package dev.slant.ingest;

/**
 * How inputs are read.
 *
 * @param maxArticleChars articles longer than this are refused with an error naming them, so one
 *     giant file cannot exhaust memory
 */
public record ReadOptions(int maxArticleChars) {

  public ReadOptions {
    if (maxArticleChars < 1) {
      throw new IllegalArgumentException("maxArticleChars must be positive, got " + maxArticleChars);
    }
  }

  public static final int DEFAULT_MAX_ARTICLE_CHARS = 5_000_000;

  public static ReadOptions defaults() {
    return new ReadOptions(DEFAULT_MAX_ARTICLE_CHARS);
  }
}
