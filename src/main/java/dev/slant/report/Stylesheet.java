package dev.slant.report;

import dev.slant.core.FeatureType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The look of every slant HTML page: one palette and one stylesheet. {@code score --format html}
 * inlines the stylesheet, {@code compare} inlines it in its index and article pages, and {@code
 * slant serve} serves the same text as {@code /static/report.css} (its own {@code serve.css} adds
 * layout only, in these colours), so a finding has the same colour wherever it is shown. The
 * palette lives here, and only here: the stylesheet resource ({@code templates/report.css}) and
 * {@code serve.css} use its colours as CSS variables ({@code var(--ink)}), {@code compare}'s
 * charts take {@link #INK} and {@link #ACCENT}, and {@code serve}'s API hands out {@link
 * #colour(FeatureType)}.
 */
public final class Stylesheet {

  /** Text, chart labels and error bars. */
  public static final String INK = "#1f2a44";

  /** Emphasis: the underline of biased sentences, the dots of the charts. */
  public static final String ACCENT = "#b33a3a";

  /** Highlight colours, light enough to read black text on. */
  private static final Map<FeatureType, String> COLOURS = new EnumMap<>(Map.of(
      FeatureType.SCARE_QUOTE, "#f3c9f5",
      FeatureType.LOADED_ADJECTIVE, "#ffc7c2",
      FeatureType.LOADED_LANGUAGE, "#ffe0a8",
      FeatureType.ATTRIBUTION_HEDGE, "#c5e1ff",
      FeatureType.ANONYMOUS_SOURCE, "#c9efc4"));

  /** Every other colour, by the name of its CSS variable. */
  private static final Map<String, String> PALETTE = palette();

  private static final String CSS = variables() + load() + typeRules();

  private Stylesheet() {}

  private static Map<String, String> palette() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("ink", INK);
    p.put("muted", "#5b6478");
    p.put("background", "#fff");
    p.put("paper", "#fcfcfd");
    p.put("line", "#d8dce5");
    p.put("band", "#f4f6fa");
    p.put("link", "#1b4f9c");
    p.put("accent", ACCENT);
    p.put("significant", "#fff6e0");
    p.put("unmarked", "#eee");
    p.put("bar", "#8a8ab8");
    p.put("good", "#205020");
    p.put("error", "#a00000");
    p.put("action", "#2f2f6b");
    p.put("panel", "#fafafa");
    p.put("control", "#888");
    return p;
  }

  /**
   * The underline of sentences a sentence-bias model rates biased, added only to pages that show
   * such a verdict ({@code compare}'s article pages), so pages without one do not mention it.
   */
  public static final String BIASED_SENTENCES = ".sentence.biased { text-decoration: underline"
      + " 2px var(--accent); text-underline-offset: 3px; }\n";

  /** The highlight colour of a feature type, as {@code #rrggbb}. */
  public static String colour(FeatureType type) {
    return COLOURS.get(type);
  }

  /**
   * The whole stylesheet: the palette as CSS variables, the rules of {@code templates/report.css},
   * and a {@code .t-TYPE} rule per feature type.
   */
  public static String css() {
    return CSS;
  }

  private static String variables() {
    StringBuilder sb = new StringBuilder(":root {");
    PALETTE.forEach((name, colour) -> sb.append(" --").append(name).append(": ").append(colour)
        .append(';'));
    return sb.append(" }\n").toString();
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
