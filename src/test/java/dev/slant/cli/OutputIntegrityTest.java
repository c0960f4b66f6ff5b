package dev.slant.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports appear whole or not at all. {@code score --out} and {@code compare --out} write to a
 * hidden temporary file or directory beside the target and move it into place at the end, so a
 * run killed halfway (here: a child JVM killed with SIGKILL while it is writing) leaves the
 * previous report byte for byte; the only trace is a hidden {@code .NAME…tmp} entry, never a
 * partial file under the report's name. Running again on the same input writes the same bytes.
 */
class OutputIntegrityTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EXAMPLES = Path.of(System.getProperty("slant.project.dir", "."),
      "training-data", "examples", "mixed.csv");

  private static final String[] SENTENCES = {
    "The harbour council approved the so-called \"temporary\" curfew on Tuesday.",
    "Officials said the measure would be reviewed after the summer season.",
    "Critics called the vote rushed and said residents had not been consulted.",
    "Island Ferries will raise fares by 12 percent from April 1, the company said.",
    "The mayor's office described the plan as \"balanced\" in a statement.",
    "Police said two people were arrested near the marina late on Friday.",
  };

  @TempDir
  Path dir;

  // ---- killed halfway -----------------------------------------------------------------------

  @Test
  void aScoreRunKilledWhileWritingLeavesThePreviousReportIntact() throws Exception {
    Path corpus = bigCorpus(dir.resolve("corpus.jsonl"));
    Path out = dir.resolve("report.jsonl");
    byte[] previous = "{\"id\":\"previous\"}\n".getBytes(StandardCharsets.UTF_8);
    Files.write(out, previous);

    Process child = slantProcess("score", "--threads", "1", "--format", "jsonl", "--out",
        out.toString(), corpus.toString());
    killOnce(child, () -> hidden(out).stream().anyMatch(p -> size(p) > 0));

    assertArrayEquals(previous, Files.readAllBytes(out), "the previous report is untouched");
    assertOnlyHiddenLitter(out, List.of(corpus, out));

    // The next complete run replaces it whole.
    Run r = slant("score", "--format", "jsonl", "--out", out.toString(), EXAMPLES.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertTrue(Files.readString(out).startsWith("{\"id\":\"ledger-ferry\""));
  }

  @Test
  void aCompareRunKilledWhileWritingLeavesThePreviousReportIntact() throws Exception {
    Path report = dir.resolve("report");
    Run first = slant("compare", "--no-progress", "--out", report.toString(),
        EXAMPLES.toString());
    assertEquals(ExitCodes.OK, first.code(), first.err());
    Map<String, byte[]> before = snapshot(report);

    Path corpus = bigCorpus(dir.resolve("corpus.jsonl"));
    Process child = slantProcess("compare", "--no-progress", "--threads", "1", "--out",
        report.toString(), corpus.toString());
    // Killed once article pages are being written into the hidden temporary directory.
    killOnce(child, () -> hidden(report).stream()
        .anyMatch(p -> Files.isDirectory(p.resolve("articles")) && count(p.resolve("articles")) > 2));

    Map<String, byte[]> after = snapshot(report);
    assertEquals(before.keySet(), after.keySet(), "the same files");
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    assertOnlyHiddenLitter(report, List.of(corpus, report));
  }

  // ---- the same input, the same bytes -------------------------------------------------------

  @Test
  void scoringTwiceWritesIdenticalBytesInEveryFormat() throws IOException {
    for (String format : List.of("text", "json", "jsonl", "md", "html")) {
      Path a = dir.resolve("a." + format);
      Path b = dir.resolve("b." + format);
      assertEquals(ExitCodes.OK, slant("score", "--format", format, "--out", a.toString(),
          EXAMPLES.toString()).code());
      assertEquals(ExitCodes.OK, slant("score", "--format", format, "--threads", "1", "--out",
          b.toString(), EXAMPLES.toString()).code());
      assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), format);
      assertTrue(Files.size(a) > 1000, format);
    }
  }

  @Test
  void comparingTwiceWritesAnIdenticalReportDirectory() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertEquals(ExitCodes.OK, slant("compare", "--no-progress", "--out", a.toString(),
        EXAMPLES.toString()).code());
    assertEquals(ExitCodes.OK, slant("compare", "--no-progress", "--out", b.toString(),
        EXAMPLES.toString()).code());
    Map<String, byte[]> first = snapshot(a);
    Map<String, byte[]> second = snapshot(b);
    assertEquals(first.keySet(), second.keySet());
    first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));
    assertTrue(first.containsKey("index.html") && first.containsKey("outlets.json"));
  }

  // ---- outputs that cannot be written --------------------------------------------------------

  @Test
  void aDirectoryGivenAsOutIsRefusedBeforeAnythingIsAnalysedAndLeftAlone() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("reports"));
    Run r = slant("score", "--out", folder.toString(), EXAMPLES.toString());
    assertEquals(ExitCodes.FAILED, r.code());
    assertEquals("slant: cannot write " + folder + ": it is a directory; --out needs a file"
        + " name\n", r.err());
    assertTrue(Files.isDirectory(folder));
    assertEquals(0, count(folder));
  }

  /** Standard output on a full disk: the error is reported, not swallowed into exit code 0. */
  @Test
  void aFailingStandardOutputIsAnErrorNotASilentlyTruncatedReport() {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    StringWriter err = new StringWriter();
    int code = Main.run(new ByteArrayInputStream(new byte[0]),
        new PrintWriter(new OutputStreamWriter(full, StandardCharsets.UTF_8)),
        new PrintWriter(err), "score", EXAMPLES.toString());
    assertEquals(ExitCodes.FAILED, code);
    assertEquals("slant: cannot write the output: write error (disk full or output closed)\n",
        err.toString());
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** Enough articles that analysing them takes far longer than writing the first one. */
  private static Path bigCorpus(Path file) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 3_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < 12; s++) {
        text.append(SENTENCES[(i + s * 5) % SENTENCES.length]).append(' ');
      }
      sb.append(JSON.writeValueAsString(Map.of("id", "a" + i,
          "outlet", i % 3 == 0 ? "Harbour Ledger" : i % 3 == 1 ? "Valley Courier" : "Redline",
          "text", text.toString().strip()))).append('\n');
    }
    return Files.writeString(file, sb);
  }

  private static Process slantProcess(String... args) throws IOException {
    String cp = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", cp,
        "dev.slant.cli.Main"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** Waits until {@code writing} holds, then kills the child with SIGKILL. */
  private static void killOnce(Process child, java.util.function.BooleanSupplier writing)
      throws InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    try {
      while (!writing.getAsBoolean()) {
        assertTrue(child.isAlive(), "the child ended before it was caught writing (exit "
            + (child.isAlive() ? "" : child.exitValue()) + ")");
        assertTrue(System.nanoTime() < deadline, "the child never started writing");
        Thread.sleep(10);
      }
      assertTrue(child.isAlive(), "still running when killed");
    } finally {
      child.destroyForcibly();
      child.waitFor();
    }
  }

  /** Entries beside {@code target} named like its temporary files: {@code .NAME…}. */
  private List<Path> hidden(Path target) {
    return list(target.getParent(), p -> p.getFileName().toString()
        .startsWith("." + target.getFileName() + "."));
  }

  /** Nothing but the expected entries and hidden temporary ones. */
  private void assertOnlyHiddenLitter(Path target, List<Path> expected) {
    for (Path p : list(target.getParent(), p -> true)) {
      String name = p.getFileName().toString();
      assertTrue(expected.contains(p) || (name.startsWith("." + target.getFileName() + ".")
          && name.contains("tmp")), "unexpected " + p);
    }
  }

  private static List<Path> list(Path dir, Predicate<Path> filter) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(filter).toList();
    } catch (IOException e) {
      return List.of(); // a temporary entry vanished while listing: look again next time
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0; // moved or deleted meanwhile
    }
  }

  private static long count(Path dir) {
    return list(dir, p -> true).size();
  }

  /** Every file below {@code root} by relative path, with its bytes. */
  private static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(f).toString(), Files.readAllBytes(f));
      }
    }
    return out;
  }

  record Run(int code, String out, String err) {}

  private static Run slant(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
        new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }
}
