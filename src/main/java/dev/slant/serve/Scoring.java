package dev.slant.serve;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.slant.Analyzer;
import dev.slant.ArticleResult;
import dev.slant.core.Document;
import dev.slant.ingest.Inputs;
import dev.slant.ingest.Item;
import dev.slant.ingest.ReadOptions;
import dev.slant.report.Format;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code POST /api/score}: reads one article ({@code {"text":…}}) or several
 * ({@code {"articles":[…]}}), analyses them with the shared {@link Analyzer} and answers with
 * exactly the objects {@code score --format jsonl} prints, written by the same renderer. The
 * number of articles analysed at once is bounded; a request waits for its turn.
 */
final class Scoring {

  static final Set<String> ARTICLE_KEYS = Set.of("text", "id", "title", "outlet", "date", "url");

  /** How long a request waits for an analysis slot before the server says it is busy. */
  private static final long WAIT_SECONDS = 60;

  static final ObjectReader JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .readerFor(JsonNode.class);

  private final Analyzer analyzer;
  private final ReadOptions readOptions;
  private final Semaphore slots;

  Scoring(Analyzer analyzer, int maxArticleChars, int analyses) {
    this.analyzer = analyzer;
    this.readOptions = new ReadOptions(maxArticleChars);
    this.slots = new Semaphore(analyses, true);
  }

  /**
   * The response body for a request body.
   *
   * @param detail answer with the {@code json} format's object instead (it adds each sentence's
   *     scores and text), for the web page
   */
  String score(byte[] body, boolean detail) {
    JsonNode root = parse(body);
    if (root.has("articles")) {
      if (root.size() != 1) {
        throw new ApiException(400, "a batch is {\"articles\":[…]} with no other keys");
      }
      JsonNode list = root.get("articles");
      if (!list.isArray()) {
        throw new ApiException(400, "\"articles\" must be an array of article objects");
      }
      List<Document> docs = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        docs.add(document(list.get(i), "articles[" + i + "]: "));
      }
      StringBuilder out = new StringBuilder("{\"articles\":[");
      for (int i = 0; i < docs.size(); i++) {
        out.append(i == 0 ? "" : ",").append(render(analyze(docs.get(i)), detail));
      }
      return out.append("]}").toString();
    }
    return render(analyze(document(root, "")), detail);
  }

  static JsonNode parse(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readValue(body);
    } catch (JsonProcessingException e) {
      throw new ApiException(400, "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ApiException(400, "cannot read the request body: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new ApiException(400, "expected a JSON object such as {\"text\":\"…\"}");
    }
    return root;
  }

  /** One article object, checked as every reader checks an article. */
  Document document(JsonNode node, String where) {
    if (node == null || !node.isObject()) {
      throw new ApiException(400, where + "expected a JSON object such as {\"text\":\"…\"}");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!ARTICLE_KEYS.contains(key)) {
        throw new ApiException(400, where + "unknown key \"" + key + "\"; allowed: "
            + String.join(", ", ARTICLE_KEYS.stream().sorted().toList()));
      }
    }
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      throw new ApiException(400, where + "no \"text\"");
    }
    if (!text.isTextual()) {
      throw new ApiException(400, where + "\"text\" must be a string");
    }
    String id = optional(node, "id", where);
    Document doc = new Document(id == null ? "text" : id, optional(node, "outlet", where),
        optional(node, "title", where), optional(node, "date", where),
        optional(node, "url", where), text.textValue(), "request");
    if (doc.text().length() > readOptions.maxArticleChars()) {
      throw new ApiException(422, where + String.format(Locale.ROOT,
          "the article has %,d characters, more than the limit of %,d (--max-article-chars)",
          doc.text().length(), readOptions.maxArticleChars()));
    }
    Item item = Inputs.article(doc, readOptions);
    if (item instanceof Item.Failure f) {
      String message = f.error().getMessage();
      int status = doc.text().isBlank() ? 400 : 422;
      throw new ApiException(status, where + message);
    }
    return doc;
  }

  private static String optional(JsonNode node, String key, String where) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new ApiException(400, where + "\"" + key + "\" must be a string");
    }
    return v.textValue();
  }

  ArticleResult analyze(Document doc) {
    boolean acquired = false;
    try {
      acquired = slots.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
      if (!acquired) {
        throw new ApiException(503, "the server is busy; try again");
      }
      return analyzer.analyze(doc);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "the server is stopping");
    } finally {
      if (acquired) {
        slots.release();
      }
    }
  }

  /** The {@code jsonl} (or, with detail, {@code json}) object for one result, on one line. */
  static String render(ArticleResult result, boolean detail) {
    String s = (detail ? Format.JSON : Format.JSONL).renderer(false).render(List.of(result));
    return s.strip();
  }
}
