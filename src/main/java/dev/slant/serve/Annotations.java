package dev.slant.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.slant.core.InputException;
import dev.slant.evaluate.DevSetReader;
import dev.slant.evaluate.GoldDocument;
import dev.slant.evaluate.GoldSpan;
import dev.slant.io.AtomicWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The reviews saved by the Review page: one record per article in the dev-set JSONL format
 * ({@code training-data/devset/GUIDELINES.md}), so {@code slant check --data FILE} reads the file
 * as it is. Every record is checked by the same reader {@code check} uses before it is stored,
 * and every change rewrites the whole file atomically (a temporary file moved over it), so the
 * file is never half-written. Records keep the order in which their articles were first saved.
 */
final class Annotations {

  private static final JsonFactory JSON = new JsonFactory();

  private final Path file;
  private final Map<String, GoldDocument> records = new LinkedHashMap<>();

  private Annotations(Path file) {
    this.file = file;
  }

  /**
   * The reviews already in {@code file}, if it exists.
   *
   * @throws InputException naming the file and line if it exists but is not in the dev-set format
   */
  static Annotations open(Path file) throws InputException {
    Annotations a = new Annotations(file);
    if (Files.isRegularFile(file)) {
      String content;
      try {
        content = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
      }
      if (!content.isBlank()) {
        for (GoldDocument d : DevSetReader.read(file)) {
          a.records.put(d.id(), d);
        }
      }
    } else if (Files.exists(file)) {
      throw new InputException(file.toString(), "is not a regular file");
    }
    return a;
  }

  Path file() {
    return file;
  }

  synchronized Optional<String> get(String id) {
    GoldDocument d = records.get(id);
    return d == null ? Optional.empty() : Optional.of(line(d));
  }

  synchronized int size() {
    return records.size();
  }

  /**
   * Checks a record as {@code check --data} would and saves it, replacing the article's earlier
   * review.
   *
   * @return the record as stored
   * @throws ApiException 400 if the record is not in the dev-set format
   */
  synchronized String save(byte[] body) throws IOException {
    GoldDocument doc;
    try {
      doc = DevSetReader.parse(new String(body, StandardCharsets.UTF_8), "review");
    } catch (InputException e) {
      throw new ApiException(400, e.getMessage());
    }
    if (doc.text().isBlank()) {
      throw new ApiException(400, "a review needs the article's \"text\"");
    }
    GoldDocument before = records.put(doc.id(), doc);
    try {
      AtomicWriter.write(file, contents().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      if (before == null) {
        records.remove(doc.id());
      } else {
        records.put(doc.id(), before);
      }
      throw e;
    }
    return line(doc);
  }

  /** The file's contents as they are (or would be) on disk. */
  synchronized String contents() {
    StringBuilder sb = new StringBuilder();
    for (GoldDocument d : records.values()) {
      sb.append(line(d)).append('\n');
    }
    return sb.toString();
  }

  /** One record in the dev-set format: id, text, spans (type, start, end, text), note if any. */
  static String line(GoldDocument d) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("id", d.id());
      g.writeStringField("text", d.text());
      g.writeArrayFieldStart("spans");
      for (GoldSpan s : d.spans()) {
        g.writeStartObject();
        g.writeStringField("type", s.type().id());
        g.writeNumberField("start", s.span().start());
        g.writeNumberField("end", s.span().end());
        g.writeStringField("text", s.text());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (!d.note().isEmpty()) {
        g.writeStringField("note", d.note());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException(e); // a StringWriter does not fail
    }
    return out.toString();
  }
}
