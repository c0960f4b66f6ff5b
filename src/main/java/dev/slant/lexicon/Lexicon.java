package dev.slant.lexicon;

import dev.slant.core.InputException;
import dev.slant.core.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A curated word list: a UTF-8 TSV file whose first non-comment line is a header naming the
 * columns, the first of which is {@code term}. Lines starting with {@code #} and blank lines are
 * ignored; a BOM is stripped; cells are trimmed; terms are case-folded with {@link Text#fold}.
 * Every data line must have exactly as many cells as the header. Immutable once loaded.
 *
 * <p>A later entry for the same term replaces an earlier one, which is how {@code --lexicon}
 * overrides work: {@link #overriddenBy(Lexicon)}.
 */
public final class Lexicon {

  private final String name;
  private final List<String> columns;
  private final Map<String, LexiconEntry> entries;
  private final String version;

  private Lexicon(String name, List<String> columns, Map<String, LexiconEntry> entries, String version) {
    this.name = name;
    this.columns = List.copyOf(columns);
    this.entries = Collections.unmodifiableMap(entries);
    this.version = version;
  }

  /** Loads a lexicon bundled in the jar under {@code lexicons/}. */
  public static Lexicon bundled(String fileName, String... requiredColumns) throws InputException {
    String resource = "lexicons/" + fileName;
    try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new InputException(resource, "bundled lexicon not found (broken installation)");
      }
      return parse(resource, in.readAllBytes(), requiredColumns);
    } catch (IOException e) {
      throw new InputException(resource, "cannot read: " + e.getMessage(), e);
    }
  }

  /** Lexicons are word lists; a file larger than this is not one and is not read into memory. */
  static final long MAX_FILE_BYTES = 64L << 20;

  public static Lexicon load(Path file, String... requiredColumns) throws InputException {
    String origin = file.toString();
    if (Files.isDirectory(file)) {
      throw new InputException(origin, "is a directory, not a lexicon file");
    }
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw new InputException(origin, "lexicon file of " + size + " bytes is larger than the"
            + " limit of " + MAX_FILE_BYTES + " bytes");
      }
      return parse(origin, Files.readAllBytes(file), requiredColumns);
    } catch (NoSuchFileException e) {
      throw new InputException(origin, "no such lexicon file", e);
    } catch (AccessDeniedException e) {
      throw new InputException(origin, "cannot read lexicon: permission denied", e);
    } catch (IOException e) {
      String why = e instanceof FileSystemException f && f.getReason() != null
          ? f.getReason() : e.getMessage();
      throw new InputException(origin, "cannot read lexicon: " + why, e);
    }
  }

  static Lexicon parse(String origin, byte[] bytes, String... requiredColumns)
      throws InputException {
    String content = decode(origin, bytes);
    List<String> header = null;
    Map<String, LexiconEntry> entries = new LinkedHashMap<>();
    int lineNo = 0;
    try (BufferedReader reader = new BufferedReader(new java.io.StringReader(content))) {
      for (String line; (line = reader.readLine()) != null; ) {
        lineNo++;
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.startsWith("#")) {
          continue;
        }
        List<String> cells = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
        String where = origin + ":" + lineNo;
        if (header == null) {
          header = header(where, cells, requiredColumns);
          continue;
        }
        if (cells.size() != header.size()) {
          throw new InputException(
              where, "expected " + header.size() + " tab-separated columns " + header
                  + " but found " + cells.size());
        }
        String term = Text.fold(cells.get(0)).replaceAll("\\s+", " ");
        if (term.isEmpty()) {
          throw new InputException(where, "empty term");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          fields.put(header.get(i), cells.get(i));
        }
        entries.put(term, new LexiconEntry(term, fields, where));
      }
    } catch (IOException e) {
      throw new InputException(origin, "cannot read: " + e.getMessage(), e);
    }
    if (header == null) {
      throw new InputException(origin, "no header line (expected columns: term ...)");
    }
    return new Lexicon(origin, header, entries, sha256(withoutSuggestions(bytes, content, header))
        .substring(0, 12));
  }

  /**
   * The bytes a lexicon's version is computed from: the file as it is, less its optional
   * {@code suggest} column. Suggestions change what a finding proposes, not what is found, so
   * adding or editing them keeps the version, and models trained with the lexicon stay usable.
   */
  private static byte[] withoutSuggestions(byte[] bytes, String content, List<String> header) {
    int column = header.indexOf(Suggestion.COLUMN);
    if (column < 0) {
      return bytes;
    }
    List<String> lines = new java.util.ArrayList<>();
    for (String line : content.split("\n", -1)) {
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        lines.add(line);
        continue;
      }
      boolean cr = line.endsWith("\r");
      List<String> cells = new java.util.ArrayList<>(
          Arrays.asList((cr ? line.substring(0, line.length() - 1) : line).split("\t", -1)));
      if (column < cells.size()) {
        cells.remove(column);
      }
      lines.add(String.join("\t", cells) + (cr ? "\r" : ""));
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> header(String where, List<String> cells, String[] required)
      throws InputException {
    if (!cells.get(0).equals("term")) {
      throw new InputException(where, "the header's first column must be 'term', found '"
          + cells.get(0) + "'");
    }
    for (String r : required) {
      if (!cells.contains(r)) {
        throw new InputException(where, "header lacks required column '" + r + "'");
      }
    }
    if (cells.stream().distinct().count() != cells.size()) {
      throw new InputException(where, "duplicate column in header " + cells);
    }
    return cells;
  }

  private static String decode(String origin, byte[] bytes) throws InputException {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(in, out, true);
    if (r.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new InputException(origin + ":" + line, String.format(Locale.ROOT,
          "not valid UTF-8 (byte 0x%02X at byte offset %d); save the lexicon as UTF-8",
          bytes[in.position()] & 0xFF, in.position()));
    }
    String s = out.flip().toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A lexicon holding this one's entries with {@code overrides}' entries added or replacing them.
   * The override must have this lexicon's columns, except the optional {@code suggest}.
   */
  public Lexicon overriddenBy(Lexicon overrides) throws InputException {
    List<String> required = columns.stream()
        .filter(c -> !c.equals(Suggestion.COLUMN)).toList();
    if (!overrides.columns.containsAll(required)) {
      throw new InputException(overrides.name, "an override of " + name + " needs the columns "
          + required + " but has " + overrides.columns);
    }
    Map<String, LexiconEntry> merged = new LinkedHashMap<>(entries);
    merged.putAll(overrides.entries);
    return new Lexicon(name + "+" + overrides.name, columns, merged,
        version + "+" + overrides.version);
  }

  public String name() {
    return name;
  }

  public List<String> columns() {
    return columns;
  }

  /** First 12 hex digits of the SHA-256 of the file(s), recorded in reports and model manifests. */
  public String version() {
    return version;
  }

  public List<LexiconEntry> entries() {
    return new ArrayList<>(entries.values());
  }

  public Optional<LexiconEntry> get(String term) {
    return Optional.ofNullable(entries.get(Text.fold(term)));
  }

  public boolean contains(String term) {
    return entries.containsKey(Text.fold(term));
  }

  public int size() {
    return entries.size();
  }
}
