package dev.slant.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Document;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * On real news (the shared data, present in CI; skipped with a reason when absent) the fast
 * engine gives the same sentences, tokens and tags as OpenNLP's own TokenizerME and greedy
 * decoding, token for token: both the decisions the fast engine computes for a word or chunk it
 * has not seen and those it reuses. ({@code AnnotatorEngineTest} checks caches that turn over.)
 */
class AnnotatorEngineCorpusTest {

  private static final Path DATA = Path.of(System.getProperty("slant.shared.data",
      "../shared/data"));
  private static final Path BALY = DATA.resolve("baly2020-news-sample").resolve("articles.jsonl");
  private static final Path PTC = DATA.resolve("semeval2020-task11-ptc").resolve("datasets");

  /** Baly articles compared: about 1.5 MB, 270 k tokens. */
  private static final int BALY_ARTICLES = 250;

  @Test
  void balyNewsSampleIsAnnotatedIdentically() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(BALY), BALY + " absent: skipping");
    ObjectMapper json = new ObjectMapper();
    List<Document> docs = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(BALY, StandardCharsets.UTF_8)) {
      String line;
      while (docs.size() < BALY_ARTICLES && (line = in.readLine()) != null) {
        var node = json.readTree(line);
        docs.add(Document.of(node.get("ID").asText(), node.get("content_original").asText()));
      }
    }
    assertEquals(BALY_ARTICLES, docs.size());
    assertTrue(compare(docs) > 200_000, "a few hundred thousand tokens compared");
  }

  @Test
  void ptcArticlesAreAnnotatedIdentically() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(PTC), PTC + " absent: skipping");
    List<Document> docs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(PTC)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(200)
          .toList()) {
        docs.add(Document.of(f.getFileName().toString(),
            Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    assertEquals(200, docs.size());
    assertTrue(compare(docs) > 100_000, "over a hundred thousand tokens compared");
  }

  /** Annotates every document both ways and asserts equality; returns the tokens compared. */
  private static long compare(List<Document> docs) {
    Annotator opennlp = Annotator.of(false, Annotator.Engine.OPENNLP);
    Annotator fast = Annotator.of(false, Annotator.Engine.FAST);
    long tokens = 0;
    for (Document d : docs) {
      AnnotatedDocument expected = opennlp.annotate(d);
      AnnotatedDocument actual = fast.annotate(d);
      assertEquals(expected.sentences(), actual.sentences(), d.id());
      if (!expected.tokens().equals(actual.tokens())) {
        for (int i = 0; i < Math.min(expected.tokens().size(), actual.tokens().size()); i++) {
          assertEquals(expected.tokens().get(i), actual.tokens().get(i), d.id() + " token " + i);
        }
        assertEquals(expected.tokens().size(), actual.tokens().size(), d.id());
      }
      tokens += expected.tokens().size();
    }
    return tokens;
  }
}
