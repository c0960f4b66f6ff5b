package dev.slant.serve;

import static dev.slant.serve.ServeTesting.get;
import static dev.slant.serve.ServeTesting.postJson;
import static dev.slant.serve.ServeTesting.putJson;
import static dev.slant.serve.ServeTesting.raw;
import static dev.slant.serve.ServeTesting.rawGet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slant.SlantVersion;
import dev.slant.cli.Main;
import dev.slant.core.Document;
import dev.slant.evaluate.DevSetReader;
import dev.slant.evaluate.GoldDocument;
import dev.slant.ingest.Inputs;
import dev.slant.ingest.Item;
import dev.slant.ingest.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over real HTTP, on an ephemeral loopback port. */
class ServeApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EXAMPLES = Path.of(System.getProperty("slant.project.dir", "."),
      "training-data", "examples");
  private static final long MAX_BODY = 100_000;
  private static final int MAX_CHARS = 20_000;
  private static final String CURFEW = "The council pushed through a draconian curfew on Tuesday."
      + " Critics slammed the so-called \"safety plan\", and sources close to the mayor said it"
      + " would allegedly last a year.";

  @TempDir
  static Path dir;
  static Server server;

  @BeforeAll
  static void start() throws Exception {
    server = ServeTesting.start(dir.resolve("reviews.jsonl"), MAX_BODY, MAX_CHARS, 2);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  private static String article(String text) {
    ObjectNode o = JSON.createObjectNode();
    o.put("text", text);
    return o.toString();
  }

  @Test
  void healthSaysOkAndTheVersion() throws Exception {
    var r = get(server, "/api/health");
    assertEquals(200, r.status());
    assertTrue(r.contentType().startsWith("application/json"));
    assertEquals("{\"status\":\"ok\",\"version\":\"" + SlantVersion.describe() + "\"}", r.body());
  }

  @Test
  void scoreAnswersWhatScoreJsonlPrintsForEveryBundledExample() throws Exception {
    List<String> files;
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      files = s.map(Path::toString).sorted().collect(Collectors.toList());
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> args = new ArrayList<>(List.of("score", "--format", "jsonl"));
    args.addAll(files);
    int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
        new PrintWriter(err), args.toArray(String[]::new));
    assertEquals(0, code, err.toString());
    List<String> expected = out.toString().lines().toList();

    List<Document> docs;
    try (Stream<Item> items = Inputs.read(files, ReadOptions.defaults())) {
      docs = items.map(i -> ((Item.Article) i).document()).toList();
    }
    assertEquals(expected.size(), docs.size());
    assertTrue(docs.size() >= 9, "the examples hold three texts and two corpora");
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      Document d = docs.get(i);
      ObjectNode o = JSON.createObjectNode();
      o.put("text", d.text());
      o.put("id", d.id());
      o.put("title", d.title());
      o.put("outlet", d.outlet());
      bodies.add(o.toString());
      var r = postJson(server, "/api/score", o.toString());
      assertEquals(200, r.status(), r.body());
      assertEquals(expected.get(i), r.body(), "article " + d.id());
    }
    var batch = postJson(server, "/api/score", "{\"articles\":[" + String.join(",", bodies) + "]}");
    assertEquals(200, batch.status());
    assertEquals("{\"articles\":[" + String.join(",", expected) + "]}", batch.body());
  }

  @Test
  void scoreWithoutAnIdIsTheArticleScoreTextPrints() throws Exception {
    StringWriter out = new StringWriter();
    Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
        new PrintWriter(new StringWriter()), "score", "--format", "jsonl", "--text", CURFEW);
    var r = postJson(server, "/api/score", article(CURFEW));
    assertEquals(out.toString().strip(), r.body());
    JsonNode findings = JSON.readTree(r.body()).get("findings");
    assertTrue(findings.size() >= 3, r.body());
  }

  @Test
  void detailAddsTheSentenceScores() throws Exception {
    var r = postJson(server, "/api/score?detail=sentences", article(CURFEW));
    JsonNode root = JSON.readTree(r.body());
    assertEquals(2, root.get("sentence_scores").size());
    assertTrue(root.get("sentence_scores").get(0).has("bias_probability"));
  }

  @Test
  void badRequestsAreJsonErrorsAndTheServerGoesOn() throws Exception {
    assertError(400, postJson(server, "/api/score", "{\"text\": \"unterminated"), "malformed JSON");
    assertError(400, postJson(server, "/api/score", "{\"title\": \"No body\"}"), "no \"text\"");
    assertError(400, postJson(server, "/api/score", "{\"text\": 42}"), "must be a string");
    assertError(400, postJson(server, "/api/score", "{\"text\": \"   \"}"), "whitespace");
    assertError(400, postJson(server, "/api/score", "[1, 2]"), "JSON object");
    assertError(400, postJson(server, "/api/score", "{\"text\": \"A.\", \"model\": false}"),
        "unknown key \"model\"");
    assertError(400, postJson(server, "/api/score",
        "{\"articles\": [{\"text\": \"Fine.\"}, {\"txt\": \"typo\"}]}"), "articles[1]: unknown key");
    assertError(422, postJson(server, "/api/score", article("word ".repeat(MAX_CHARS / 5 + 1))),
        "more than the limit of 20,000");
    assertError(413, postJson(server, "/api/score", article("x".repeat((int) MAX_BODY + 10))),
        "larger than the limit of 100,000 bytes");
    var plain = ServeTesting.send(HttpRequest.newBuilder(URI.create(server.url() + "api/score"))
        .header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(article(CURFEW))).build());
    assertError(415, plain, "application/json");
    assertError(404, get(server, "/api/nothing-here"), "not found");
    assertEquals(200, get(server, "/api/health").status());
  }

  @Test
  void aHugeBodySentInChunksIsRefusedToo() throws Exception {
    byte[] big = article("y".repeat((int) MAX_BODY * 3)).getBytes();
    var r = ServeTesting.send(HttpRequest.newBuilder(URI.create(server.url() + "api/score"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
        .build());
    assertError(413, r, "larger than the limit");
  }

  @Test
  void refusesAHostThatIsNotItsOwnAddress() throws Exception {
    int port = server.port();
    assertError(403, raw(server, rawGet("/api/health", "attacker.example:" + port)),
        "answers only to");
    assertError(403, raw(server, rawGet("/", "attacker.example")), "answers only to");
    assertError(403, raw(server, rawGet("/api/health", "127.0.0.1:" + (port == 1 ? 2 : 1))),
        "answers only to");
    assertError(403, raw(server, rawGet("/api/health", "127.0.0.1.attacker.example:" + port)),
        "answers only to");
    assertEquals(200, raw(server, rawGet("/api/health", "127.0.0.1:" + port)).status());
    assertEquals(200, raw(server, rawGet("/api/health", "localhost:" + port)).status());
    assertEquals(200, raw(server, rawGet("/api/health", "LOCALHOST:" + port)).status());
  }

  @Test
  void refusesStateChangesFromAnotherOrigin() throws Exception {
    String review = "{\"id\":\"o-1\",\"text\":\"Calm words.\",\"spans\":[]}";
    for (String origin : List.of("http://attacker.example", "null",
        "http://localhost:" + (server.port() + 1))) {
      var score = ServeTesting.send(HttpRequest.newBuilder(URI.create(server.url() + "api/score"))
          .header("Content-Type", "application/json").header("Origin", origin)
          .POST(HttpRequest.BodyPublishers.ofString(article(CURFEW))).build());
      assertError(403, score, "cross-origin");
      var put = ServeTesting.send(HttpRequest.newBuilder(URI.create(server.url() + "api/review"))
          .header("Content-Type", "application/json").header("Origin", origin)
          .PUT(HttpRequest.BodyPublishers.ofString(review)).build());
      assertError(403, put, "cross-origin");
    }
    var fetchMeta = ServeTesting.send(HttpRequest.newBuilder(URI.create(server.url() + "api/score"))
        .header("Content-Type", "application/json").header("Sec-Fetch-Site", "cross-site")
        .POST(HttpRequest.BodyPublishers.ofString(article(CURFEW))).build());
    assertError(403, fetchMeta, "cross-origin");
    assertEquals(404, get(server, "/api/review?id=o-1").status(), "nothing was saved");
    var own = ServeTesting.send(HttpRequest.newBuilder(URI.create(server.url() + "api/score"))
        .header("Content-Type", "application/json")
        .header("Origin", "http://127.0.0.1:" + server.port())
        .POST(HttpRequest.BodyPublishers.ofString(article(CURFEW))).build());
    assertEquals(200, own.status());
  }

  @Test
  void servesNoFileOutsideItsOwnResources() throws Exception {
    for (String path : List.of("/static/../../../../etc/passwd", "/static/..%2f..%2fpom.xml",
        "/static/%2e%2e/%2e%2e/pom.xml", "/../../../../etc/passwd", "/static/../Server.class",
        "/static/index.html/../../../../../etc/passwd", "/compare/0/../../../etc/passwd",
        "/static/serve.css%00.html", "/static/dev/slant/serve/web/app.js", "/pom.xml")) {
      var r = raw(server, rawGet(path, "127.0.0.1:" + server.port()));
      assertTrue(r.status() == 400 || r.status() == 404, path + " gave " + r.status());
      assertFalse(r.body().contains("root:"), path);
      assertFalse(r.body().contains("<project"), path);
    }
    assertEquals(200, get(server, "/static/app.js").status());
  }

  @Test
  void reportFilesStayInsideTheirRunsFolder() throws Exception {
    String csv = "id,outlet,text\n"
        + "a1,North Star,The council pushed through a draconian curfew on Tuesday.\n"
        + "a2,North Star,Critics slammed the so-called safety plan as a power grab.\n"
        + "b1,Daily Wire Service,The council approved a curfew on Tuesday by six votes to three.\n"
        + "b2,Daily Wire Service,The mayor said the curfew would be reviewed in a year.\n";
    var started = ServeTesting.send(HttpRequest.newBuilder(URI.create(server.url()
            + "api/compare?name=corpus.csv"))
        .header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString(csv)).build());
    assertEquals(202, started.status(), started.body());
    String job = JSON.readTree(started.body()).get("job").asText();
    JsonNode state;
    long until = System.currentTimeMillis() + 120_000;
    do {
      Thread.sleep(100);
      state = JSON.readTree(get(server, "/api/compare/" + job).body());
    } while (!state.get("state").asText().matches("done|failed")
        && System.currentTimeMillis() < until);
    assertEquals("done", state.get("state").asText(), state.toString());
    assertEquals(4, state.get("done").asInt());
    var index = get(server, state.get("report").asText());
    assertEquals(200, index.status());
    assertTrue(index.body().contains("North Star"));
    for (String path : List.of("../corpus.csv", "../../etc/passwd", "/etc/passwd",
        "..\\corpus.csv", "%2e%2e/corpus.csv", "./../report/../corpus.csv")) {
      var r = raw(server, rawGet("/compare/" + job + "/" + path, "127.0.0.1:" + server.port()));
      assertTrue(r.status() == 400 || r.status() == 404, path + " gave " + r.status());
    }
    Path runFolder = Path.of(System.getProperty("java.io.tmpdir"));
    assertTrue(Files.list(runFolder).anyMatch(p -> p.getFileName().toString()
        .startsWith("slant-serve-compare-")), "the run's temporary folder");
    CompareJobs jobs = new CompareJobs(null, 1000, 1);
    assertTrue(jobs.reportFile(job, "index.html").isEmpty(), "another server's runs are unknown");
    assertError(400, ServeTesting.send(HttpRequest.newBuilder(URI.create(server.url()
            + "api/compare?name=corpus.exe"))
        .POST(HttpRequest.BodyPublishers.ofString(csv)).build()), ".csv or .jsonl");
  }

  @Test
  void aSavedReviewIsReadBackAndIsDevSetJsonl() throws Exception {
    String text = "Officials reportedly slammed the plan.";
    String review = "{\"id\":\"r-1\",\"text\":\"" + text + "\",\"spans\":["
        + "{\"type\":\"attribution_hedge\",\"start\":10,\"end\":20,\"text\":\"reportedly\"},"
        + "{\"type\":\"loaded_language\",\"start\":21,\"end\":28,\"text\":\"slammed\"}]}";
    var saved = putJson(server, "/api/review", review);
    assertEquals(200, saved.status(), saved.body());
    assertEquals(review, get(server, "/api/review?id=r-1").body());
    var wrong = putJson(server, "/api/review", review.replace("\"slammed\"}", "\"slamme\"}"));
    assertError(400, wrong, "covers \"slammed\"");
    assertEquals(review, get(server, "/api/review?id=r-1").body(), "a refused save changes nothing");
    List<GoldDocument> docs = DevSetReader.read(server.annotationsFile());
    assertTrue(docs.stream().anyMatch(d -> d.id().equals("r-1") && d.spans().size() == 2));
    var download = get(server, "/api/annotations");
    assertEquals(Files.readString(server.annotationsFile()), download.body());
    assertError(404, get(server, "/api/review?id=never-saved"), "no saved review");
  }

  @Test
  void aHundredRequestsFromEightClientsAreAllAnsweredCorrectly() throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> answers = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        String text = "Ward " + i + " residents reportedly slammed the draconian plan, and"
            + " sources said " + (i % 7) + " councillors would \"review\" it.";
        texts.add(text);
        answers.add(clients.submit(() -> postJson(server, "/api/score", article(text)).body()));
      }
      for (int i = 0; i < 100; i++) {
        String expected = Scoring.render(ServeTesting.analyzer().analyze(Document.of("text",
            texts.get(i))), false);
        assertEquals(expected, answers.get(i).get(), "request " + i);
      }
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void stoppingDeletesTheCompareFolders(@TempDir Path own) throws Exception {
    Server other = ServeTesting.start(own.resolve("reviews.jsonl"), MAX_BODY, MAX_CHARS, 1);
    CompareJobs.Job job;
    try {
      var started = ServeTesting.send(HttpRequest.newBuilder(URI.create(other.url()
              + "api/compare?name=c.jsonl"))
          .POST(HttpRequest.BodyPublishers.ofString(
              "{\"outlet\":\"A\",\"text\":\"The regime slammed critics.\"}\n"
                  + "{\"outlet\":\"B\",\"text\":\"The government answered critics.\"}\n"))
          .build());
      assertEquals(202, started.status(), started.body());
      String id = JSON.readTree(started.body()).get("job").asText();
      job = other.compareJobs().get(id).orElseThrow();
      assertTrue(Files.isDirectory(job.dir));
    } finally {
      other.stop();
    }
    assertFalse(Files.exists(job.dir), "deleted when the server stops");
    assertFalse(Files.exists(own.resolve("reviews.jsonl")), "an upload never touches the reviews");
  }

  @Test
  void theOpenApiDocumentDescribesEveryEndpoint() throws Exception {
    JsonNode doc = JSON.readTree(get(server, "/api/openapi.json").body());
    assertEquals("3.0.3", doc.get("openapi").asText());
    for (String path : List.of("/api/health", "/api/score", "/api/review", "/api/annotations",
        "/api/compare", "/api/types")) {
      assertTrue(doc.get("paths").has(path), path);
    }
  }

  private static void assertError(int status, ServeTesting.Reply r, String message)
      throws Exception {
    assertEquals(status, r.status(), r.body());
    assertTrue(r.contentType().startsWith("application/json"), r.contentType());
    JsonNode body = JSON.readTree(r.body());
    assertTrue(body.get("error").asText().contains(message), r.body());
    assertFalse(r.body().contains("at dev.slant"), "no stack trace");
  }
}
