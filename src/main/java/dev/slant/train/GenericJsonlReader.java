package dev.slant.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.core.FeatureType;
import dev.slant.core.InputException;
import dev.slant.core.Span;
import dev.slant.detect.ml.Task;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Span-annotated JSONL, the development-set format: one object per line with {@code text}, and
 * {@code spans} of {@code {"type","start","end","text"}} in UTF-16 offsets whose {@code text} must
 * equal the covered substring. Optional {@code id}, {@code group}, {@code outlet}, and {@code
 * label} (for the sentence task). For a token task, spans of its types count as positive (loaded:
 * {@code loaded_language}, {@code loaded_adjective}; hedge: {@code attribution_hedge}), as do
 * spans typed with the task's own name ({@code loaded}, {@code hedge}); other spans are ignored.
 */
final class GenericJsonlReader implements CorpusReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public List<Example> read(Path path, Task task, List<String> notes) throws InputException {
    String content = CsvRecords.decode(path);
    List<Example> out = new ArrayList<>();
    int lineNo = 0;
    try (BufferedReader reader = new BufferedReader(new StringReader(content))) {
      for (String line; (line = reader.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        out.add(example(line, task, path + ":" + lineNo, lineNo));
      }
    } catch (IOException e) {
      throw new InputException(path.toString(), "cannot read: " + e.getMessage(), e);
    }
    return out;
  }

  private static Example example(String line, Task task, String origin, int lineNo)
      throws InputException {
    JsonNode o;
    try {
      o = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InputException(origin, "invalid JSON: " + e.getOriginalMessage());
    }
    if (!o.isObject()) {
      throw new InputException(origin, "expected a JSON object");
    }
    JsonNode textNode = o.get("text");
    if (textNode == null || !textNode.isTextual() || textNode.asText().isBlank()) {
      throw new InputException(origin, "missing or empty \"text\"");
    }
    String text = textNode.asText();
    String id = o.hasNonNull("id") ? o.get("id").asText() : "line " + lineNo;
    Boolean label = null;
    if (o.hasNonNull("label")) {
      JsonNode l = o.get("label");
      label = l.isBoolean() ? Boolean.valueOf(l.asBoolean()) : Labels.parse(l.asText(), task);
      if (label == null) {
        throw new InputException(origin, "unrecognised label " + l + " (use "
            + Labels.accepted(task) + ")");
      }
    }
    List<Span> spans = null;
    if (o.has("spans")) {
      spans = spans(o.get("spans"), text, task, origin);
    }
    return new Example(id, o.path("group").asText(""), o.path("outlet").asText(""), text, label,
        spans, origin);
  }

  private static List<Span> spans(JsonNode array, String text, Task task, String origin)
      throws InputException {
    if (!array.isArray()) {
      throw new InputException(origin, "\"spans\" must be an array");
    }
    List<Span> out = new ArrayList<>();
    int k = 0;
    for (JsonNode s : array) {
      k++;
      String where = "span " + k + ": ";
      if (!s.path("start").canConvertToInt() || !s.path("end").canConvertToInt()
          || !s.path("start").isIntegralNumber() || !s.path("end").isIntegralNumber()) {
        throw new InputException(origin, where + "needs integer \"start\" and \"end\"");
      }
      int start = s.get("start").asInt();
      int end = s.get("end").asInt();
      if (start < 0 || end < start || end > text.length()) {
        throw new InputException(origin, where + "[" + start + ", " + end
            + ") does not fit a text of " + text.length() + " characters");
      }
      if (s.has("text") && !s.get("text").asText().equals(text.substring(start, end))) {
        throw new InputException(origin, where + "\"text\" " + s.get("text")
            + " differs from the text at [" + start + ", " + end + "): \""
            + text.substring(start, end) + "\"");
      }
      String type = s.path("type").asText("");
      boolean positive = type.equals(task.id())
          || FeatureType.fromId(type).map(task.spanTypes()::contains).orElse(false);
      if (positive) {
        out.add(new Span(start, end));
      }
    }
    return out;
  }
}
