package dev.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.Analyzer;
import dev.slant.Batch;
import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Document;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.detect.Detector;
import dev.slant.ingest.Item;
import dev.slant.nlp.Annotator;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No input can make slant hold more than about one article in memory per thread: articles over
 * {@code --max-article-chars} (default 5,000,000) are refused with a message naming the option,
 * files far over it are refused by size without being read, a CSV record or JSONL line cannot
 * grow past the article budget, and standard input is counted as it is read.
 */
class ResourceLimitsTest {

  private static final String LEDE = "The council approved the harbour curfew on Tuesday. ";

  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  private static Run slant(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new ByteArrayInputStream(stdin), new PrintWriter(out),
        new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private static Run slant(String... args) {
    return slant(new byte[0], args);
  }

  @Test
  void theDefaultLimitIsDocumentedInTheHelp() {
    String help = slant("score", "--help").out().replaceAll("\\s+", " ");
    assertTrue(help.contains("--max-article-chars=N Refuse articles longer than N characters"
        + " (default: 5000000)."), help);
  }

  @Test
  void anArticleOverTheLimitIsRefusedAndScoredWhenTheLimitIsRaised() throws IOException {
    Path file = Files.writeString(dir.resolve("long.txt"), LEDE.repeat(30)); // 1,560 chars
    Run refused = slant("score", "--max-article-chars", "1000", file.toString());
    assertEquals(ExitCodes.FAILED, refused.code());
    assertEquals(file + ": article has 1,560 characters, more than the limit of 1,000 (raise it"
        + " with --max-article-chars N)", refused.err().lines().findFirst().orElseThrow());
    assertEquals(ExitCodes.OK, slant("score", "--max-article-chars", "2000", file.toString())
        .code());
  }

  @Test
  void aFileThatCannotFitTheLimitIsRefusedBeforeReading() throws IOException {
    Path file = Files.writeString(dir.resolve("big.txt"), LEDE.repeat(100)); // 5,200 bytes
    Run r = slant("score", "--max-article-chars", "1000", file.toString());
    assertEquals(file + ": file is 5,200 bytes, too long for the limit of 1,000 characters per"
        + " article; not read (raise it with --max-article-chars N)",
        r.err().lines().findFirst().orElseThrow());
  }

  @Test
  void standardInputIsCountedAsItIsRead() {
    byte[] input = LEDE.repeat(100).getBytes(StandardCharsets.UTF_8);
    Run r = slant(input, "score", "--max-article-chars", "1000", "-");
    assertEquals(ExitCodes.FAILED, r.code());
    assertEquals("<stdin>: input is more than 3,003 bytes, too long for the limit of 1,000"
        + " characters per article; not read (raise it with --max-article-chars N)",
        r.err().lines().findFirst().orElseThrow());
  }

  /**
   * An unbalanced quote at the start of a 30 MB CSV would make the parser read the rest of the
   * file into one field. The record budget (the article limit plus 1 MiB for the other fields)
   * stops it after about 6 million characters, and the message names the line it started on.
   */
  @Test
  void anUnbalancedQuoteAtTheStartOfA30MegabyteCsvStopsAtTheRecordBudget() throws IOException {
    Path file = dir.resolve("runaway.csv");
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file), 1 << 16)) {
      w.write("id,text\nfirst,\"The mayor said the plan was final\n");
      String line = "The council voted again on Tuesday to extend the harbour curfew.\n";
      for (long written = 0; written < 30_000_000; written += line.length()) {
        w.write(line);
      }
    }
    Run r = slant("score", file.toString());
    assertEquals(ExitCodes.FAILED, r.code());
    assertEquals(file + ":2: record 1 starting here has more than 6048576 characters, more than"
        + " an article may have (an unbalanced quote?); rest of file not read",
        r.err().lines().findFirst().orElseThrow());
  }

  @Test
  void aJsonlLineOverTheBudgetIsSkippedAndTheNextLinesRead() throws IOException {
    Path file = dir.resolve("lines.jsonl");
    String huge = "{\"id\":\"huge\",\"text\":\"" + "word ".repeat(220_000) + "\"}";
    Files.writeString(file, huge + "\n{\"id\":\"brief\",\"text\":\"" + LEDE + "\"}\n");
    Run r = slant("score", "--format", "jsonl", "--max-article-chars", "1000", file.toString());
    assertEquals(ExitCodes.PARTIAL, r.code());
    assertEquals(file + ":1: line longer than 1,054,576 characters, too long for the limit of"
        + " 1,000 characters per article (raise it with --max-article-chars N)",
        r.err().lines().findFirst().orElseThrow());
    assertEquals(1, r.out().lines().count());
    assertTrue(r.out().startsWith("{\"id\":\"brief\""));
  }

  /**
   * Running out of memory on one huge article fails that article with advice, and the batch goes
   * on: what the article allocated is garbage by then. (Simulated: a real heap exhaustion takes
   * the garbage collector tens of seconds to admit.)
   */
  @Test
  void runningOutOfMemoryOnOneArticleFailsOnlyThatArticle() {
    Detector greedy = new Detector() {
      @Override
      public Set<FeatureType> types() {
        return Set.of(FeatureType.LOADED_LANGUAGE);
      }

      @Override
      public List<Finding> detect(AnnotatedDocument doc) {
        if (doc.text().length() > 1_000) {
          throw new OutOfMemoryError("Java heap space");
        }
        return List.of();
      }
    };
    Analyzer analyzer = new Analyzer(Annotator.standard(), List.of(greedy));
    List<String> outcomes = new ArrayList<>();
    Batch.Summary summary = Batch.run(Stream.of(
        new Item.Article(new Document("huge", "", "", "", "", LEDE.repeat(40), "huge.txt")),
        new Item.Article(Document.of("brief", LEDE))), analyzer, 2, o -> outcomes.add(
            o instanceof Batch.Outcome.Failed f ? f.error().describe()
                : ((Batch.Outcome.Scored) o).result().document().id()));
    assertEquals(List.of("huge.txt: not enough memory to analyse this article of 2,080"
        + " characters; give Java more (e.g. SLANT_JAVA_OPTS=-Xmx4g) or use fewer --threads",
        "brief"), outcomes);
    assertEquals(1, summary.scored());
  }

  @Test
  void theLimitMustBePositive() {
    for (String n : List.of("0", "-5", "many")) {
      Run r = slant("score", "--max-article-chars", n, "--text", LEDE);
      assertEquals(ExitCodes.USAGE, r.code(), n);
    }
  }
}
