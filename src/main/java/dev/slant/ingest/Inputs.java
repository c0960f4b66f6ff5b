package dev.slant.ingest;

import dev.slant.core.Document;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads articles from command-line inputs: files ({@code .txt}, {@code .csv}, {@code .jsonl},
 * {@code .html}/{@code .htm}), directories (recursively, sorted by path), or {@code -} for
 * standard input (plain text). Lazy and in a stable order: a file is opened only when the items
 * before it have been consumed, and a CSV or JSONL file is read record by record. Nothing is
 * thrown: a bad file or record becomes an {@link Item.Failure} naming the file and line, and
 * reading goes on.
 *
 * <p>Text is UTF-8, with or without a byte-order mark, or UTF-16 with a byte-order mark; only the
 * mark is removed, so offsets index into the text exactly as it was stored. Close the stream (as
 * {@code Batch.run} does) to release a file that was not read to the end.
 */
public final class Inputs {

  /** The input name that stands for standard input. */
  public static final String STDIN = "-";

  private Inputs() {}

  public static Stream<Item> read(List<String> inputs, ReadOptions options) {
    return read(inputs, options, System.in);
  }

  /** As {@link #read(List, ReadOptions)}, with {@code -} reading from {@code stdin}. */
  public static Stream<Item> read(List<String> inputs, ReadOptions options, InputStream stdin) {
    List<Chain.Part> parts = new ArrayList<>();
    for (String input : inputs) {
      String origin = input.equals(STDIN) ? "<stdin>" : input;
      parts.add(new Chain.Part(origin, () -> open(input, options, stdin)));
    }
    Chain chain = new Chain(parts.iterator());
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(chain,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(chain::close);
  }

  /** A literal text (the CLI's {@code --text}) as an article with id {@code text}. */
  public static Item text(String text, ReadOptions options) {
    return Articles.check(new Document("text", "", "", "", "", text, "--text"), options, "text");
  }

  /**
   * An article read by other means (a Spark row, a database record), with the checks every reader
   * applies: no text, only whitespace, binary data or too long become a {@link Item.Failure}.
   */
  public static Item article(Document document, ReadOptions options) {
    return Articles.check(document, options, "text");
  }

  private static ItemCursor open(String input, ReadOptions options, InputStream stdin) {
    if (input.equals(STDIN)) {
      return ItemCursor.of(stdin(stdin, options));
    }
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      return ItemCursor.of(Failures.of(input, "not a valid path: " + e.getReason()));
    }
    if (Files.isDirectory(path)) {
      return Directories.open(path, input, options);
    }
    if (!Files.exists(path)) {
      return ItemCursor.of(Failures.of(input, Files.isSymbolicLink(path)
          ? Failures.unfollowableLink(path)
          : "no such file or directory"));
    }
    String name = path.getFileName() == null ? input : path.getFileName().toString();
    return FileKind.of(name, true)
        .map(kind -> openFile(kind, new SourceFile(path, input, FileKind.stem(name), ""), options))
        .orElseGet(() -> ItemCursor.of(Failures.of(input,
            "unsupported file type (slant reads " + FileKind.SUPPORTED + " files)")));
  }

  static ItemCursor openFile(FileKind kind, SourceFile file, ReadOptions options) {
    if (!Files.exists(file.path()) && Files.exists(file.path(), LinkOption.NOFOLLOW_LINKS)) {
      return ItemCursor.of(Failures.of(file.origin(), Failures.unfollowableLink(file.path())));
    }
    return switch (kind) {
      case TEXT -> ItemCursor.of(TextFiles.read(file, options));
      case HTML -> ItemCursor.of(HtmlFiles.read(file, options));
      case CSV -> CsvFiles.open(file, options);
      case JSONL -> JsonlFiles.open(file, options);
    };
  }

  private static Item stdin(InputStream in, ReadOptions options) {
    String origin = "<stdin>";
    try {
      String text = DecodingReader.readAll(
          Limits.bounded(in, Limits.maxTextBytes(options), options, false));
      return Articles.check(new Document("stdin", "", "", "", "", text, origin), options,
          "input");
    } catch (IOException e) {
      return Failures.io(null, origin, e);
    }
  }
}
