package dev.slant.ingest;

import dev.slant.core.Document;
import dev.slant.core.InputException;
import java.util.Locale;

/** The checks every article passes before analysis, whatever it was read from. */
final class Articles {

  private Articles() {}

  /**
   * The document as an {@link Item.Article}, or a {@link Item.Failure} saying why it cannot be
   * analysed: no text, only whitespace, binary data, or longer than the limit.
   *
   * @param what how to name the text in messages: "file", "input", "text"
   */
  static Item check(Document doc, ReadOptions options, String what) {
    String text = doc.text();
    if (text.isEmpty()) {
      return fail(doc, "empty " + what);
    }
    if (text.isBlank()) {
      return fail(doc, what + " contains only whitespace");
    }
    if (text.length() > options.maxArticleChars()) {
      return fail(doc, tooLong(text.length(), options));
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      return fail(doc, "binary data, not text (NUL character at offset " + nul + ")");
    }
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Controls.isControl(text.charAt(i))) {
        control++;
      }
    }
    if (control * 4 > text.length()) {
      return fail(doc, "binary data, not text (mostly control characters)");
    }
    return new Item.Article(doc);
  }

  static String tooLong(long chars, ReadOptions options) {
    return String.format(Locale.ROOT,
        "article has %,d characters, more than the limit of %,d (raise it with"
            + " --max-article-chars N)", chars, options.maxArticleChars());
  }

  private static Item fail(Document doc, String message) {
    return new Item.Failure(new InputException(doc.origin(), message));
  }
}
