package dev.slant.compare;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.slant.report.Markdown;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The bundled jmustache templates. {@code {{x}}} is escaped (HTML for pages, Markdown for
 * report.md); {@code {{{x}}}} is used only for markup the code built itself (charts, highlighted
 * article text, the style sheet, which is {@link dev.slant.report.Stylesheet}'s).
 */
final class Templates {

  static final Template INDEX = html("index.html.mustache");
  static final Template ARTICLE = html("article.html.mustache");
  static final Template REPORT_MD = Mustache.compiler().withEscaper(Markdown::escape)
      .defaultValue("").emptyStringIsFalse(true).compile(resource("report.md.mustache"));

  private Templates() {}

  private static Template html(String name) {
    return Mustache.compiler().escapeHTML(true).defaultValue("").emptyStringIsFalse(true)
        .compile(resource(name));
  }

  static String resource(String name) {
    try (InputStream in = Objects.requireNonNull(
        Templates.class.getResourceAsStream(name), "missing bundled resource " + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
