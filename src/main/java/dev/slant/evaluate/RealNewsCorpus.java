package dev.slant.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slant.core.FeatureType;
import dev.slant.core.InputException;
import dev.slant.core.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Span annotations of real news articles that are stored by offset only, and the article texts they
 * point into, read from the corpus file that holds them (the Baly 2020 sample by default).
 *
 * <p>The texts belong to their publishers and stay outside the repository, so an annotation line
 * carries no text: {@code {"id":…,"split":"dev","readers":["r1","r3"],"spans":[{"type":…,"start":…,
 * "end":…,"hash":"1f3a9c0b","agreed":true}],"notes":[…]}}. {@code hash} is the first eight hex
 * digits of the SHA-256 of the span's UTF-8 text: if the article file changes under the
 * annotations, the mismatch is an error naming the line, never a silently shifted span.
 *
 * <p>{@code agreed} spans are those a careful reader must find: marked by both readers, or by the
 * only reader, or confirmed in adjudication. The others were marked by one of two readers and
 * judged acceptable: finding one is not an error, missing one is not a miss.
 */
public final class RealNewsCorpus {

  /** Where the Baly sample is in a checkout that has {@code ../shared/data} beside it. */
  public static final Path DEFAULT_ARTICLES =
      Path.of("..", "shared", "data", "baly2020-news-sample", "articles.jsonl");

  /** The annotations committed with slant. */
  public static final Path DEFAULT_GOLD = Path.of("training-data", "realnews", "gold.jsonl");

  private static final Set<String> LINE_KEYS = Set.of("id", "split", "readers", "spans", "notes");
  private static final Set<String> SPAN_KEYS = Set.of("type", "start", "end", "hash", "agreed");
  private static final Set<String> READER_LINE_KEYS = Set.of("id", "reader", "spans");
  private static final Set<String> READER_SPAN_KEYS = Set.of("type", "start", "end", "hash");

  /** Which articles to score: the development split, the held-out test split, or both. */
  public enum Split {
    DEV, TEST, ALL;

    boolean admits(String split) {
      return this == ALL || name().equalsIgnoreCase(split);
    }
  }

  /** One annotated article with its text. */
  public record Article(String id, String split, String text, List<String> readers,
      List<GoldSpan> agreed, List<GoldSpan> optional, String origin) {

    public Article {
      readers = List.copyOf(readers);
      agreed = List.copyOf(agreed);
      optional = List.copyOf(optional);
    }

    /** The article as a gold document whose spans are the agreed ones. */
    public GoldDocument toGoldDocument() {
      return new GoldDocument(id, text, agreed, "", origin);
    }

    /** Agreed and optional spans of one type: what a finding may overlap and be right. */
    public List<Span> acceptable(FeatureType type) {
      List<Span> all = new ArrayList<>();
      for (List<GoldSpan> spans : List.of(agreed, optional)) {
        spans.stream().filter(s -> s.type() == type).forEach(s -> all.add(s.span()));
      }
      return all;
    }
  }

  /** One reader's independent annotation of one article, before adjudication. */
  public record Reading(String id, String reader, List<GoldSpan> spans) {
    public Reading {
      spans = List.copyOf(spans);
    }
  }

  private RealNewsCorpus() {}

  /** The annotated articles of one split, in file order, with their texts from {@code articles}. */
  public static List<Article> read(Path gold, Path articles, Split split) throws InputException {
    List<JsonLine> lines = jsonLines(gold);
    Map<String, String> texts = texts(articles, ids(lines));
    List<Article> out = new ArrayList<>();
    for (JsonLine line : lines) {
      JsonLinesFile.checkKeys(line.node(), LINE_KEYS, "", line.origin());
      String split1 = string(line.node(), "split", line.origin());
      if (!split1.equals("dev") && !split1.equals("test")) {
        throw new InputException(line.origin(), "\"split\" must be \"dev\" or \"test\", got \""
            + split1 + "\"");
      }
      if (!split.admits(split1)) {
        continue;
      }
      String id = string(line.node(), "id", line.origin());
      String text = texts.get(id);
      List<String> readers = strings(line.node(), "readers", line.origin());
      List<GoldSpan> agreed = new ArrayList<>();
      List<GoldSpan> optional = new ArrayList<>();
      JsonNode spans = array(line.node(), "spans", line.origin());
      for (int i = 0; i < spans.size(); i++) {
        String where = "spans[" + i + "]";
        JsonNode s = spans.get(i);
        JsonLinesFile.checkKeys(s, SPAN_KEYS, where + ".", line.origin());
        GoldSpan span = span(s, text, where, line.origin());
        JsonNode agreedNode = s.get("agreed");
        if (agreedNode == null || !agreedNode.isBoolean()) {
          throw new InputException(line.origin(), where + ".agreed must be true or false");
        }
        (agreedNode.booleanValue() ? agreed : optional).add(span);
      }
      out.add(new Article(id, split1, text, readers, agreed, optional, line.origin()));
    }
    return List.copyOf(out);
  }

