package dev.slant.ingest;

import dev.slant.core.Document;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page is one article. The text is extracted with jsoup from {@code <article>}, else
 * {@code <main>}, else {@code <body>}, without scripts, styles, navigation, asides, forms and
 * footers; each paragraph, heading, list item or other block becomes one line, with whitespace
 * inside it collapsed as a browser would. Offsets refer to this extracted text. The title is
 * {@code og:title}, else {@code <title>}; outlet, date and URL come from {@code og:site_name},
 * {@code article:published_time} (or the first {@code <time datetime>}) and {@code og:url} (or
 * the canonical link).
 */
final class HtmlFiles {

  private static final String DROPPED = "script, style, noscript, template, nav, aside, footer,"
      + " form, button, select, textarea, iframe, svg, canvas, object, embed, audio, video";

  private static final Set<String> PREFORMATTED = Set.of("pre", "textarea");

  private HtmlFiles() {}

  static Item read(SourceFile file, ReadOptions options) {
    String html;
    try {
      html = TextFiles.readBounded(file, Limits.maxHtmlBytes(options), options);
    } catch (IOException e) {
      return Failures.io(file.path(), file.origin(), e);
    }
    if (html.isBlank()) {
      return Failures.of(file.origin(), html.isEmpty() ? "empty file" : "file contains only"
          + " whitespace");
    }
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    String title = meta(page, "og:title");
    if (title.isEmpty()) {
      title = page.title().strip();
    }
    String outlet = meta(page, "og:site_name");
    String date = meta(page, "article:published_time");
    if (date.isEmpty()) {
      Element time = page.selectFirst("time[datetime]");
      date = time == null ? "" : time.attr("datetime").strip();
    }
    String url = meta(page, "og:url");
    if (url.isEmpty()) {
      Element canonical = page.selectFirst("link[rel=canonical]");
      url = canonical == null ? "" : canonical.attr("href").strip();
    }
    page.select(DROPPED).remove();
    Element root = page.selectFirst("article");
    if (root == null) {
      root = page.selectFirst("main");
    }
    if (root == null) {
      root = page.body();
    }
    String text = blockText(root);
    if (text.isEmpty()) {
      return Failures.of(file.origin(), "no article text found in the HTML page");
    }
    return Articles.check(new Document(file.idBase(),
        outlet.isEmpty() ? file.folderOutlet() : outlet, title, date, url, text, file.origin()),
        options, "file");
  }

  private static String meta(org.jsoup.nodes.Document page, String property) {
    for (Element m : page.select("meta[content]")) {
      if (property.equals(m.attr("property")) || property.equals(m.attr("name"))) {
        String v = m.attr("content").strip();
        if (!v.isEmpty()) {
          return v;
        }
      }
    }
    return "";
  }

  /** Block elements and line breaks end lines; whitespace within a line is collapsed. */
  static String blockText(Element root) {
    StringBuilder raw = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      // Counted on the way down and up rather than looked up from each text node: a page of
      // 100,000 nested elements would otherwise cost 100,000 × depth steps.
      private int preformatted = preformattedAncestors(root);

      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          raw.append(preformatted > 0 ? t.getWholeText() : t.text());
        } else if (node instanceof Element e) {
          if (PREFORMATTED.contains(e.normalName())) {
            preformatted++;
          }
          if (e.isBlock() || e.nameIs("br")) {
            raw.append('\n');
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          if (PREFORMATTED.contains(e.normalName())) {
            preformatted--;
          }
          if (e.isBlock()) {
            raw.append('\n');
          }
        }
      }
    }, root);
    List<String> lines = new ArrayList<>();
    for (String line : raw.toString().replace('\u00A0', ' ').split("\r\n|\r|\n")) {
      String clean = line.replaceAll("[ \\t\\f]+", " ").strip();
      if (!clean.isEmpty()) {
        lines.add(clean);
      }
    }
    return String.join("\n", lines);
  }

  private static int preformattedAncestors(Element e) {
    int n = 0;
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (PREFORMATTED.contains(a.normalName())) {
        n++;
      }
    }
    return n;
  }
}
