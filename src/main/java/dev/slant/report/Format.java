package dev.slant.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The output formats of {@code slant score}. */
public enum Format {
  TEXT,
  JSON,
  JSONL,
  MD,
  HTML;

  /** The name used on the command line: {@code text}, {@code json}, … */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Format> fromId(String id) {
    return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst();
  }

  /**
   * A fresh renderer for one output.
   *
   * @param color ANSI colours in the {@code text} format (only for a terminal)
   */
  public Renderer renderer(boolean color) {
    return switch (this) {
      case TEXT -> new TextRenderer(color);
      case JSON -> new JsonRenderer();
      case JSONL -> new JsonlRenderer();
      case MD -> new MarkdownRenderer();
      case HTML -> new HtmlRenderer("slant report");
    };
  }
}
