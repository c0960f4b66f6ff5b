package dev.slant.train;

import dev.slant.io.Utf8;
import dev.slant.core.InputException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a delimited file with a header row through Commons CSV, reporting each record with the
 * line it starts on (records can span lines: quoted cells may hold newlines). Strict UTF-8; a BOM
 * is stripped. A malformed or short record is an error naming file and line.
 */
final class CsvRecords {

  /** Receives one record and its origin ({@code file:line}). */
  interface Handler {
    void accept(CSVRecord record, String origin) throws InputException;
  }

  private CsvRecords() {}

  static CSVFormat format(char delimiter) {
    // Not TDF: it trims cells, and the corpora keep meaningful surrounding spaces.
    return CSVFormat.DEFAULT.builder()
        .setDelimiter(delimiter)
        .setHeader()
        .setSkipHeaderRecord(true)
        .build();
  }

  static void read(Path file, char delimiter, List<String> required, Handler handler)
      throws InputException {
    String text = decode(file);
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format(delimiter))) {
      List<String> header = parser.getHeaderNames();
      for (String r : required) {
        if (!header.contains(r)) {
          throw new InputException(file + ":1", "missing column '" + r + "' (header: "
              + header + ")");
        }
      }
      Iterator<CSVRecord> records = parser.iterator();
      long before = parser.getCurrentLineNumber();
      while (true) {
        String origin = file + ":" + (before + 1);
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw new InputException(origin, "malformed record: " + rootMessage(e), e);
        }
        before = parser.getCurrentLineNumber();
        if (record.size() == 1 && record.get(0).isBlank() && header.size() > 1) {
          continue;
        }
        if (!record.isConsistent()) {
          throw new InputException(origin, "expected " + header.size() + " columns but found "
              + record.size());
        }
        handler.accept(record, origin);
      }
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new InputException(file + ":1", "bad header: " + e.getMessage(), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  static String decode(Path file) throws InputException {
    String s = Utf8.readKeepingBom(file);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
