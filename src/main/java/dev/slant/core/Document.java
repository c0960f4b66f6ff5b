package dev.slant.core;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An article as read from its source, before any analysis.
 *
 * @param id stable identifier (file name without extension, the {@code id} column, or a record number)
 * @param outlet publishing outlet, or "" when unknown
 * @param title headline, or ""
 * @param date publication date as given, or ""
 * @param url source URL, or ""
 * @param text the article text exactly as read, with only a leading BOM removed
 * @param origin where it came from, for error messages: {@code path} or {@code path:line}
 * @param extra further columns of a CSV row or JSONL record (e.g. {@code story}), by column name,
 *     so reports can group or pair articles by them; empty for formats without columns
 */
public record Document(
    String id, String outlet, String title, String date, String url, String text, String origin,
    Map<String, String> extra) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    outlet = outlet == null ? "" : outlet;
    title = title == null ? "" : title;
    date = date == null ? "" : date;
    url = url == null ? "" : url;
    origin = origin == null ? id : origin;
    extra = extra == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(extra));
  }

  public Document(
      String id, String outlet, String title, String date, String url, String text, String origin) {
    this(id, outlet, title, date, url, text, origin, Map.of());
  }

  public static Document of(String id, String text) {
    return new Document(id, "", "", "", "", text, id);
  }
}
