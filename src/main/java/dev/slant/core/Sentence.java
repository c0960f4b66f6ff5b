package dev.slant.core;

/**
 * A sentence of an annotated document.
 *
 * @param index 0-based position in the document
 * @param span character range in the document text
 * @param firstToken index of its first token in {@link AnnotatedDocument#tokens()}
 * @param endToken index one past its last token
 */
public record Sentence(int index, Span span, int firstToken, int endToken) {

  public int tokenCount() {
    return endToken - firstToken;
  }
}
