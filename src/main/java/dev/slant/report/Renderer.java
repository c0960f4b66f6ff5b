package dev.slant.report;

import dev.slant.ArticleResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes article results in one output format. Articles arrive one at a time, in order, so a
 * batch of any size is written as it is scored. A renderer may keep state between articles (a
 * page being built, a count), so use a fresh one for each output. Output uses LF line ends.
 */
public interface Renderer {

  /** Called once before the first article. */
  default void begin(Writer out) throws IOException {}

  void article(ArticleResult result, Writer out) throws IOException;

  /** Called once after the last article (also when there were none). */
  default void end(Writer out) throws IOException {}

  /** The whole output for a list of results, as a string. */
  default String render(List<ArticleResult> results) {
    StringWriter out = new StringWriter();
    try {
      begin(out);
      for (ArticleResult r : results) {
        article(r, out);
      }
      end(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
