package dev.slant.core;

import java.util.Objects;

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
 */
public record Document(
    String id, String outlet, String title, String date, String url, String text, String origin) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    outlet = outlet == null ? "" : outlet;
    title = title == null ? "" : title;
    date = date == null ? "" : date;
    url = url == null ? "" : url;
    origin = origin == null ? id : origin;
  }

  public static Document of(String id, String text) {
    return new Document(id, "", "", "", "", text, id);
  }
}
