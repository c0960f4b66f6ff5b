package dev.slant.report;

import dev.slant.core.FeatureType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The look of slant's HTML: the stylesheet of the {@code html} report, with one highlight colour
 * per feature type. The report inlines it; {@code slant serve} serves the same text, so the web
 * pages and the report show a finding in the same colour.
 */
public final class Stylesheet {

  /** Highlight colours, light enough to read black text on. */
  private static final Map<FeatureType, String> COLOURS = new EnumMap<>(Map.of(
      FeatureType.SCARE_QUOTE, "#f3c9f5",
      FeatureType.LOADED_ADJECTIVE, "#ffc7c2",
      FeatureType.LOADED_LANGUAGE, "#ffe0a8",
      FeatureType.ATTRIBUTION_HEDGE, "#c5e1ff",
      FeatureType.ANONYMOUS_SOURCE, "#c9efc4"));

  private static final String CSS = load() + typeRules();

  private Stylesheet() {}

  /** The highlight colour of a feature type, as {@code #rrggbb}. */
  public static String colour(FeatureType type) {
    return COLOURS.get(type);
  }

  /** The whole stylesheet, ending with a {@code .t-TYPE} rule per feature type. */
  public static String css() {
    return CSS;
  }

  private static String typeRules() {
    StringBuilder sb = new StringBuilder();
    for (FeatureType t : FeatureType.values()) {
      sb.append(".t-").append(t.id()).append(" { background: ").append(colour(t)).append("; }\n");
    }
    return sb.toString();
  }

  private static String load() {
    String resource = "templates/report.css";
    try (InputStream in = Stylesheet.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
