package dev.slant.compare;

import dev.slant.ArticleResult;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Consumes analysed articles one at a time, in input order: writes each article's drill-down page
 * at once and keeps only an {@link ArticleRow} and the group's loaded-term counts, so memory grows
 * with the number of articles and the vocabulary of loaded terms, not with the texts.
 */
public final class Collector {

  /** Finding types whose text counts as a term for the distinctive-terms lists. */
  public static final Set<FeatureType> TERM_TYPES =
      Set.of(FeatureType.LOADED_ADJECTIVE, FeatureType.LOADED_LANGUAGE);
  static final String ARTICLES_DIR = "articles";
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final Path articlesDir;
  private final String groupBy;
  private final String pairBy;
  private final SafeNames names = new SafeNames();
  private final List<ArticleRow> rows = new ArrayList<>();
  private final Map<String, Map<String, Integer>> terms = new TreeMap<>();
  private int withoutGroup;
  private int withoutPairKey;

  /** @param reportDir the (temporary) report directory; pages go to its {@code articles/} */
  public Collector(Path reportDir, CompareOptions options) throws IOException {
    this.articlesDir = Files.createDirectories(reportDir.resolve(ARTICLES_DIR));
    this.groupBy = options.groupBy();
    this.pairBy = options.pairBy();
  }

  /** @throws UncheckedIOException if the article's page cannot be written */
  public void accept(ArticleResult result) {
    var doc = result.document();
    String group = Columns.value(doc, groupBy);
    if (group.isEmpty()) {
      group = "(no " + groupBy + ")";
      withoutGroup++;
    }
    String pairKey = pairBy == null ? "" : Columns.value(doc, pairBy);
    if (pairBy != null && pairKey.isEmpty()) {
      withoutPairKey++;
    }
    String name = names.unique(doc.outlet() + " " + doc.id()) + ".html";
    ArticleRow row = ArticleRow.of(result, group, pairKey, ARTICLES_DIR + "/" + name);
    writePage(name, ArticlePage.render(result, row, "Outlet comparison"));
    rows.add(row);
    Map<String, Integer> counts = terms.computeIfAbsent(group, g -> new TreeMap<>());
    for (Finding f : result.findings()) {
      if (TERM_TYPES.contains(f.type())) {
        counts.merge(term(f.text()), 1, Integer::sum);
      }
    }
  }

  private void writePage(String name, String html) {
    Path file = articlesDir.resolve(name).normalize();
    if (!file.getParent().equals(articlesDir.normalize())) {
      throw new IllegalStateException("page name escapes the report: " + name);
    }
    try {
      Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Folded (lower case, straight apostrophes) with inner whitespace collapsed, so "Brutal\n
   * crackdown" and "brutal crackdown" count as one term.
   */
  public static String term(String text) {
    return WHITESPACE.matcher(Text.fold(text.strip())).replaceAll(" ");
  }

  public List<ArticleRow> rows() {
    return Collections.unmodifiableList(rows);
  }

  public Map<String, Map<String, Integer>> terms() {
    return Collections.unmodifiableMap(terms);
  }

  public int withoutGroup() {
    return withoutGroup;
  }

  public int withoutPairKey() {
    return withoutPairKey;
  }
}
