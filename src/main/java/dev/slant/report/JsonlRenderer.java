package dev.slant.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.slant.ArticleResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/** The {@code jsonl} format: one compact JSON object per article per line (see {@link JsonReport}). */
final class JsonlRenderer implements Renderer {

  @Override
  public void article(ArticleResult result, Writer out) throws IOException {
    StringWriter line = new StringWriter();
    try (JsonGenerator g = JsonReport.compact(line)) {
      JsonReport.write(g, result, false);
    }
    out.write(line.toString());
    out.write('\n');
  }
}
