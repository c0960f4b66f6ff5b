package dev.slant.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output does not depend on how many threads analysed it: same bytes with 1 and 2 threads. */
class ThreadIndependenceTest {

  private static final Path PROJECT = Path.of(System.getProperty("slant.project.dir", "."));

  @TempDir
  Path dir;

  private static void slant(String... args) {
    StringWriter err = new StringWriter();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
        new PrintWriter(err), args);
    assertEquals(0, code, err.toString());
  }

  @Test
  void scoreJsonlIsByteIdenticalWithOneAndTwoThreads() throws IOException {
    String corpus = PROJECT.resolve("training-data/outlets/corpus.csv").toString();
    String examples = PROJECT.resolve("training-data/examples").toString();
    Path one = dir.resolve("one.jsonl");
    Path two = dir.resolve("two.jsonl");
    slant("score", "--format", "jsonl", "--threads", "1", "--out", one.toString(), corpus,
        examples);
    slant("score", "--format", "jsonl", "--threads", "2", "--out", two.toString(), corpus,
        examples);
    byte[] expected = Files.readAllBytes(one);
    assertTrue(Files.readAllLines(one).size() >= 40, "a corpus of some size");
    assertArrayEquals(expected, Files.readAllBytes(two));
  }

  @Test
  void compareWithTheSentenceModelIsByteIdenticalWithOneAndTwoThreads() throws IOException {
    String corpus = PROJECT.resolve("training-data/outlets/corpus.csv").toString();
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    slant("compare", "--threads", "1", "--pair-by", "story", "--out", one.toString(), corpus);
    slant("compare", "--threads", "2", "--pair-by", "story", "--out", two.toString(), corpus);
    List<Path> files;
    try (var walk = Files.walk(one)) {
      files = walk.filter(Files::isRegularFile).map(one::relativize).sorted().toList();
    }
    assertEquals(6 + 31, files.size());
    assertTrue(Files.readString(one.resolve("outlets.json")).contains("\"biased_sentences\""),
        "the model's measure is in the report");
    for (Path f : files) {
      assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)),
          f.toString());
    }
  }
}