  /** Every reader's annotations, for agreement figures; texts verify each span's hash. */
  public static List<Reading> readings(Path readers, Path articles) throws InputException {
    List<JsonLine> lines = jsonLines(readers);
    Map<String, String> texts = texts(articles, ids(lines));
    List<Reading> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonLine line : lines) {
      JsonLinesFile.checkKeys(line.node(), READER_LINE_KEYS, "", line.origin());
      String id = string(line.node(), "id", line.origin());
      String reader = string(line.node(), "reader", line.origin());
      if (!seen.add(id + "\t" + reader)) {
        throw new InputException(line.origin(), "a second reading of " + id + " by " + reader);
      }
      JsonNode spans = array(line.node(), "spans", line.origin());
      List<GoldSpan> list = new ArrayList<>();
      for (int i = 0; i < spans.size(); i++) {
        JsonLinesFile.checkKeys(spans.get(i), READER_SPAN_KEYS, "spans[" + i + "].",
            line.origin());
        list.add(span(spans.get(i), texts.get(id), "spans[" + i + "]", line.origin()));
      }
      out.add(new Reading(id, reader, list));
    }
    return List.copyOf(out);
  }

  /** The first eight hex digits of the SHA-256 of the text's UTF-8 bytes. */
  public static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private record JsonLine(JsonNode node, String origin) {}

  private static List<JsonLine> jsonLines(Path file) throws InputException {
    List<JsonLine> lines = new ArrayList<>();
    JsonLinesFile.read(file, "", (node, origin) -> lines.add(new JsonLine(node, origin)));
    if (lines.isEmpty()) {
      throw new InputException(file.toString(), "contains no annotations");
    }
    return lines;
  }

  private static Map<String, String> ids(List<JsonLine> lines) throws InputException {
    Map<String, String> ids = new LinkedHashMap<>();
    for (JsonLine line : lines) {
      ids.putIfAbsent(string(line.node(), "id", line.origin()), line.origin());
    }
    return ids;
  }

  /**
   * The bodies ({@code content_original}) of the wanted articles. Reads the whole corpus file once
   * but keeps only those.
   */
  private static Map<String, String> texts(Path articles, Map<String, String> wanted)
      throws InputException {
    Map<String, String> texts = new HashMap<>();
    JsonLinesFile.read(articles, " (the annotated articles are read from the Baly 2020 news"
        + " sample; give its articles.jsonl with --articles)", (node, origin) -> {
          JsonNode id = node.get("ID");
          JsonNode body = node.get("content_original");
          if (id != null && body != null && wanted.containsKey(id.asText())) {
            texts.put(id.asText(), body.asText());
          }
        });
    for (Map.Entry<String, String> w : wanted.entrySet()) {
      if (!texts.containsKey(w.getKey())) {
        throw new InputException(w.getValue(), "article " + w.getKey() + " is not in " + articles);
      }
    }
    return texts;
  }

  private static GoldSpan span(JsonNode node, String text, String where, String origin)
      throws InputException {
    String typeId = string(node, "type", origin);
    FeatureType type = FeatureType.fromId(typeId).orElseThrow(() -> new InputException(origin,
        where + ": unknown type \"" + typeId + "\""));
    int start = offset(node, "start", where, origin);
    int end = offset(node, "end", where, origin);
    if (start >= end || end > text.length()) {
      throw new InputException(origin, where + ": [" + start + ", " + end + ") does not fit an"
          + " article of " + text.length() + " UTF-16 units");
    }
    String covered = text.substring(start, end);
    String expected = string(node, "hash", origin);
    if (!hash(covered).equals(expected)) {
      throw new InputException(origin, where + ": the text at [" + start + ", " + end + ") has"
          + " hash " + hash(covered) + ", the annotation says " + expected
          + " (has the article file changed?)");
    }
    return new GoldSpan(type, new Span(start, end), covered);
  }

  private static String string(JsonNode node, String key, String origin) throws InputException {
    JsonNode v = node.get(key);
    if (v == null || !v.isTextual()) {
      throw new InputException(origin, "\"" + key + "\" must be a string");
    }
    return v.textValue();
  }

  private static JsonNode array(JsonNode node, String key, String origin) throws InputException {
    JsonNode v = node.get(key);
    if (v == null || !v.isArray()) {
      throw new InputException(origin, "\"" + key + "\" must be an array");
    }
    return v;
  }

  private static List<String> strings(JsonNode node, String key, String origin)
      throws InputException {
    List<String> out = new ArrayList<>();
    for (JsonNode v : array(node, key, origin)) {
      if (!v.isTextual()) {
        throw new InputException(origin, "\"" + key + "\" must hold strings");
      }
      out.add(v.textValue());
    }
    return out;
  }

  private static int offset(JsonNode node, String key, String where, String origin)
      throws InputException {
    JsonNode v = node.get(key);
    if (v == null || !v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
      throw new InputException(origin, where + "." + key + " must be a non-negative integer");
    }
    return v.intValue();
  }
}
