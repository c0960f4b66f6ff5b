package dev.slant.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code slant serve} as a process: it says where it serves once it accepts connections, and on
 * SIGTERM it finishes the request in flight before it exits.
 */
class ServeCommandTest {

  private static final Pattern SERVING = Pattern.compile("^slant: serving on (http://127\\.0\\.0\\.1:(\\d+)/)$");

  @TempDir
  Path dir;

  @Test
  void printsWhereItServesAndStopsCleanlyOnSigterm() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        "dev.slant.cli.Main", "serve", "--port", "0", "--no-model", "--threads", "1",
        "--annotations", dir.resolve("reviews.jsonl").toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader err = new BufferedReader(
          new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
      String first = err.readLine();
      // With -Pspark the test class path has a second SLF4J binding, which SLF4J reports first.
      while (first != null && first.startsWith("SLF4J")) {
        first = err.readLine();
      }
      Matcher m = SERVING.matcher(first == null ? "" : first);
      assertTrue(m.matches(), "first line on stderr: " + first);
      String url = m.group(1);
      // Read the rest as it comes: destroy() closes the process's streams.
      StringBuffer rest = new StringBuffer();
      Thread reader = new Thread(() -> err.lines().forEach(l -> rest.append(l).append('\n')));
      reader.start();
      HttpClient client = HttpClient.newHttpClient();
      var health = client.send(HttpRequest.newBuilder(URI.create(url + "api/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());

      // A batch slow enough to be in flight when the signal arrives.
      List<String> articles = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        articles.add("{\"text\":\"Critics slammed the regime's so-called \\\"reform\\\" number " + i
            + ", and sources close to the minister said it would allegedly fail.\"}");
      }
      CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(HttpRequest
          .newBuilder(URI.create(url + "api/score"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"articles\":[" + String.join(",", articles)
              + "]}")).build(), HttpResponse.BodyHandlers.ofString());
      Thread.sleep(300);
      p.toHandle().destroy(); // SIGTERM, leaving our ends of its streams open
      HttpResponse<String> answer = inFlight.get(120, TimeUnit.SECONDS);
      assertEquals(200, answer.statusCode(), answer.body());
      assertEquals(400, new ObjectMapper().readTree(answer.body()).get("articles").size());
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the server exits");
      assertEquals(143, p.exitValue(), "128 + SIGTERM, as the JVM reports a stop by signal");
      reader.join(10_000);
      assertTrue(rest.toString().contains("slant: stopping"), rest.toString());
    } finally {
      p.destroyForcibly();
    }
  }
}
