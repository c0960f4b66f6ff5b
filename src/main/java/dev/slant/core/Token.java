package dev.slant.core;

/**
 * A token of an annotated document.
 *
 * @param start UTF-16 offset of the first character in the document text
 * @param end offset one past the last character
 * @param text the token text, equal to the covered substring
 * @param lower {@link Text#fold(String)} of the text: lower case with typographic apostrophes straightened
 * @param pos Universal Dependencies part-of-speech tag (ADJ, NOUN, VERB, ...)
 * @param sentence index of the sentence it belongs to
 */
public record Token(int start, int end, String text, String lower, String pos, int sentence) {

  public Span span() {
    return new Span(start, end);
  }

  public boolean isWord() {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
