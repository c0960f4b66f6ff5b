package dev.slant.evaluate;

import dev.slant.io.Utf8;
import dev.slant.core.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The training part of the Propaganda Techniques Corpus (SemEval-2020 Task 11): articles
 * {@code train-articles/article<ID>.txt} and their technique labels
 * {@code train-labels-task2-technique-classification/article<ID>.task2-TC.labels} (TAB-separated
 * {@code id technique start end}; technique names contain commas, so only TABs separate).
 *
 * <p>Articles are decoded as strict UTF-8 and the BOM is <em>kept</em>, because PTC's offsets
 * count it; {@link PtcArticle} converts offsets to the BOM-less UTF-16 text slant analyses. The
 * corpus is research data read in place and never copied.
 */
public final class PtcCorpus {

  public static final String ARTICLES = "train-articles";
  public static final String LABELS = "train-labels-task2-technique-classification";
  private static final Pattern ARTICLE_FILE = Pattern.compile("article(\\d+)\\.txt");

  private final Path articles;
  private final Path labels;

  private PtcCorpus(Path articles, Path labels) {
    this.articles = articles;
    this.labels = labels;
  }

  /**
   * Opens the corpus in {@code dir}: the folder holding {@value #ARTICLES} and {@value #LABELS},
   * or its parent (the distribution's top folder, which has them under {@code datasets/}).
   */
  public static PtcCorpus open(Path dir) throws InputException {
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir.toString(), "PTC folder not found");
    }
    for (Path base : List.of(dir, dir.resolve("datasets"))) {
      if (Files.isDirectory(base.resolve(ARTICLES)) && Files.isDirectory(base.resolve(LABELS))) {
        return new PtcCorpus(base.resolve(ARTICLES), base.resolve(LABELS));
      }
    }
    throw new InputException(dir.toString(), "not a PTC folder: expected " + ARTICLES + "/ and "
        + LABELS + "/ in it or in its datasets/ folder");
  }

  /** Article ids in numeric order. */
  public List<String> articleIds() throws InputException {
    try (Stream<Path> files = Files.list(articles)) {
      return files.map(p -> ARTICLE_FILE.matcher(p.getFileName().toString()))
          .filter(Matcher::matches)
          .map(m -> m.group(1))
          .sorted((a, b) -> a.length() != b.length()
              ? Integer.compare(a.length(), b.length()) : a.compareTo(b))
          .toList();
    } catch (IOException e) {
      throw new InputException(articles.toString(), "cannot list: " + e.getMessage(), e);
    }
  }

  public Path articlesDir() {
    return articles;
  }

  public Path labelsDir() {
    return labels;
  }

  public Path articlePath(String id) {
    return articles.resolve("article" + id + ".txt");
  }

  public Path labelsPath(String id) {
    return labels.resolve("article" + id + ".task2-TC.labels");
  }

  /** Reads one article and its labels, checking every label against the text. */
  public PtcArticle read(String id) throws InputException {
    Path path = articlePath(id);
    String raw = Utf8.readKeepingBom(path);
    int length = raw.codePointCount(0, raw.length());
    boolean bom = raw.startsWith("\uFEFF");
    List<PtcLabel> list = new ArrayList<>();
    Path labelFile = labelsPath(id);
    List<String> lines = readLines(labelFile);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String origin = labelFile + ":" + (i + 1);
      String[] cols = line.split("\t", -1);
      if (cols.length != 4) {
        throw new InputException(origin, "expected 4 TAB-separated columns (id, technique, start,"
            + " end), found " + cols.length);
      }
      if (!cols[0].equals(id)) {
        throw new InputException(origin, "label for article " + cols[0] + " in the file of " + id);
      }
      int start = integer(cols[2], "start", origin);
      int end = integer(cols[3], "end", origin);
      if (end <= start || end > length) {
        throw new InputException(origin, "span [" + start + ", " + end + ") is empty or outside the"
            + " article (" + length + " code points)");
      }
      if (bom && start == 0) {
        throw new InputException(origin, "span starts on the byte-order mark");
      }
      list.add(new PtcLabel(cols[1], start, end, i + 1));
    }
    return new PtcArticle(id, raw, list, path.toString());
  }

  /** Reads every article, in {@link #articleIds()} order. */
  public List<PtcArticle> readAll() throws InputException {
    List<PtcArticle> out = new ArrayList<>();
    for (String id : articleIds()) {
      out.add(read(id));
    }
    return out;
  }

  /**
   * Fails if one of {@code techniques} has no span in these articles: a misspelt name would
   * otherwise score or train against nothing. The message lists the techniques present.
   */
  public static void requireTechniques(String origin, List<PtcArticle> articles,
      Collection<String> techniques) throws InputException {
    Set<String> present = new TreeSet<>();
    articles.forEach(a -> a.labels().forEach(l -> present.add(l.technique())));
    for (String t : new TreeSet<>(techniques)) {
      if (!present.contains(t)) {
        throw new InputException(origin, "no spans of technique \"" + t
            + "\"; techniques present: " + String.join(", ", present));
      }
    }
  }

  private static List<String> readLines(Path file) throws InputException {
    String content = Utf8.readKeepingBom(file);
    if (content.isEmpty()) {
      return List.of();
    }
    List<String> lines = new ArrayList<>(List.of(content.split("\r?\n", -1)));
    if (lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  private static int integer(String s, String what, String origin) throws InputException {
    try {
      int v = Integer.parseInt(s.strip());
      if (v < 0) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new InputException(origin, what + " must be a non-negative integer, got \"" + s + "\"");
    }
  }
}
