package dev.slant.ingest;

import dev.slant.core.Document;
import dev.slant.core.InputException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads articles from command-line inputs: files ({@code .txt}, {@code .csv}, {@code .jsonl},
 * {@code .html}), directories, or {@code -} for standard input. Lazy and in a stable order; a bad
 * file or record becomes an {@link Item.Failure} and reading goes on.
 */
public final class Inputs {

  private Inputs() {}

  // Interim implementation: plain .txt files and headed .csv files only; replaced by the full
  // readers.
  public static Stream<Item> read(List<String> inputs, ReadOptions options) {
    return inputs.stream().flatMap(input -> input.endsWith(".csv")
        ? readCsv(input)
        : Stream.of(readText(input)));
  }

  private static Item readText(String input) {
    Path p = Path.of(input);
    try {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      String name = p.getFileName().toString();
      String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
      return new Item.Article(new Document(id, "", "", "", "", text, input));
    } catch (IOException e) {
      return new Item.Failure(new InputException(input, "cannot read: " + e.getMessage(), e));
    }
  }

  private static final Set<String> DOCUMENT_COLUMNS =
      Set.of("id", "outlet", "title", "date", "url", "text");

  /** One article per row; a {@code text} column is required, other unknown columns go to extra. */
  private static Stream<Item> readCsv(String input) {
    try {
      Reader reader = Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
      CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
          .build().parse(reader);
      if (!parser.getHeaderMap().containsKey("text")) {
        parser.close();
        return Stream.of(new Item.Failure(new InputException(input, "no 'text' column")));
      }
      return parser.stream().map(r -> toItem(input, r)).onClose(() -> {
        try {
          parser.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      return Stream.of(new Item.Failure(new InputException(input, "cannot read: " + e.getMessage())));
    }
  }

  private static Item toItem(String input, CSVRecord r) {
    String origin = input + ":record " + r.getRecordNumber();
    if (!r.isConsistent()) {
      return new Item.Failure(new InputException(origin, "wrong number of columns"));
    }
    Map<String, String> extra = new TreeMap<>();
    r.toMap().forEach((k, v) -> {
      if (!DOCUMENT_COLUMNS.contains(k)) {
        extra.put(k, v);
      }
    });
    String id = r.isMapped("id") && !r.get("id").isEmpty()
        ? r.get("id") : String.valueOf(r.getRecordNumber());
    return new Item.Article(new Document(id, get(r, "outlet"), get(r, "title"), get(r, "date"),
        get(r, "url"), r.get("text"), origin, extra));
  }

  private static String get(CSVRecord r, String column) {
    return r.isMapped(column) ? r.get(column) : "";
  }
}
