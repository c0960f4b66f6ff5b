package dev.slant.ingest;

import dev.slant.core.Document;
import dev.slant.core.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A CSV file (RFC 4180, parsed with Commons CSV) holds one article per record. The header row
 * names the columns, case-insensitively: {@code text} is required; {@code id}, {@code outlet},
 * {@code title}, {@code date} and {@code url} are optional, and other columns are ignored. Quoted
 * fields may span lines. The text is taken exactly as it is in the field; the other fields are
 * trimmed. A record's id defaults to {@code <file stem>:<record number>}.
 *
 * <p>The separator is a comma unless the header row has none and holds semicolons (what
 * spreadsheet programs write in locales with a decimal comma, and how BABE and MBIC ship) or tabs;
 * quotes work the same with every separator.
 *
 * <p>A bad record is reported and skipped; a syntax error (an unbalanced quote) ends the file,
 * since the parser cannot know where the next record starts.
 */
final class CsvFiles {

  static final List<String> COLUMNS = List.of("id", "outlet", "title", "date", "url", "text");

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setIgnoreEmptyLines(true)
      .setAllowMissingColumnNames(true)
      .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
      .build();

  private static final Pattern CSV_LINE = Pattern.compile(
      "\\((?:start)?line (\\d+)\\)|at line: (\\d+)");

  /** Room for the other fields of a record besides its text. */
  private static final long OTHER_FIELDS_ALLOWANCE = 1L << 20;

  private CsvFiles() {}

