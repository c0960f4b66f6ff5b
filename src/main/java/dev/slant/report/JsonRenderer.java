package dev.slant.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.slant.ArticleResult;
import java.io.IOException;
import java.io.Writer;

/**
 * The {@code json} format: one indented JSON object per article, with the {@code jsonl} keys plus
 * {@code sentence_scores}. A single article is written as that object; several are written as an
 * array of them (for large batches, {@code jsonl} is the better choice).
 */
final class JsonRenderer implements Renderer {

  private JsonGenerator g;
  private ArticleResult first;
  private int count;

  @Override
  public void article(ArticleResult result, Writer out) throws IOException {
    count++;
    if (count == 1) {
      first = result; // held back until we know whether an array is needed
      return;
    }
    if (count == 2) {
      g = JsonReport.pretty(out);
      g.writeStartArray();
      JsonReport.write(g, first, true);
      first = null;
    }
    JsonReport.write(g, result, true);
    g.flush();
  }

  @Override
  public void end(Writer out) throws IOException {
    if (count == 1) {
      g = JsonReport.pretty(out);
      JsonReport.write(g, first, true);
    } else if (count > 1) {
      g.writeEndArray();
    }
    if (g != null) {
      g.flush();
      out.write('\n');
    }
  }
}
