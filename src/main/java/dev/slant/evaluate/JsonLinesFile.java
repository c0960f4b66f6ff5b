package dev.slant.evaluate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.slant.core.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The strict reading of gold-data JSONL files shared by the evaluation readers: one JSON object per
 * line, blank lines skipped, a leading BOM ignored, duplicate keys and trailing tokens refused,
 * every error naming {@code file:line}. Gold data is read strictly because a typo in it silently
 * changes every figure computed from it.
 */
final class JsonLinesFile {

  /** Receives each object with its {@code file:line}. */
  interface LineHandler {
    void accept(JsonNode node, String origin) throws InputException;
  }

  private static final ObjectReader JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .readerFor(JsonNode.class);

  private JsonLinesFile() {}

  /**
   * Hands every object of the file to {@code handler}, in order.
   *
   * @param notFound what to add to "file not found", e.g. where the file usually is
   */
  static void read(Path file, String notFound, LineHandler handler) throws InputException {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new InputException(name, "is a directory, expected a .jsonl file");
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (!line.isBlank()) {
          String origin = name + ":" + lineNo;
          handler.accept(parse(line, origin), origin);
        }
      }
    } catch (NoSuchFileException e) {
      throw new InputException(name, "file not found" + notFound);
    } catch (CharacterCodingException e) {
      throw new InputException(name, "not valid UTF-8");
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage(), e);
    }
  }

  /** One line as a JSON object. */
  static JsonNode parse(String line, String origin) throws InputException {
    JsonNode root;
    try {
      root = JSON.readValue(line);
    } catch (JsonProcessingException e) {
      throw new InputException(origin, "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InputException(origin, "cannot parse: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new InputException(origin, "expected a JSON object");
    }
    return root;
  }

  /** Refuses keys outside {@code allowed}; {@code prefix} says where the object is. */
  static void checkKeys(JsonNode node, Set<String> allowed, String prefix, String origin)
      throws InputException {
    if (!node.isObject()) {
      throw new InputException(origin, prefix + " expected an object");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        throw new InputException(origin, "unknown key \"" + prefix + key + "\"; allowed: "
            + allowed.stream().sorted().collect(Collectors.joining(", ")));
      }
    }
  }
}
