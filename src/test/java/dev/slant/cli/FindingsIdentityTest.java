package dev.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.nlp.Annotator;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code score --format jsonl} writes the same bytes with the default annotation engine as with
 * OpenNLP's own TokenizerME and greedy POS decoding ({@code -Dslant.annotator=opennlp}): on the
 * bundled examples always, and on part of the PTC articles and of the Baly et al. news sample
 * when the shared data is there (CI has it). docs/performance.md gives the command that compares
 * the whole sample.
 */
class FindingsIdentityTest {

  private static final Path PROJECT = Path.of(System.getProperty("slant.project.dir", "."));
  private static final Path DATA = Path.of(System.getProperty("slant.shared.data",
      "../shared/data"));

  @TempDir
  Path dir;

  @Test
  void bundledExamplesGetTheSameFindings() throws IOException {
    sameFindings("examples", PROJECT.resolve("training-data/examples").toString(),
        PROJECT.resolve("training-data/outlets/corpus.csv").toString());
  }

  @Test
  void ptcArticlesGetTheSameFindings() throws IOException {
    Path train = DATA.resolve("semeval2020-task11-ptc/datasets/train-articles");
    Assumptions.assumeTrue(Files.isDirectory(train), train + " absent: skipping");
    List<Path> articles;
    try (Stream<Path> files = Files.list(train)) {
      articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(60).toList();
    }
    Path copy = Files.createDirectories(dir.resolve("ptc"));
    for (Path a : articles) {
      Files.copy(a, copy.resolve(a.getFileName()));
    }
    sameFindings("ptc", copy.toString());
  }

  @Test
  void balyNewsArticlesGetTheSameFindings() throws IOException {
    Path baly = DATA.resolve("baly2020-news-sample/articles.jsonl");
    Assumptions.assumeTrue(Files.isRegularFile(baly), baly + " absent: skipping");
    // score reads the text under "text"; the sample has it under "content_original".
    ObjectMapper json = new ObjectMapper();
    Path input = dir.resolve("baly.jsonl");
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(baly, StandardCharsets.UTF_8)) {
      String line;
      while (lines.size() < 100 && (line = in.readLine()) != null) {
        var node = json.readTree(line);
        Map<String, String> article = new LinkedHashMap<>();
        article.put("id", node.get("ID").asText());
        article.put("outlet", node.get("source").asText());
        article.put("text", node.get("content_original").asText());
        lines.add(json.writeValueAsString(article));
      }
    }
    Files.write(input, lines, StandardCharsets.UTF_8);
    sameFindings("baly", input.toString());
  }

  private void sameFindings(String name, String... inputs) throws IOException {
    Path fast = dir.resolve(name + "-fast.jsonl");
    Path opennlp = dir.resolve(name + "-opennlp.jsonl");
    score(fast, inputs);
    String before = System.getProperty(Annotator.ENGINE_PROPERTY);
    System.setProperty(Annotator.ENGINE_PROPERTY, "opennlp");
    try {
      score(opennlp, inputs);
    } finally {
      if (before == null) {
        System.clearProperty(Annotator.ENGINE_PROPERTY);
      } else {
        System.setProperty(Annotator.ENGINE_PROPERTY, before);
      }
    }
    List<String> expected = Files.readAllLines(opennlp, StandardCharsets.UTF_8);
    List<String> actual = Files.readAllLines(fast, StandardCharsets.UTF_8);
    assertTrue(expected.size() >= 3, "articles were scored");
    assertTrue(expected.stream().anyMatch(l -> l.contains("\"findings\":[{")),
        "some articles have findings");
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), name + " article " + (i + 1));
    }
  }

  private static void score(Path out, String... inputs) {
    List<String> args = new ArrayList<>(List.of("score", "--format", "jsonl", "--out",
        out.toString()));
    args.addAll(List.of(inputs));
    StringWriter err = new StringWriter();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
        new PrintWriter(err), args.toArray(String[]::new));
    assertEquals(0, code, err.toString());
  }
}
