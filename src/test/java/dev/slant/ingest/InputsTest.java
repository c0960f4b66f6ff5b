package dev.slant.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.slant.core.Document;
import dev.slant.core.InputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

  private static final ReadOptions DEFAULTS = ReadOptions.defaults();
  private static final String LEDE = "The council approved the curfew on Tuesday.";

  @TempDir
  Path dir;

  // ---- plain text --------------------------------------------------------------------------

  @Test
  void textFileIsOneArticleWithTheFileStemAsIdAndTheTextExactlyAsStored() throws IOException {
    String text = "Council backs curfew\r\n\r\nThe council voted 6-3 on Tuesday.  \r\n";
    Path file = write("council-vote.txt", text);
    Document doc = article(only(file.toString()));
    assertEquals("council-vote", doc.id());
    assertEquals(text, doc.text());
    assertEquals(file.toString(), doc.origin());
    assertEquals("", doc.outlet());
  }

  @Test
  void onlyALeadingUtf8ByteOrderMarkIsRemoved() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path file = write("bom.txt", concat(bom, "  Police said two people were arrested.\n"
        .getBytes(StandardCharsets.UTF_8)));
    assertEquals("  Police said two people were arrested.\n", article(only(file.toString())).text());
  }

  @Test
  void utf16WithAByteOrderMarkIsDecodedInBothByteOrders() throws IOException {
    String text = "Fares rise 12% — commuters “furious” 🚢\n";
    Path le = write("le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        text.getBytes(StandardCharsets.UTF_16LE)));
    Path be = write("be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
        text.getBytes(StandardCharsets.UTF_16BE)));
    assertEquals(text, article(only(le.toString())).text());
    assertEquals(text, article(only(be.toString())).text());
  }

  @Test
  void utf16WithoutAByteOrderMarkIsRefusedWithAHint() throws IOException {
    Path file = write("nobom.txt", LEDE.getBytes(StandardCharsets.UTF_16LE));
    InputException e = failure(only(file.toString()));
    assertEquals(file.toString(), e.origin());
    assertTrue(e.getMessage().startsWith("binary data, not text (contains NUL bytes"), e.getMessage());
    assertTrue(e.getMessage().contains("UTF-16 text needs a byte-order mark"), e.getMessage());
  }

  @Test
  void surrogatePairsAreKeptSoOffsetsCountUtf16Units() throws IOException {
    String text = "Protesters 🚢🔥 gathered at Pier 4.";
    Document doc = article(only(write("emoji.txt", text).toString()));
    assertEquals(text, doc.text());
    assertEquals(11 + 2 + 2 + 1, doc.text().indexOf("gathered")); // each emoji is two units
  }

  @Test
  void emptyAndWhitespaceOnlyFilesAreRefused() throws IOException {
    Path empty = write("empty.txt", "");
    Path blank = write("blank.txt", " \r\n\t\n");
    List<Item> items = read(empty.toString(), blank.toString());
    assertEquals(empty + ": empty file", failure(items.get(0)).describe());
    assertEquals(blank + ": file contains only whitespace", failure(items.get(1)).describe());
  }

  @Test
  void binaryFilesAreRefused() throws IOException {
    Path nul = write("image.txt", new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 0, 1, 2});
    byte[] controls = new byte[64];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
    }
    Path control = write("controls.txt", controls);
    List<Item> items = read(nul.toString(), control.toString());
    assertEquals(nul + ": binary data, not text (contains NUL bytes at byte offset 6; UTF-16 text"
        + " needs a byte-order mark)", failure(items.get(0)).describe());
    assertEquals(control + ": binary data, not text (mostly control characters)",
        failure(items.get(1)).describe());
  }

  @Test
  void invalidUtf8IsReportedWithItsByteOffsetAndLine() throws IOException {
    byte[] bytes = concat("The mayor spoke.\nCaf".getBytes(StandardCharsets.US_ASCII),
        new byte[] {(byte) 0xE9}, " owners objected.\n".getBytes(StandardCharsets.US_ASCII));
    Path file = write("latin1.txt", bytes);
    InputException e = failure(only(file.toString()));
    assertEquals(file + ":2", e.origin());
    assertEquals("invalid UTF-8 at byte offset 20 (line 2, bytes 0xE9); the file looks like"
        + " Windows-1252 (where 0xE9 is é): re-save it as UTF-8, e.g. iconv -f windows-1252"
        + " -t utf-8", e.getMessage());
  }

  @Test
  void aTruncatedSequenceAtTheEndIsInvalidToo() throws IOException {
    Path file = write("cut.txt", concat("Ferry fares rise\r\nby 12".getBytes(
        StandardCharsets.US_ASCII), new byte[] {(byte) 0xE2, (byte) 0x80}));
    InputException e = failure(only(file.toString()));
    assertEquals(file + ":2", e.origin());
    assertTrue(e.getMessage().startsWith("invalid UTF-8 at byte offset 23 (line 2"), e.getMessage());
    assertTrue(e.getMessage().endsWith("slant reads UTF-8 (or UTF-16 with a byte-order mark):"
        + " re-save the file as UTF-8"), "a cut-off sequence is no sign of Windows-1252");
  }

  @Test
  void missingFilesAndUnsupportedTypesAreReportedAndReadingGoesOn() throws IOException {
    Path good = write("good.txt", LEDE);
    Path pdf = write("report.pdf", "%PDF-1.7");
    String missing = dir.resolve("missing.txt").toString();
    List<Item> items = read(missing, pdf.toString(), good.toString());
    assertEquals(missing + ": no such file or directory", failure(items.get(0)).describe());
    assertEquals(pdf + ": unsupported file type (slant reads .txt, .csv, .jsonl, .html or .htm"
        + " files)", failure(items.get(1)).describe());
    assertEquals("good", article(items.get(2)).id());
  }

  @Test
  void aFileNamedWithoutExtensionIsReadAsText() throws IOException {
    Path file = write("ARTICLE", LEDE);
    assertEquals(LEDE, article(only(file.toString())).text());
  }

  @Test
  void anArticleOverTheLimitIsRefusedNamingTheLimitAndTheOption() throws IOException {
    Path file = write("long.txt", "Twenty-one characters");
    InputException e = failure(Inputs.read(List.of(file.toString()), new ReadOptions(20))
        .toList().get(0));
    assertEquals(file + ": article has 21 characters, more than the limit of 20 (raise it with"
        + " --max-article-chars N)", e.describe());
  }

  @Test
  void aHugeFileIsRefusedBySizeWithoutBeingRead() throws IOException {
    Path file = dir.resolve("huge.txt");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(50L << 20); // sparse: no 50 MB are written, and none may be read
    }
    InputException e = failure(only(file.toString()));
    assertEquals(file + ": file is 52,428,800 bytes, too long for the limit of 5,000,000"
        + " characters per article; not read (raise it with --max-article-chars N)", e.describe());
  }

  @Test
  void anUnreadableFileIsReported() throws IOException {
    Path file = write("secret.txt", LEDE);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(file),
        "running with privileges that can read any file (root): permission test skipped");
    assertEquals(file + ": permission denied", failure(only(file.toString())).describe());
  }

  // ---- CSV ----------------------------------------------------------------------------------

  @Test
  void csvRecordsAreArticlesWithTheirColumnsAndQuotedLineBreaksKept() throws IOException {
    Path file = write("feed.csv", "Outlet,ID,Title,Text,date,url,section\r\n"
        + "Harbour Ledger,ledger-1,Curfew passes,\"The council voted.\r\nCritics objected.\","
        + "2025-03-12, https://ledger.example/a ,news\r\n"
        + "Halden Wire,,\"Fares rise, again\",\"Island Ferries said \"\"costs\"\" rose.\",,,\r\n");
    List<Item> items = read(file.toString());
    assertEquals(2, items.size());
    Document first = article(items.get(0));
    assertEquals("ledger-1", first.id());
    assertEquals("Harbour Ledger", first.outlet());
    assertEquals("Curfew passes", first.title());
    assertEquals("2025-03-12", first.date());
    assertEquals("https://ledger.example/a", first.url());
    assertEquals("The council voted.\r\nCritics objected.", first.text());
    assertEquals(file + ":2", first.origin());
    Document second = article(items.get(1));
    assertEquals("feed:2", second.id());
    assertEquals("Fares rise, again", second.title());
    assertEquals("Island Ferries said \"costs\" rose.", second.text());
    assertEquals(file + ":4", second.origin());
  }

  @Test
  void csvWithoutATextColumnIsRefusedNamingTheHeader() throws IOException {
    Path file = write("notext.csv", "id,body\n1,The council voted.\n");
    InputException e = failure(only(file.toString()));
    assertEquals(file + ":1", e.origin());
    assertEquals("no 'text' column in the header [id, body] (the article text must be in a column"
        + " named text; optional columns: id, outlet, title, date, url)", e.getMessage());
  }

  @Test
  void aSemicolonSeparatedFileIsReadWithItsOwnSeparator() throws IOException {
    Path file = write("excel.csv", "id;outlet;text\n1;Harbour Ledger;\"Fares rose; again, by 5%.\"\n"
        + "2;Halden Wire;The council voted.\n");
    List<Item> items = read(file.toString());
    assertEquals(2, items.size());
    Document first = article(items.get(0));
    assertEquals("Harbour Ledger", first.outlet());
    assertEquals("Fares rose; again, by 5%.", first.text());
    assertEquals("The council voted.", article(items.get(1)).text());
  }

  @Test
  void aTabSeparatedFileIsRead() throws IOException {
    Path file = write("sheet.csv", "text\toutlet\nThe council voted.\tHalden Wire\n");
    Document doc = article(only(file.toString()));
    assertEquals("The council voted.", doc.text());
    assertEquals("Halden Wire", doc.outlet());
  }

  @Test
  void aCommaInTheHeaderMakesItCommaSeparatedEvenWithSemicolonsInQuotes() throws IOException {
    Path file = write("mixed.csv", "\"id;no\",text\n1,\"Rents rose; fares fell.\"\n");
    assertEquals("Rents rose; fares fell.", article(only(file.toString())).text());
  }

  @Test
  void csvWithAByteOrderMarkAndCrlfLinesIsRead() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path file = write("bom.csv", concat(bom, "text,outlet\r\nThe council voted.,Halden Wire\r\n"
        .getBytes(StandardCharsets.UTF_8)));
    Document doc = article(only(file.toString()));
    assertEquals("The council voted.", doc.text());
    assertEquals("Halden Wire", doc.outlet());
    assertEquals("bom:1", doc.id());
  }

  @Test
  void anUnbalancedQuoteEndsTheFileNamingLineAndRecord() throws IOException {
    Path file = write("broken.csv", "id,text\n"
        + "a,\"The council voted.\nCritics objected.\"\n"
        + "b,Fares rose.\n"
        + "c,\"The mayor said\n"
        + "d,Nothing here is read.\n");
    List<Item> items = read(file.toString());
    assertEquals(List.of("a", "b"), items.subList(0, 2).stream().map(i -> article(i).id()).toList());
    assertEquals(3, items.size());
    assertEquals(file + ":5: unbalanced quote: a quoted field opened on line 5 in record 3 is"
        + " never closed; rest of file not read", failure(items.get(2)).describe());
  }

  @Test
  void aStrayQuoteAfterAQuotedFieldIsReported() throws IOException {
    Path file = write("stray.csv", "id,text\na,\"The \"temporary\" curfew\"\n");
    InputException e = failure(only(file.toString()));
    assertEquals(file + ":2", e.origin());
    assertTrue(e.getMessage().startsWith("unexpected character after a closing quote in record 1"
        + " (a quote inside a quoted field must be doubled: \"\")"), e.getMessage());
  }

  @Test
  void anUnbalancedQuoteInALargeFileStopsAtTheRecordBudgetInsteadOfBufferingTheRest()
      throws IOException {
    StringBuilder sb = new StringBuilder("id,text\na,\"Never closed\n");
    String line = "The council voted again on Tuesday to extend the harbour curfew.\n";
    while (sb.length() < 3_000_000) {
      sb.append(line);
    }
    Path file = write("runaway.csv", sb.toString());
    List<Item> items = Inputs.read(List.of(file.toString()), new ReadOptions(1000)).toList();
    InputException e = failure(items.get(0));
    assertEquals(file + ":2", e.origin());
    assertEquals("record 1 starting here has more than 1049576 characters, more than an article"
        + " may have (an unbalanced quote?); rest of file not read", e.getMessage());
  }

  @Test
  void badCsvRecordsAreSkippedAndTheRestRead() throws IOException {
    Path file = write("mixed.csv", "id,text\n"
        + "a,The council voted.\n"
        + "b,\n"
        + "c,Fares,rose\n"
        + "d,Police made two arrests.\n");
    List<Item> items = read(file.toString());
    assertEquals("a", article(items.get(0)).id());
    assertEquals(file + ":3: empty text (record 2)", failure(items.get(1)).describe());
    assertEquals(file + ":4: record 3 has 3 fields but the header has 2",
        failure(items.get(2)).describe());
    assertEquals("d", article(items.get(3)).id());
  }

  @Test
  void invalidUtf8InACsvFileEndsItWithTheLine() throws IOException {
    Path file = write("enc.csv", concat("id,text\na,Fine.\nb,Caf".getBytes(
        StandardCharsets.US_ASCII), new byte[] {(byte) 0xE9, '\n'}));
    List<Item> items = read(file.toString());
    assertEquals("a", article(items.get(0)).id());
    InputException e = failure(items.get(1));
    assertEquals(file + ":3", e.origin());
    assertTrue(e.getMessage().startsWith("invalid UTF-8 at byte offset 21 (line 3, bytes 0xE9)"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("; rest of file not read"), e.getMessage());
    assertEquals(2, items.size());
  }

  @Test
  void anEmptyCsvFileIsRefused() throws IOException {
    Path file = write("empty.csv", "");
    assertEquals(file + ": empty file (expected a header row with a 'text' column)",
        failure(only(file.toString())).describe());
  }

  // ---- JSONL --------------------------------------------------------------------------------

  @Test
  void jsonlLinesAreArticlesAndABrokenLineDoesNotStopTheFile() throws IOException {
    Path file = write("feed.jsonl", ""
        + "{\"id\":\"wire-1\",\"outlet\":\"Halden Wire\",\"title\":\"Curfew\",\"text\":\"The"
        + " council voted.\\r\\nCritics objected.\",\"spans\":[]}\n"
        + "\n"
        + "{\"text\": \"Fares rose\"\n"
        + "[\"not\", \"an\", \"object\"]\n"
        + "{\"title\": \"No text here\"}\n"
        + "{\"text\": 42}\n"
        + "{\"text\": \"One\", \"text\": \"Two\"}\n"
        + "{\"id\": 7, \"text\": \"Police made two arrests 🚓.\", \"date\": null}\n");
    List<Item> items = read(file.toString());
    assertEquals(7, items.size());
    Document first = article(items.get(0));
    assertEquals("wire-1", first.id());
    assertEquals("Halden Wire", first.outlet());
    assertEquals("The council voted.\r\nCritics objected.", first.text());
    assertEquals(file + ":1", first.origin());
    assertTrue(failure(items.get(1)).describe().startsWith(file + ":3: invalid JSON"),
        failure(items.get(1)).describe());
    assertEquals(file + ":4: expected a JSON object with a \"text\" key, found an array",
        failure(items.get(2)).describe());
    assertEquals(file + ":5: no \"text\" key (each line needs {\"text\": \"...\"}; optional keys:"
        + " id, outlet, title, date, url)", failure(items.get(3)).describe());
    assertEquals(file + ":6: \"text\" must be a string, found a number",
        failure(items.get(4)).describe());
    assertTrue(failure(items.get(5)).getMessage().contains("Duplicate field 'text'"),
        failure(items.get(5)).getMessage());
    Document last = article(items.get(6));
    assertEquals("7", last.id());
    assertEquals("Police made two arrests 🚓.", last.text());
  }

  @Test
  void jsonlIdsDefaultToFileStemAndLineNumber() throws IOException {
    Path file = write("lines.jsonl", "\n{\"text\":\"The council voted.\"}\r\n{\"text\":\"Fares"
        + " rose.\"}");
    List<Item> items = read(file.toString());
    assertEquals(List.of("lines:2", "lines:3"), items.stream().map(i -> article(i).id()).toList());
  }

  @Test
  void aJsonlArticleOverTheLimitIsRefused() throws IOException {
    Path file = write("long.jsonl", "{\"text\":\"Twenty-one characters\"}\n{\"text\":\"Short.\"}\n");
    List<Item> items = Inputs.read(List.of(file.toString()), new ReadOptions(20)).toList();
    assertEquals(file + ":1: article has 21 characters, more than the limit of 20 (raise it with"
        + " --max-article-chars N)", failure(items.get(0)).describe());
    assertEquals("Short.", article(items.get(1)).text());
  }

  // ---- HTML ---------------------------------------------------------------------------------

  @Test
  void htmlArticleTextIsExtractedBlockByBlock() throws IOException {
    Path file = write("page.html", """
        <!doctype html><html><head>
        <title>Curfew passes | Harbour Ledger</title>
        <meta property="og:title" content="Council approves harbour curfew">
        <meta property="og:site_name" content="Harbour Ledger">
        <meta property="article:published_time" content="2025-03-12T21:30:00Z">
        <link rel="canonical" href="https://ledger.example/curfew">
        <style>p { color: red }</style><script>var tracking = "the council";</script>
        </head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article>
          <h1>Council approves
              harbour curfew</h1>
          <p>The council voted <b>6-3</b> on Tuesday &amp; police&nbsp;welcomed it.</p>
          <script>alert("not text")</script>
          <ul><li>Fines up to $500</li><li>Ends after 90 days</li></ul>
          <p>Critics said<br>it was rushed.</p>
          <aside>Related: ferry fares</aside>
        </article>
        <footer>© Harbour Ledger</footer>
        </body></html>
        """);
    Document doc = article(only(file.toString()));
    assertEquals("page", doc.id());
    assertEquals("Council approves harbour curfew", doc.title());
    assertEquals("Harbour Ledger", doc.outlet());
    assertEquals("2025-03-12T21:30:00Z", doc.date());
    assertEquals("https://ledger.example/curfew", doc.url());
    assertEquals("Council approves harbour curfew\n"
        + "The council voted 6-3 on Tuesday & police welcomed it.\n"
        + "Fines up to $500\n"
        + "Ends after 90 days\n"
        + "Critics said\n"
        + "it was rushed.", doc.text());
  }

  @Test
  void htmlWithoutArticleUsesMainThenBodyAndTheTitleElement() throws IOException {
    Path main = write("main.htm", "<html><head><title>Fares &lt;rise&gt;</title></head><body>"
        + "<header>Site menu</header><main><p>Island Ferries raised fares.</p></main></body></html>");
    Path body = write("body.html", "<p>Police made two arrests.</p><div>One officer was hurt.</div>");
    List<Item> items = read(main.toString(), body.toString());
    assertEquals("Fares <rise>", article(items.get(0)).title());
    assertEquals("Island Ferries raised fares.", article(items.get(0)).text());
    assertEquals("Police made two arrests.\nOne officer was hurt.", article(items.get(1)).text());
  }

  @Test
  void htmlWithoutTextIsRefused() throws IOException {
    Path file = write("empty.html", "<html><head><title>Nothing</title><script>x()</script></head>"
        + "<body><nav>Home</nav></body></html>");
    assertEquals(file + ": no article text found in the HTML page",
        failure(only(file.toString())).describe());
  }

  // ---- directories and standard input -------------------------------------------------------

  @Test
  void directoriesAreReadRecursivelySortedByPathWithTheFirstFolderAsOutlet() throws IOException {
    Path corpus = dir.resolve("corpus");
    write("corpus/wire/2025/b.txt", "Fares rose.");
    write("corpus/wire/a.txt", "The council voted.");
    write("corpus/ledger/a.txt", "The draconian curfew passed.");
    write("corpus/top.txt", "Police made two arrests.");
    write("corpus/feed.jsonl", "{\"text\":\"Library hours cut.\",\"outlet\":\"Gazette\"}\n");
    write("corpus/notes.pdf", "%PDF");
    write("corpus/.hidden.txt", "Not read.");
    write("corpus/.git/x.txt", "Not read either.");
    List<Document> docs = read(corpus.toString()).stream().map(InputsTest::article).toList();
    assertEquals(List.of("feed:1", "ledger/a", "top", "wire/2025/b", "wire/a"),
        docs.stream().map(Document::id).toList());
    assertEquals(List.of("Gazette", "ledger", "", "wire", "wire"),
        docs.stream().map(Document::outlet).toList());
    assertEquals(corpus.resolve("ledger/a.txt").toString(), docs.get(1).origin());
  }

  @Test
  void aDirectoryWithNothingReadableIsReported() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    write("pdfs/a.pdf", "%PDF");
    List<Item> items = read(empty.toString(), dir.resolve("pdfs").toString());
    assertEquals(empty + ": no articles here: the directory holds no .txt, .csv, .jsonl, .html or"
        + " .htm files", failure(items.get(0)).describe());
    assertTrue(failure(items.get(1)).getMessage().startsWith("no articles here"));
  }

  @Test
  void symbolicLinkLoopsAreNotFollowedTwice() throws IOException {
    Path root = dir.resolve("root");
    write("root/a.txt", "The council voted.");
    write("root/sub/b.txt", "Fares rose.");
    Files.createSymbolicLink(root.resolve("sub/back-to-root"), root);
    Files.createSymbolicLink(root.resolve("self"), Path.of("."));
    List<Document> docs = read(root.toString()).stream().map(InputsTest::article).toList();
    assertEquals(List.of("a", "sub/b"), docs.stream().map(Document::id).toList());
  }

  @Test
  void aBrokenLinkInADirectoryIsReported() throws IOException {
    Path root = dir.resolve("links");
    write("links/a.txt", "The council voted.");
    Files.createSymbolicLink(root.resolve("gone.txt"), root.resolve("deleted.txt"));
    List<Item> items = read(root.toString());
    assertEquals("a", article(items.get(0)).id());
    assertEquals(root.resolve("gone.txt") + ": broken symbolic link (its target does not exist)",
        failure(items.get(1)).describe());
  }

  @Test
  void standardInputIsPlainTextWithOnlyTheByteOrderMarkRemoved() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        "Council backs curfew\r\nThe vote was 6-3.\r\n".getBytes(StandardCharsets.UTF_8));
    List<Item> items = Inputs.read(List.of("-"), DEFAULTS, new ByteArrayInputStream(bytes)).toList();
    Document doc = article(items.get(0));
    assertEquals("stdin", doc.id());
    assertEquals("<stdin>", doc.origin());
    assertEquals("Council backs curfew\r\nThe vote was 6-3.\r\n", doc.text());
  }

  @Test
  void emptyStandardInputIsReported() {
    List<Item> items = Inputs.read(List.of("-"), DEFAULTS, new ByteArrayInputStream(new byte[0]))
        .toList();
    assertEquals("<stdin>: empty input", failure(items.get(0)).describe());
  }

  @Test
  void literalTextIsAnArticleWithIdText() {
    Document doc = article(Inputs.text(LEDE, DEFAULTS));
    assertEquals("text", doc.id());
    assertEquals("--text", doc.origin());
    assertEquals("--text: text contains only whitespace",
        failure(Inputs.text("  ", DEFAULTS)).describe());
  }

  @Test
  void filesAreOpenedOnlyWhenReached() throws IOException {
    Path first = write("first.txt", "The council voted.");
    Path second = write("second.txt", "Fares rose.");
    try (Stream<Item> items = Inputs.read(List.of(first.toString(), second.toString()), DEFAULTS)) {
      Iterator<Item> it = items.iterator();
      assertEquals("first", article(it.next()).id());
      Files.delete(second); // not yet opened, so its absence is what the reader finds
      assertEquals(second + ": no such file or directory", failure(it.next()).describe());
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.write(p, content);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static List<Item> read(String... inputs) {
    try (Stream<Item> items = Inputs.read(List.of(inputs), DEFAULTS)) {
      return items.toList();
    }
  }

  private static Item only(String input) {
    List<Item> items = read(input);
    assertEquals(1, items.size(), items.toString());
    return items.get(0);
  }

  private static Document article(Item item) {
    if (item instanceof Item.Failure f) {
      throw new AssertionError("expected an article, got " + f.error().describe());
    }
    return ((Item.Article) item).document();
  }

  private static InputException failure(Item item) {
    return assertInstanceOf(Item.Failure.class, item, () -> "expected a failure, got " + item)
        .error();
  }
}
