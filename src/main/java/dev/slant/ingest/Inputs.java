package dev.slant.ingest;

import dev.slant.core.Document;
import dev.slant.core.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads articles from command-line inputs: files ({@code .txt}, {@code .csv}, {@code .jsonl},
 * {@code .html}), directories, or {@code -} for standard input. Lazy and in a stable order; a bad
 * file or record becomes an {@link Item.Failure} and reading goes on.
 */
public final class Inputs {

  private Inputs() {}

  // Interim implementation: plain .txt files only; replaced by the full readers.
  public static Stream<Item> read(List<String> inputs, ReadOptions options) {
    return inputs.stream().map(Inputs::readText);
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
}
