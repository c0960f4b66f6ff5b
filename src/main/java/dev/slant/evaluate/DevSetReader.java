package dev.slant.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slant.core.FeatureType;
import dev.slant.core.InputException;
import dev.slant.core.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads span-annotated text in the dev-set JSONL format: one object per line,
 * <pre>{"id":"dev-001","text":"…","spans":[{"type":"scare_quote","start":4,"end":15,"text":"\"voluntary\""}],"note":"…"}</pre>
 * Offsets are half-open UTF-16 indices into {@code text} (Java {@code String} indices), and every
 * span repeats the text it covers so that an offset computed in another unit (bytes, code points)
 * is caught here rather than silently scored. Blank lines are skipped; a leading BOM is ignored.
 *
 * <p>The reader is strict because a typo in gold data silently changes every figure computed from
 * it: unknown keys, unknown types, duplicate ids, duplicate spans, spans that split a surrogate
 * pair and fractional offsets are all errors naming {@code file:line}.
 */
public final class DevSetReader {

  private static final Set<String> DOCUMENT_KEYS = Set.of("id", "text", "spans", "note");
  private static final Set<String> SPAN_KEYS = Set.of("type", "start", "end", "text");
  private static final Comparator<GoldSpan> READING_ORDER =
      Comparator.comparing(GoldSpan::span, Comparator.comparingInt(Span::start)
              .thenComparing(Comparator.comparingInt(Span::end).reversed()))
          .thenComparing(GoldSpan::type);

  private DevSetReader() {}

  /** Reads every document of a file; fails on the first malformed line. */
  public static List<GoldDocument> read(Path file) throws InputException {
    List<GoldDocument> docs = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    JsonLinesFile.read(file, "", (root, origin) -> {
      GoldDocument doc = document(root, origin);
      if (!ids.add(doc.id())) {
        throw new InputException(origin, "duplicate id \"" + doc.id() + "\"");
      }
      docs.add(doc);
    });
    if (docs.isEmpty()) {
      throw new InputException(file.toString(), "contains no documents");
    }
    return List.copyOf(docs);
  }

  /** Parses one line; {@code origin} ({@code path:line}) is used in every error. */
  public static GoldDocument parse(String line, String origin) throws InputException {
    return document(JsonLinesFile.parse(line, origin), origin);
  }

  private static GoldDocument document(JsonNode root, String origin) throws InputException {
    JsonLinesFile.checkKeys(root, DOCUMENT_KEYS, "", origin);
    String id = string(root, "id", "", origin);
    if (id.isBlank()) {
      throw new InputException(origin, "\"id\" is empty");
    }
    String text = string(root, "text", "", origin);
    String note = root.has("note") ? string(root, "note", "", origin) : "";
    JsonNode spansNode = root.get("spans");
    if (spansNode == null) {
      throw new InputException(origin, "missing \"spans\" (use [] for a text without spans)");
    }
    if (!spansNode.isArray()) {
      throw new InputException(origin, "\"spans\" must be an array");
    }
    List<GoldSpan> spans = new ArrayList<>();
    Set<GoldSpan> seen = new HashSet<>();
    for (int i = 0; i < spansNode.size(); i++) {
      GoldSpan span = span(spansNode.get(i), text, "spans[" + i + "]", origin);
      if (!seen.add(span)) {
        throw new InputException(origin, "spans[" + i + "]: duplicate " + span.type().id()
            + " span " + span.span());
      }
      spans.add(span);
    }
    spans.sort(READING_ORDER);
    return new GoldDocument(id, text, spans, note, origin);
  }

  private static GoldSpan span(JsonNode node, String text, String where, String origin)
      throws InputException {
    if (!node.isObject()) {
      throw new InputException(origin, where + ": expected an object");
    }
    JsonLinesFile.checkKeys(node, SPAN_KEYS, where + ".", origin);
    String typeId = string(node, "type", where + ".", origin);
    FeatureType type = FeatureType.fromId(typeId).orElseThrow(() -> new InputException(origin,
        where + ": unknown type \"" + typeId + "\"; expected one of " + Arrays.stream(FeatureType.values())
            .map(FeatureType::id).collect(Collectors.joining(", "))));
    int start = offset(node, "start", where, origin);
    int end = offset(node, "end", where, origin);
    if (start >= end) {
      throw new InputException(origin, where + ": start " + start + " must be less than end " + end);
    }
    if (end > text.length()) {
      throw new InputException(origin, where + ": end " + end + " is past the end of the text ("
          + text.length() + " UTF-16 units)");
    }
    if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
      throw new InputException(origin, where + ": [" + start + ", " + end + ") splits a character"
          + " outside the Basic Multilingual Plane; offsets must count UTF-16 units");
    }
    String covered = text.substring(start, end);
    String claimed = string(node, "text", where + ".", origin);
    if (!claimed.equals(covered)) {
      throw new InputException(origin, where + ": \"text\" is \"" + claimed + "\" but [" + start + ", "
          + end + ") covers \"" + covered + "\" (offsets are UTF-16 indices into \"text\")");
    }
    return new GoldSpan(type, new Span(start, end), covered);
  }

  private static boolean splitsSurrogatePair(String text, int offset) {
    return offset > 0 && offset < text.length()
        && Character.isHighSurrogate(text.charAt(offset - 1))
        && Character.isLowSurrogate(text.charAt(offset));
  }

  private static String string(JsonNode node, String key, String prefix, String origin)
      throws InputException {
    JsonNode v = node.get(key);
    if (v == null) {
      throw new InputException(origin, "missing \"" + prefix + key + "\"");
    }
    if (!v.isTextual()) {
      throw new InputException(origin, "\"" + prefix + key + "\" must be a string");
    }
    return v.textValue();
  }

  private static int offset(JsonNode node, String key, String where, String origin)
      throws InputException {
    JsonNode v = node.get(key);
    if (v == null) {
      throw new InputException(origin, "missing \"" + where + "." + key + "\"");
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
      throw new InputException(origin, "\"" + where + "." + key + "\" must be a non-negative integer,"
          + " got " + v);
    }
    return v.intValue();
  }

  /** Counts spans per type over documents, for statistics and sanity checks. */
  public static Map<FeatureType, Integer> countByType(List<GoldDocument> docs) {
    Map<FeatureType, Integer> counts = new EnumMap<>(FeatureType.class);
    for (FeatureType t : FeatureType.values()) {
      counts.put(t, 0);
    }
    for (GoldDocument d : docs) {
      for (GoldSpan s : d.spans()) {
        counts.merge(s.type(), 1, Integer::sum);
      }
    }
    return counts;
  }
}
