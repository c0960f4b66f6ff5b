package dev.slant.bench;

import dev.slant.core.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The text a benchmark runs over: every {@code .txt} file under a directory (or one file),
 * repeated until at least a target size is reached, so runs on different machines can be compared
 * by what they read.
 *
 * @param description what was used, for the report
 * @param documents the articles, in a fixed order
 * @param chars total UTF-16 characters
 * @param bytes total UTF-8 bytes (MB/s figures use these)
 */
public record BenchCorpus(String description, List<Document> documents, long chars, long bytes) {

  /** The default corpus: the SemEval-2020 PTC news articles (train and dev) in the shared data. */
  public static Path defaultSource(Path sharedData) {
    return sharedData.resolve("semeval2020-task11-ptc").resolve("datasets");
  }

  public static BenchCorpus load(Path source, long minBytes) throws IOException {
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
    long once = 0;
    for (Path f : files) {
      String t = Files.readString(f, StandardCharsets.UTF_8);
      t = t.startsWith("\uFEFF") ? t.substring(1) : t;
      texts.add(t);
      once += t.getBytes(StandardCharsets.UTF_8).length;
    }
    int copies = (int) Math.max(1, (minBytes + once - 1) / once);
    List<Document> docs = new ArrayList<>();
    long chars = 0;
    for (int c = 0; c < copies; c++) {
      for (int i = 0; i < texts.size(); i++) {
        String id = files.get(i).getFileName().toString() + "#" + c;
        docs.add(new Document(id, "outlet-" + (i % 5), "", "", "", texts.get(i), id));
        chars += texts.get(i).length();
      }
    }
    String description = String.format(
        "%d .txt files under %s (%.1f MB), repeated %d× = %.1f MB, %d articles",
        files.size(), source, once / 1e6, copies, once * copies / 1e6, docs.size());
    return new BenchCorpus(description, List.copyOf(docs), chars, once * copies);
  }

  static UncheckedIOException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }
}
