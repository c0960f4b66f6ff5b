package dev.slant.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same inputs and seed, same report, byte for byte, whatever the number of threads. */
class CompareDeterminismTest {

  @TempDir Path root;

  private Path run(String name, int threads, long seed) throws IOException {
    Path out = root.resolve(name);
    CompareOptions options = CompareOptions.defaults().withPairBy("story")
        .withThreads(threads).withSeed(seed);
    Compare.run(Fixtures.corpusItems(), Fixtures.analyzer(), options, Fixtures.provenance(), out,
        o -> {});
    return out;
  }

  private static List<Path> files(Path dir) throws IOException {
    try (var s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
    }
  }

  @Test
  void oneAndTwoThreadsWriteIdenticalReports() throws IOException {
    Path one = run("one", 1, 11);
    Path two = run("two", 2, 11);
    List<Path> files = files(one);
    assertEquals(files, files(two));
    assertEquals(6 + 31, files.size(), "six report files, one page per article, nothing else");
    for (Path f : files) {
      assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)),
          f.toString());
    }
  }

  @Test
  void theSeedIsWhatChangesTheIntervals() throws IOException {
    Path a = run("a", 1, 11);
    Path b = run("b", 1, 12);
    assertNotEquals(Files.readString(a.resolve("outlets.csv")),
        Files.readString(b.resolve("outlets.csv")));
    assertEquals(Files.readString(a.resolve("articles.csv")),
        Files.readString(b.resolve("articles.csv")));
  }
}
