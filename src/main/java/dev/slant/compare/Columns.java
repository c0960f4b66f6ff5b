package dev.slant.compare;

import dev.slant.core.Document;
import java.util.Set;

/**
 * The value of a named column of an article, for {@code --group-by} and {@code --pair-by}: the
 * document fields {@code outlet}, {@code id}, {@code title}, {@code date} and {@code url}, or any
 * further CSV/JSONL column kept in {@link Document#extra()} (e.g. {@code story}).
 */
public final class Columns {

  public static final Set<String> FIELDS = Set.of("outlet", "id", "title", "date", "url");

  private Columns() {}

  /** The column's value, trimmed; "" when the article has no such column or it is empty. */
  public static String value(Document doc, String column) {
    String v = switch (column) {
      case "outlet" -> doc.outlet();
      case "id" -> doc.id();
      case "title" -> doc.title();
      case "date" -> doc.date();
      case "url" -> doc.url();
      default -> doc.extra().getOrDefault(column, "");
    };
    return v == null ? "" : v.strip();
  }
}
