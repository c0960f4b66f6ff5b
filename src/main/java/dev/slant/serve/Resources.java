package dev.slant.serve;

import dev.slant.report.Stylesheet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The web app's own files, read from the jar once at start-up into a fixed table. Only names in
 * the table are served, so no request path can reach any other file. {@code report.css} is the
 * HTML report's stylesheet ({@link Stylesheet}), so pages and reports share their colours.
 */
final class Resources {

  record Resource(byte[] bytes, String contentType) {}

  private static final String DIR = "dev/slant/serve/web/";
  private static final List<String> FILES = List.of("index.html", "compare.html", "app.js",
      "compare.js", "serve.css", "openapi.json");

  private final Map<String, Resource> table;

  private Resources(Map<String, Resource> table) {
    this.table = Map.copyOf(table);
  }

  static Resources load() {
    Map<String, Resource> table = new HashMap<>();
    for (String name : FILES) {
      table.put(name, new Resource(read(DIR + name), contentType(name)));
    }
    table.put("report.css", new Resource(Stylesheet.css().getBytes(StandardCharsets.UTF_8),
        contentType("report.css")));
    return new Resources(table);
  }

  Optional<Resource> get(String name) {
    return Optional.ofNullable(table.get(name));
  }

  static String contentType(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".html")) {
      return "text/html; charset=utf-8";
    } else if (n.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    } else if (n.endsWith(".css")) {
      return "text/css; charset=utf-8";
    } else if (n.endsWith(".json")) {
      return "application/json; charset=utf-8";
    } else if (n.endsWith(".csv")) {
      return "text/csv; charset=utf-8";
    } else if (n.endsWith(".md")) {
      return "text/markdown; charset=utf-8";
    } else if (n.endsWith(".svg")) {
      return "image/svg+xml";
    } else if (n.endsWith(".png")) {
      return "image/png";
    }
    return "application/octet-stream";
  }

  private static byte[] read(String resource) {
    try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
