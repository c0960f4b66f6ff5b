package dev.slant.ingest;

import java.util.Locale;
import java.util.Optional;

/** The file formats slant reads articles from, recognised by file name extension. */
enum FileKind {
  TEXT,
  CSV,
  JSONL,
  HTML;

  static final String SUPPORTED = ".txt, .csv, .jsonl, .html or .htm";

  /**
   * The kind of a file by its name. A file named explicitly on the command line without an
   * extension is read as plain text; inside a directory only known extensions are read.
   */
  static Optional<FileKind> of(String fileName, boolean named) {
    int dot = fileName.lastIndexOf('.');
    if (dot <= 0) {
      return named ? Optional.of(TEXT) : Optional.empty();
    }
    return switch (fileName.substring(dot + 1).toLowerCase(Locale.ROOT)) {
      case "txt", "text" -> Optional.of(TEXT);
      case "csv" -> Optional.of(CSV);
      case "jsonl", "ndjson" -> Optional.of(JSONL);
      case "html", "htm" -> Optional.of(HTML);
      default -> Optional.empty();
    };
  }

  /** A file name without its extension. */
  static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 ? fileName : fileName.substring(0, dot);
  }
}