  static ItemCursor open(SourceFile file, ReadOptions options) {
    BudgetReader reader = null;
    try {
      reader = new BudgetReader(new DecodingReader(Files.newInputStream(file.path())),
          options.maxArticleChars() + OTHER_FIELDS_ALLOWANCE);
      CSVParser parser = FORMAT.builder().setDelimiter(separator(file)).build().parse(reader);
      List<String> header = parser.getHeaderNames();
      if (header.isEmpty()) {
        parser.close();
        return ItemCursor.of(Failures.of(file.origin(),
            "empty file (expected a header row with a 'text' column)"));
      }
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String name = header.get(i).strip().toLowerCase(Locale.ROOT);
        if (COLUMNS.contains(name) && columns.put(name, i) != null) {
          parser.close();
          return ItemCursor.of(Failures.of(file.origin() + ":1",
              "the header names the column '" + name + "' twice"));
        }
        if (!name.isEmpty()) {
          columns.putIfAbsent(name, i); // further columns, kept as Document.extra
        }
      }
      if (!columns.containsKey("text")) {
        parser.close();
        return ItemCursor.of(Failures.of(file.origin() + ":1",
            "no 'text' column in the header " + header + " (the article text must be in a column"
                + " named text; optional columns: id, outlet, title, date, url)"));
      }
      return new Records(file, options, reader, parser, columns, header.size());
    } catch (IOException | RuntimeException e) {
      closeQuietly(reader);
      IOException io = e instanceof IOException x ? x : Failures.innermostIo(e);
      if (io == null) {
        throw (RuntimeException) e;
      }
      return ItemCursor.of(failure(file, io, 1, 0));
    }
  }

  /** Longest header row looked at to choose the separator. */
  private static final int HEADER_SNIFF_CHARS = 1 << 16;

  /**
   * The separator of the header row, counted outside quotes: a comma if it has any, else a
   * semicolon, else a tab, else a comma (a one-column file). Read with a reader of its own, so
   * the parse proper starts from the first byte; a file that cannot be decoded gets a comma and
   * its error from the parse.
   */
  static char separator(SourceFile file) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    try (DecodingReader in = new DecodingReader(Files.newInputStream(file.path()))) {
      boolean quoted = false;
      for (int n = 0, c; n < HEADER_SNIFF_CHARS && (c = in.read()) != -1; n++) {
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
          break;
        } else if (!quoted) {
          commas += c == ',' ? 1 : 0;
          semicolons += c == ';' ? 1 : 0;
          tabs += c == '\t' ? 1 : 0;
        }
      }
    } catch (IOException | RuntimeException e) {
      return ',';
    }
    return commas > 0 ? ',' : semicolons > 0 ? ';' : tabs > 0 ? '\t' : ',';
  }

  private static Item.Failure failure(SourceFile file, IOException e, long line, long record) {
    String at = record > 0 ? " in record " + record : " in the header";
    if (e instanceof BudgetReader.Exceeded) {
      return Failures.of(file.origin() + ":" + line, "record " + record + " starting here has "
          + e.getMessage() + ", more than an article may have (an unbalanced quote?); rest of"
          + " file not read");
    }
    if (e instanceof CSVException) {
      String detail = e.getMessage();
      Matcher m = CSV_LINE.matcher(detail);
      long where = !m.find() ? line
          : Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2));
      detail = detail.replaceAll("^\\((?:start)?line \\d+\\)\\s*", "");
      String message;
      if (detail.contains("EOF reached before encapsulated token finished")) {
        message = "unbalanced quote: a quoted field opened on line " + where
            + at + " is never closed; rest of file not read";
      } else if (detail.toLowerCase(Locale.ROOT)
          .contains("between encapsulated token and delimiter")) {
        message = "unexpected character after a closing quote" + at
            + " (a quote inside a quoted field must be doubled: \"\"); rest of file not read";
      } else {
        message = "malformed CSV" + at + ": " + detail + "; rest of file not read";
      }
      return Failures.of(file.origin() + ":" + where, message);
    }
    if (e instanceof TextFormatException t) {
      return new Item.Failure(new InputException(file.origin() + ":" + t.line(),
          t.getMessage() + "; rest of file not read", t));
    }
    return Failures.io(file.path(), file.origin(), e);
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c != null) {
      try {
        c.close();
      } catch (Exception ignored) {
        // nothing more to report than the error already being reported
      }
    }
  }

  /** The records of an open file, one item each. */
  private static final class Records implements ItemCursor {
    private final SourceFile file;
    private final ReadOptions options;
    private final BudgetReader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns;
    private final int width;
    private long lastRecord;
    private boolean done;
    private Item pending;

    Records(SourceFile file, ReadOptions options, BudgetReader reader, CSVParser parser,
        Map<String, Integer> columns, int width) {
      this.file = file;
      this.options = options;
      this.reader = reader;
      this.parser = parser;
      this.records = parser.iterator();
      this.columns = columns;
      this.width = width;
    }

    @Override
    public boolean hasNext() {
      if (pending == null && !done) {
        pending = read();
      }
      return pending != null;
    }

    @Override
    public Item next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      Item item = pending;
      pending = null;
      return item;
    }

    /** The next record's item, or null at the end. */
    private Item read() {
      long startLine = parser.getCurrentLineNumber() + 1;
      reader.restart();
      try {
        if (!records.hasNext()) {
          done = true;
          close();
          return null;
        }
        CSVRecord r = records.next();
        lastRecord = r.getRecordNumber();
        return toItem(r, startLine);
      } catch (RuntimeException e) {
        IOException io = Failures.innermostIo(e);
        if (io == null) {
          throw e;
        }
        done = true;
        close();
        return failure(file, io, startLine, lastRecord + 1);
      }
    }

    private Item toItem(CSVRecord r, long line) {
      String origin = file.origin() + ":" + line;
      long n = r.getRecordNumber();
      if (r.size() != width) {
        return Failures.of(origin, "record " + n + " has " + r.size() + " fields but the header"
            + " has " + width);
      }
      String id = field(r, "id");
      String outlet = field(r, "outlet");
      Document doc = new Document(id.isEmpty() ? file.idBase() + ":" + n : id, outlet,
          field(r, "title"), field(r, "date"), field(r, "url"), r.get(columns.get("text")), origin,
          extra(r));
      return Articles.check(doc, options, "text (record " + n + ")");
    }

    /** Columns other than the standard ones, kept so reports can group or pair by them. */
    private Map<String, String> extra(CSVRecord r) {
      Map<String, String> out = new java.util.TreeMap<>();
      columns.forEach((name, i) -> {
        if (!CsvFiles.COLUMNS.contains(name)) {
          out.put(name, r.get(i).strip());
        }
      });
      return out;
    }

    private String field(CSVRecord r, String column) {
      Integer i = columns.get(column);
      return i == null ? "" : r.get(i).strip();
    }

    @Override
    public void close() {
      closeQuietly(parser);
    }
  }
}
