package dev.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: the small files in {@code src/test/resources/bad-input/} plus the cases
 * that must be big, binary-special or unreadable, generated here (a 50 MB article, 100,000 nested
 * divs, 100,000 CSV columns, a symbolic link loop, a dangling link, a file without read
 * permission, a folder named like a file, an empty folder; a named pipe separately). Each case, on its own,
 * is either scored correctly or refused with one line naming the file (and line or record) and
 * the documented exit code; all of them in one run score every good article, list every bad one
 * once with its reason, exit 1 and never show a stack trace.
 */
class BadInputCorpusTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path RESOURCES = Path.of(System.getProperty("slant.project.dir", "."),
      "src", "test", "resources", "bad-input");

  private static final String CUT_OFF_UTF8 = "; slant reads UTF-8 (or UTF-16 with a byte-order"
      + " mark): re-save the file as UTF-8";
  private static final String NO_TEXT_COLUMN = " (the article text must be in a column named"
      + " text; optional columns: id, outlet, title, date, url)";
  private static final String FIFTY_MB = "file is 52,428,800 bytes, too long for the limit of"
      + " 5,000,000 characters per article; not read (raise it with --max-article-chars N)";

  @TempDir
  static Path temp;
  static Path corpus;
  static boolean unreadable;

  /**
   * One input and what slant must make of it on its own.
   *
   * @param ids the ids scored, in order
   * @param errors the failure lines, {@code name[:line]: message}, relative to the corpus
   * @param warnings warning lines, in the same form
   */
  record Case(String name, int exit, List<String> ids, List<String> errors,
      List<String> warnings) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case good(String name, String... ids) {
    return new Case(name, ExitCodes.OK, List.of(ids), List.of(), List.of());
  }

  private static Case bad(String name, String... errors) {
    return new Case(name, ExitCodes.FAILED, List.of(), List.of(errors), List.of());
  }

  private static Case partial(String name, List<String> ids, String... errors) {
    return new Case(name, ExitCodes.PARTIAL, ids, List.of(errors), List.of());
  }

  static List<Case> cases() {
    return List.of(
        good("good-article.txt", "good-article"),
        good("good-crlf.txt", "good-crlf"),
        good("good-cr.txt", "good-cr"),
        good("good-utf16-bom.txt", "good-utf16-bom"),
        good("good-utf8-bom.txt", "good-utf8-bom"),
        good("scripts-and-styles.html", "scripts-and-styles"),
        good("nested-divs.html", "nested-divs"),
        good("wide.csv", "wide-1", "wide-2"),
        good("folder.txt", "inner"),
        new Case("duplicate-ids.csv", ExitCodes.OK, List.of("dup", "dup"), List.of(),
            List.of("duplicate-ids.csv:3: warning: id 'dup' is already used by"
                + " {dir}duplicate-ids.csv:2; both articles are kept under the same id")),
        bad("empty.txt", "empty.txt: empty file"),
        bad("whitespace-only.txt", "whitespace-only.txt: file contains only whitespace"),
        bad("binary.txt", "binary.txt: binary data, not text (contains NUL bytes at byte offset"
            + " 8; UTF-16 text needs a byte-order mark)"),
        bad("control-characters.txt",
            "control-characters.txt: binary data, not text (mostly control characters)"),
        bad("utf16-no-bom.txt", "utf16-no-bom.txt: binary data, not text (contains NUL bytes"
            + " at byte offset 1; UTF-16 text needs a byte-order mark)"),
        bad("windows-1252.txt", "windows-1252.txt:2: invalid UTF-8 at byte offset 48 (line 2,"
            + " bytes 0x93); the file looks like Windows-1252 (where 0x93 is “): re-save it as"
            + " UTF-8, e.g. iconv -f windows-1252 -t utf-8"),
        bad("invalid-utf8.txt", "invalid-utf8.txt:3: invalid UTF-8 at byte offset 55 (line 3,"
            + " bytes 0xE2 0x80)" + CUT_OFF_UTF8),
        partial("unbalanced-quote.csv", List.of("csv-ok"), "unbalanced-quote.csv:3: unbalanced"
            + " quote: a quoted field opened on line 3 in record 2 is never closed; rest of file"
            + " not read"),
        bad("missing-text-column.csv", "missing-text-column.csv:1: no 'text' column in the"
            + " header [id, outlet, body]" + NO_TEXT_COLUMN),
        new Case("semicolon.csv", ExitCodes.OK, List.of("s1"), List.of(), List.of()),
        partial("wrong-field-count.csv", List.of("w1", "w3"),
            "wrong-field-count.csv:3: record 2 has 3 fields but the header has 2"),
        partial("broken-line.jsonl", List.of("json-ok-1", "json-ok-3"), "broken-line.jsonl:2:"
            + " invalid JSON at column 43: Unexpected end-of-input: was expecting closing quote"
            + " for a string value"),
        partial("not-articles.jsonl", List.of("json-ok"),
            "not-articles.jsonl:1: expected a JSON object with a \"text\" key, found an array",
            "not-articles.jsonl:2: no \"text\" key (each line needs {\"text\": \"...\"};"
                + " optional keys: id, outlet, title, date, url)",
            "not-articles.jsonl:3: \"text\" must be a string, found a number"),
        bad("deeply-nested.jsonl", "deeply-nested.jsonl:1: invalid JSON: Document nesting depth"
            + " (1001) exceeds the maximum allowed (1000)"),
        bad("script-only.html", "script-only.html: no article text found in the HTML page"),
        bad("huge-article.txt", "huge-article.txt: " + FIFTY_MB),
        bad("loop.txt", "loop.txt: symbolic link loop (the link leads back to itself)"),
        bad("dangling.txt", "dangling.txt: broken symbolic link (its target does not exist)"),
        bad("unreadable.txt", "unreadable.txt: permission denied"),
        bad("empty-folder", "empty-folder: no articles here: the directory holds no .txt, .csv,"
            + " .jsonl, .html or .htm files"));
  }

  @BeforeAll
  static void buildCorpus() throws IOException {
    corpus = temp.resolve("corpus");
    Files.createDirectories(corpus);
    try (Stream<Path> files = Files.list(RESOURCES)) {
      for (Path f : files.toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    nestedDivs(corpus.resolve("nested-divs.html"), 100_000);
    wideCsv(corpus.resolve("wide.csv"), 100_000);
    fiftyMegabytes(corpus.resolve("huge-article.txt"));
    Files.createSymbolicLink(corpus.resolve("loop.txt"), Path.of("loop.txt"));
    Files.createSymbolicLink(corpus.resolve("dangling.txt"), Path.of("deleted-article.txt"));
    Files.createDirectories(corpus.resolve("folder.txt"));
    Files.writeString(corpus.resolve("folder.txt/inner.txt"),
        "Officials said the ferry will run on Sunday.\n");
    Files.createDirectories(corpus.resolve("empty-folder"));
    Path secret = Files.writeString(corpus.resolve("unreadable.txt"),
        "The council met in private on Monday.\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    unreadable = !Files.isReadable(secret);
  }

  /** Nesting as deep as a zip bomb is wide; every tenth div holds a word. */
  private static void nestedDivs(Path file, int depth) throws IOException {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><title>Deep</title></head>"
        + "<body>");
    for (int i = 0; i < depth; i++) {
      sb.append(i % 10 == 0 ? "<div>council " : "<div>");
    }
    sb.append("The \"temporary\" curfew.");
    sb.append("</div>".repeat(depth)).append("</body></html>\n");
    Files.writeString(file, sb);
  }

  private static void wideCsv(Path file, int columns) throws IOException {
    StringBuilder sb = new StringBuilder("id,text");
    for (int i = 2; i < columns; i++) {
      sb.append(",c").append(i);
    }
    sb.append('\n');
    for (String id : List.of("wide-1", "wide-2")) {
      sb.append(id).append(",The council approved the curfew.")
          .append(",x".repeat(columns - 2)).append('\n');
    }
    Files.writeString(file, sb);
  }

  /** 50 MiB of real prose, written in large blocks. */
  private static void fiftyMegabytes(Path file) throws IOException {
    byte[] line = "The council approved the \"temporary\" curfew on Tuesday, officials said.\n"
        .getBytes(StandardCharsets.UTF_8);
    ByteBuffer block = ByteBuffer.allocate(1 << 20);
    while (block.remaining() >= line.length) {
      block.put(line);
    }
    while (block.hasRemaining()) {
      block.put((byte) ' ');
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE)) {
      for (int i = 0; i < 50; i++) {
        block.flip();
        while (block.hasRemaining()) {
          ch.write(block);
        }
        block.limit(block.capacity());
      }
    }
  }

  /** A named pipe, which nobody ever writes to; false if the system cannot make one. */
  private static boolean mkfifo(Path path) {
    try {
      Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
      return p.waitFor() == 0 && Files.exists(path) && !Files.isRegularFile(path);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  // ---- each case on its own ----------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachCaseIsScoredOrRefusedWithOneLineNamingFileAndLine(Case c) {
    if (c.name().equals("unreadable.txt")) {
      assumeTrue(unreadable, "running with privileges that can read any file (root):"
          + " permission case skipped");
    }
    Run r = score(corpus.resolve(c.name()).toString());
    assertEquals(c.exit(), r.code(), r.err());
    assertEquals(c.ids(), r.ids());
    List<String> errors = c.errors().stream().map(BadInputCorpusTest::absolute).toList();
    assertEquals(errors, r.streamedFailures(), "each failure reported as it happens");
    assertEquals(errors, r.summaryFailures(), "and listed once at the end");
    assertEquals(c.warnings().stream().map(BadInputCorpusTest::absolute).toList(), r.warnings());
    assertNoStackTrace(r.err());
  }

  @Test
  void scriptsStylesAndNavigationAreNotArticleText() {
    Run r = score(corpus.resolve("scripts-and-styles.html").toString());
    JsonNode article = r.articles().get(0);
    assertEquals("Curfew vote", article.get("title").textValue());
    assertEquals("Harbour Ledger", article.get("outlet").textValue());
    // Script, style, noscript, nav and footer each hold a quoted word; only the article's counts.
    List<String> quoted = new ArrayList<>();
    article.get("findings").forEach(f -> {
      if (f.get("type").textValue().equals("scare_quote")) {
        quoted.add(f.get("text").textValue());
      }
    });
    assertEquals(List.of("\"temporary\""), quoted, "nothing from script, style, nav or footer");
    // Headline 3, lede 10 ("so-called" is two words), last sentence 6.
    assertEquals(3 + 10 + 6, article.get("words").intValue());
  }

  @Test
  void lineEndingsDoNotShiftOffsets() throws IOException {
    for (String name : List.of("good-crlf.txt", "good-cr.txt")) {
      String text = Files.readString(corpus.resolve(name));
      JsonNode finding = score(corpus.resolve(name).toString()).articles().get(0)
          .get("findings").get(0);
      int start = finding.get("start").intValue();
      assertEquals("\"modest\"", text.substring(start, finding.get("end").intValue()), name);
    }
  }

  @Test
  void aNamedPipeInAFolderIsReportedNotWaitedFor() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("with-pipe"));
    Files.writeString(folder.resolve("brief.txt"), "Officials said the ferry will run.\n");
    Path pipe = folder.resolve("pipe.txt");
    assumeTrue(mkfifo(pipe), "mkfifo is not available: named-pipe case skipped");
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> score(folder.toString()));
    assertEquals(ExitCodes.PARTIAL, r.code(), r.err());
    assertEquals(List.of("brief"), r.ids());
    assertEquals(List.of(pipe + ": not a regular file (a named pipe, socket or device); not read"),
        r.summaryFailures());
  }

  /** Ids are the user's key to join results back: kept as given, each repeat warned about. */
  @Test
  void repeatedIdsAreKeptAndWarnedAboutUpToALimit() throws IOException {
    StringBuilder csv = new StringBuilder("id,text\n");
    for (int i = 0; i < 25; i++) {
      csv.append("same,The council met for the ").append(i + 1).append(" time.\n");
    }
    Path file = Files.writeString(temp.resolve("repeats.csv"), csv);
    Run r = score(file.toString());
    assertEquals(ExitCodes.OK, r.code(), "a warning does not change the exit code");
    assertEquals(25, r.ids().size());
    List<String> warnings = r.warnings();
    assertEquals(DuplicateIds.MAX_LISTED, warnings.size());
    assertEquals(file + ":3: warning: id 'same' is already used by " + file + ":2; both articles"
        + " are kept under the same id", warnings.get(0));
    assertTrue(r.err().endsWith("warning: 24 articles repeat an earlier id; the first 20 are"
        + " listed above\n"), r.err());
  }

  /** A bad --lexicon file stops the run before any article is read: exit 3, one line. */
  @Test
  void unreadableLexiconFilesAreFatalWithOneLine() throws IOException {
    Path missing = temp.resolve("hedges.missing.tsv");
    Path folder = Files.createDirectories(temp.resolve("hedges.folder.tsv"));
    Path latin1 = Files.write(temp.resolve("hedges.latin1.tsv"), new byte[] {'t', 'e', 'r', 'm',
        '\t', 'k', 'i', 'n', 'd', '\t', 'w', 'e', 'i', 'g', 'h', 't', '\t', 'n', 'o', 't', 'e',
        '\n', 'c', 'a', 'f', (byte) 0xE9});
    Path good = corpus.resolve("good-article.txt");
    for (var c : List.of(
        List.of(missing.toString(), missing + ": no such lexicon file"),
        List.of(folder.toString(), folder + ": is a directory, not a lexicon file"),
        List.of(latin1.toString(), latin1 + ":2: not valid UTF-8 (byte 0xE9 at byte offset 25);"
            + " save the lexicon as UTF-8"))) {
      Run r = slant("--lexicon", c.get(0), good.toString());
      assertEquals(ExitCodes.FAILED, r.code());
      assertEquals(c.get(1) + "\n", r.err());
      assertEquals("", r.out());
    }
  }

  // ---- all of them at once -----------------------------------------------------------------

  @Test
  void theWholeCorpusInOneRunScoresTheGoodListsTheBadAndExitsOne() {
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(120),
        () -> slant("--threads", "2", corpus.toString()));
    assertEquals(ExitCodes.PARTIAL, r.code(), r.err());
    assertNoStackTrace(r.err());

    // Files are read in path order; a folder's files are named by their path below the corpus.
    List<Case> inOrder = new ArrayList<>(cases());
    inOrder.sort(Comparator.comparing(Case::name));
    List<String> ids = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Case c : inOrder) {
      if (c.name().equals("folder.txt")) {
        ids.add("folder.txt/inner");
      } else if (c.name().equals("unreadable.txt") && !unreadable) {
        ids.add("unreadable");
      } else if (!c.name().equals("empty-folder")) { // an empty subfolder holds nothing to read
        ids.addAll(c.ids());
        c.errors().forEach(e -> failures.add(absolute(e)));
      }
    }
    assertEquals(ids, r.ids(), "every good article scored, in path order");
    assertEquals(failures, r.streamedFailures());
    assertEquals(failures, r.summaryFailures(), "each bad input listed once, with its reason");
    assertTrue(r.err().contains("scored " + ids.size() + " articles, " + failures.size()
        + " failed:\n"), r.err());
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** {@code name: message} with the corpus path in front, as slant names inputs. */
  private static String absolute(String line) {
    return corpus.resolve("") + "/" + line.replace("{dir}", corpus.resolve("") + "/");
  }

  private static void assertNoStackTrace(String err) {
    assertFalse(err.contains("at dev.") || err.contains("Exception in thread")
        || err.contains("\tat ") || err.contains("Exception"), err);
  }

  record Run(int code, String out, String err) {

    List<JsonNode> articles() {
      return out.lines().map(line -> {
        try {
          return JSON.readTree(line);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    }

    List<String> ids() {
      return articles().stream().map(a -> a.get("id").textValue()).toList();
    }

    /** Failure lines printed while the batch ran (before the summary). */
    List<String> streamedFailures() {
      List<String> out = new ArrayList<>();
      for (String line : err.lines().toList()) {
        if (line.startsWith("scored ")) {
          break;
        }
        if (!line.contains(": warning: ") && !line.startsWith("warning: ")) {
          out.add(line);
        }
      }
      return out;
    }

    /** The failures listed under "scored N articles, M failed:". */
    List<String> summaryFailures() {
      List<String> lines = err.lines().toList();
      int header = -1;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).startsWith("scored ")) {
          header = i;
        }
      }
      List<String> out = new ArrayList<>();
      for (int i = header + 1; header >= 0 && i < lines.size(); i++) {
        if (lines.get(i).startsWith("  ")) {
          out.add(lines.get(i).substring(2));
        }
      }
      return out;
    }

    List<String> warnings() {
      return err.lines().filter(l -> l.contains(": warning: ")).toList();
    }
  }

  /** {@code slant score --format jsonl --threads 1 INPUT}. */
  private static Run score(String input) {
    return slant("--threads", "1", input);
  }

  private static Run slant(String... scoreArgs) {
    List<String> args = new ArrayList<>(List.of("score", "--format", "jsonl"));
    args.addAll(List.of(scoreArgs));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
        new PrintWriter(err), args.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }
}
