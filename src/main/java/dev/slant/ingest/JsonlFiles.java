package dev.slant.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.slant.core.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

/**
 * A JSON Lines file holds one article per line: an object with a string {@code text} and
 * optionally {@code id}, {@code outlet}, {@code title}, {@code date}, {@code url}; other keys
 * (such as {@code spans} in span-labelled data) are ignored. Blank lines are skipped. A line that
 * is not valid JSON is reported with its line number and the rest of the file is still read. An
 * article's id defaults to {@code <file stem>:<line number>}.
 */
final class JsonlFiles {

  private static final ObjectReader JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(Integer.MAX_VALUE).build())
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build())
      .reader()
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Jackson's location inside a message, naming no source here: [Source: …; line: 1, column: 7]. */
  private static final Pattern SOURCE =
      Pattern.compile("\\[Source: [^\\]]*?; line: \\d+, column: (\\d+)\\]");

  private JsonlFiles() {}

  static ItemCursor open(SourceFile file, ReadOptions options) {
    DecodingReader reader;
    try {
      reader = new DecodingReader(Files.newInputStream(file.path()));
    } catch (IOException e) {
      return ItemCursor.of(Failures.io(file.path(), file.origin(), e));
    }
    return new Lines(file, options, reader);
  }

  /** A JSON string escapes a character in at most 12 characters (a surrogate pair as two \\u). */
  static int maxLineChars(ReadOptions options) {
    return (int) Math.min(Integer.MAX_VALUE - 16, 6L * options.maxArticleChars() + (1 << 20));
  }

  private static final class Lines implements ItemCursor {
    private final SourceFile file;
    private final ReadOptions options;
    private final DecodingReader reader;
    private final LineReader lines;
    private boolean empty = true;
    private boolean done;
    private Item pending;

    Lines(SourceFile file, ReadOptions options, DecodingReader reader) {
      this.file = file;
      this.options = options;
      this.reader = reader;
      this.lines = new LineReader(reader, maxLineChars(options));
    }

    @Override
    public boolean hasNext() {
      while (pending == null && !done) {
        pending = read();
      }
      return pending != null;
    }

    @Override
    public Item next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Item item = pending;
      pending = null;
      return item;
    }

    /** The next line's item; null for a blank line or at the end. */
    private Item read() {
      LineReader.Line line;
      try {
        line = lines.next();
      } catch (IOException e) {
        done = true;
        close();
        Item.Failure f = Failures.io(file.path(), file.origin(), e);
        return e instanceof TextFormatException
            ? Failures.of(f.error().origin(), f.error().getMessage() + "; rest of file not read")
            : f;
      }
      if (line == null) {
        done = true;
        close();
        return empty ? Failures.of(file.origin(), "empty file (expected one JSON object per line)")
            : null;
      }
      String origin = file.origin() + ":" + line.number();
      if (line.tooLong()) {
        empty = false;
        return Failures.of(origin, String.format(Locale.ROOT, "line longer than %,d characters,"
            + " too long for the limit of %,d characters per article (raise it with"
            + " --max-article-chars N)", maxLineChars(options), options.maxArticleChars()));
      }
      if (line.text().isBlank()) {
        return null;
      }
      empty = false;
      return parse(line.text(), line.number(), origin);
    }

    private Item parse(String text, long lineNo, String origin) {
      JsonNode node;
      try {
        node = JSON.readTree(text);
      } catch (JsonProcessingException e) {
        long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        return Failures.of(origin, "invalid JSON" + (column > 0 ? " at column " + column : "")
            + ": " + SOURCE.matcher(e.getOriginalMessage()).replaceAll("column $1")
                .replaceAll(", from `[^`]*`", ""));
      } catch (IOException e) {
        return Failures.of(origin, "invalid JSON: " + e.getMessage());
      }
      if (!node.isObject()) {
        return Failures.of(origin, "expected a JSON object with a \"text\" key, found "
            + kind(node));
      }
      JsonNode textNode = node.get("text");
      if (textNode == null || textNode.isNull()) {
        return Failures.of(origin, "no \"text\" key (each line needs {\"text\": \"...\"};"
            + " optional keys: id, outlet, title, date, url)");
      }
      if (!textNode.isTextual()) {
        return Failures.of(origin, "\"text\" must be a string, found " + kind(textNode));
      }
      String[] fields = new String[5];
      String[] keys = {"id", "outlet", "title", "date", "url"};
      for (int i = 0; i < keys.length; i++) {
        JsonNode v = node.get(keys[i]);
        if (v != null && v.isContainerNode()) {
          return Failures.of(origin, "\"" + keys[i] + "\" must be a string, found " + kind(v));
        }
        fields[i] = v == null || v.isNull() ? "" : v.asText().strip();
      }
      String id = fields[0].isEmpty() ? file.idBase() + ":" + lineNo : fields[0];
      return Articles.check(new Document(id, fields[1], fields[2], fields[3], fields[4],
          textNode.textValue(), origin, extra(node)), options, "text");
    }

    /** Scalar keys other than the standard ones, kept so reports can group or pair by them. */
    private static java.util.Map<String, String> extra(JsonNode node) {
      java.util.Map<String, String> out = new java.util.TreeMap<>();
      node.fields().forEachRemaining(e -> {
        if (!CsvFiles.COLUMNS.contains(e.getKey()) && e.getValue().isValueNode()
            && !e.getValue().isNull()) {
          out.put(e.getKey(), e.getValue().asText().strip());
        }
      });
      return out;
    }

    private static String kind(JsonNode n) {
      return switch (n.getNodeType()) {
        case ARRAY -> "an array";
        case OBJECT -> "an object";
        case STRING -> "a string";
        case NUMBER -> "a number";
        case BOOLEAN -> "a boolean";
        default -> n.getNodeType().name().toLowerCase(Locale.ROOT);
      };
    }

    @Override
    public void close() {
      try {
        reader.close();
      } catch (IOException ignored) {
        // closing a file we only read cannot lose data
      }
    }
  }
}
