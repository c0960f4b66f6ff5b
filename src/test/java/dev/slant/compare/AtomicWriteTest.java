package dev.slant.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.core.Document;
import dev.slant.core.InputException;
import dev.slant.ingest.Item;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report directory is written whole or not at all, and a previous report survives a failure. */
class AtomicWriteTest {

  @TempDir Path root;

  private static Stream<Item> articles(int n) {
    return java.util.stream.IntStream.range(0, n).mapToObj(i -> (Item) new Item.Article(
        new Document("a" + i, i % 2 == 0 ? "Ledger" : "Post", "Story " + i, "", "",
            "The brutal plan was approved on day " + i + ".", "a" + i)));
  }

  private Path previousReport() throws IOException {
    Path out = root.resolve("report");
    Compare.run(articles(4), Fixtures.analyzer(), CompareOptions.defaults(),
        Fixtures.provenance(), out, o -> {});
    return out;
  }

  private List<String> siblings() throws IOException {
    try (var s = Files.list(root)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aFailureMidwayLeavesThePreviousReportIntactAndNoTemporaryFiles() throws IOException {
    Path out = previousReport();
    String before = Files.readString(out.resolve("outlets.json"));
    int[] seen = {0};
    RuntimeException crash = assertThrows(RuntimeException.class, () -> Compare.run(
        articles(10), Fixtures.analyzer(), CompareOptions.defaults(), Fixtures.provenance(), out,
        o -> {
          if (++seen[0] == 6) {
            throw new IllegalStateException("simulated crash after 5 article pages");
          }
        }));
    assertEquals("simulated crash after 5 article pages", crash.getMessage());
    assertEquals(before, Files.readString(out.resolve("outlets.json")));
    assertEquals(4, Files.list(out.resolve("articles")).count());
    assertEquals(List.of("report"), siblings(), "temporary directory removed");
  }

  @Test
  void noReadableArticleIsAnErrorThatKeepsThePreviousReport() throws IOException {
    Path out = previousReport();
    String before = Files.readString(out.resolve("index.html"));
    Stream<Item> failures = Stream.of(new Item.Failure(new InputException("x.csv:3", "bad")));
    IOException e = assertThrows(IOException.class, () -> Compare.run(failures,
        Fixtures.analyzer(), CompareOptions.defaults(), Fixtures.provenance(), out, o -> {}));
    assertTrue(e.getMessage().contains("no article could be analysed"), e.getMessage());
    assertEquals(before, Files.readString(out.resolve("index.html")));
    assertEquals(List.of("report"), siblings());
  }

  @Test
  void aSuccessfulRunReplacesThePreviousReportWhole() throws IOException {
    Path out = previousReport();
    Files.writeString(out.resolve("articles/stale.html"), "from an older run");
    Compare.run(articles(2), Fixtures.analyzer(), CompareOptions.defaults(),
        Fixtures.provenance(), out, o -> {});
    assertFalse(Files.exists(out.resolve("articles/stale.html")));
    assertEquals(2, Files.list(out.resolve("articles")).count());
    assertEquals(List.of("report"), siblings(), "old report removed");
  }

  @Test
  void refusesToReplaceADirectoryThatIsNotAReport() throws IOException {
    Path notes = Files.createDirectories(root.resolve("notes"));
    Files.writeString(notes.resolve("todo.txt"), "keep me");
    IOException e = assertThrows(IOException.class, () -> Compare.run(articles(2),
        Fixtures.analyzer(), CompareOptions.defaults(), Fixtures.provenance(), notes, o -> {}));
    assertTrue(e.getMessage().contains("refusing to replace"), e.getMessage());
    assertEquals("keep me", Files.readString(notes.resolve("todo.txt")));
    assertEquals(List.of("notes"), siblings());
  }
}
