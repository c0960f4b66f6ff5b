package dev.slant.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.core.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The text a benchmark runs over: every {@code .txt} file under a directory (or one file), or the
 * articles of a JSON-lines file, repeated until at least a target size is reached, so runs on
 * different machines can be compared by what they read.
 *
 * @param description what was used, for the report
 * @param documents the articles, in a fixed order
 * @param chars total UTF-16 characters
 * @param bytes total UTF-8 bytes (MB/s figures use these)
 */
public record BenchCorpus(String description, List<Document> documents, long chars, long bytes) {

  /** The JSON keys read as an article's text, in order of preference. */
  static final List<String> TEXT_KEYS = List.of("text", "content_original");

  /**
   * The default corpus: the Baly et al. (2020) sample of 4,500 mainstream news articles in the
   * shared data when it is there, else the SemEval-2020 PTC news articles (train and dev).
   */
  public static Path defaultSource(Path sharedData) {
    Path baly = sharedData.resolve("baly2020-news-sample").resolve("articles.jsonl");
    return Files.isRegularFile(baly) ? baly
        : sharedData.resolve("semeval2020-task11-ptc").resolve("datasets");
  }

  /**
   * Reads {@code source}: a {@code .jsonl} file (one JSON object per line, its text under
   * {@code text} or, as in the Baly et al. sample, {@code content_original}), or a directory of
   * {@code .txt} articles, or one {@code .txt} file.
   *
   * @throws IOException if there is nothing to read, or a JSON line is malformed or has no text
   *     (naming the file and line)
   */
  public static BenchCorpus load(Path source, long minBytes) throws IOException {
    if (Files.isRegularFile(source) && source.toString().endsWith(".jsonl")) {
      List<String> texts = readJsonl(source);
      return repeat(List.of(source), texts, minBytes, texts.size() + " articles in " + source);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(source)) {
      files = walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".txt"))
          .sorted()
          .toList();
    }
    if (files.isEmpty()) {
      throw new IOException(source + ": no .txt files to benchmark on");
    }
    List<String> texts = new ArrayList<>();
    for (Path f : files) {
      String t = Files.readString(f, StandardCharsets.UTF_8);
      texts.add(t.startsWith("\uFEFF") ? t.substring(1) : t);
    }
    return repeat(files, texts, minBytes, files.size() + " .txt files under " + source);
  }

  /** The articles of a JSON-lines file, in file order; blank lines are skipped. */
  static List<String> readJsonl(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = json.readTree(line);
      } catch (JsonProcessingException e) {
        throw new IOException(file + ":" + (i + 1) + ": not a JSON object: "
            + e.getOriginalMessage());
      }
      JsonNode text = null;
      for (String key : TEXT_KEYS) {
        if (node != null && node.isObject() && node.path(key).isTextual()) {
          text = node.get(key);
          break;
        }
      }
      if (text == null) {
        throw new IOException(file + ":" + (i + 1) + ": no text (a JSON object with a string"
            + " under " + String.join(" or ", TEXT_KEYS) + ")");
      }
      texts.add(text.asText());
    }
    if (texts.isEmpty()) {
      throw new IOException(file + ": no articles to benchmark on");
    }
    return texts;
  }

  /**
   * @param names one per text (file names) or a single name for all (a JSON-lines file)
   * @param what what was read, for the description
   */
  private static BenchCorpus repeat(List<Path> names, List<String> texts, long minBytes,
      String what) {
    long once = 0;
    for (String t : texts) {
      once += t.getBytes(StandardCharsets.UTF_8).length;
    }
    int copies = (int) Math.max(1, (minBytes + once - 1) / once);
    List<Document> docs = new ArrayList<>();
    long chars = 0;
    for (int c = 0; c < copies; c++) {
      for (int i = 0; i < texts.size(); i++) {
        String name = names.size() == texts.size()
            ? names.get(i).getFileName().toString()
            : names.get(0).getFileName().toString() + ":" + (i + 1);
        String id = name + "#" + c;
        docs.add(new Document(id, "outlet-" + (i % 5), "", "", "", texts.get(i), id));
        chars += texts.get(i).length();
      }
    }
    String description = what + String.format(Locale.ROOT,
        " (%.1f MB), repeated %d× = %.1f MB, %d articles", once / 1e6, copies,
        once * copies / 1e6, docs.size());
    return new BenchCorpus(description, List.copyOf(docs), chars, once * copies);
  }

  static UncheckedIOException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }
}
