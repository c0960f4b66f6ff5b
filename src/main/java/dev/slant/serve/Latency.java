package dev.slant.serve;

import dev.slant.Analyzer;
import dev.slant.core.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The latency benchmark of {@code slant serve}: a server on a free loopback port, and 1, 8, 32…
 * clients each sending {@code POST /api/score} for one article back to back (HTTP/1.1, kept-alive
 * connections) for a fixed time after a warm-up. Reports requests per second and the median and
 * 95th-percentile latency at each level. Client and server share the machine, as they do when
 * someone runs slant on a laptop.
 */
public final class Latency {

  /** One concurrency level's figures. */
  public record Level(int clients, long requests, long errors, double seconds,
      double requestsPerSecond, double p50Millis, double p95Millis) {}

  private Latency() {}

  /**
   * @param body the JSON request body (one article)
   * @param analyses articles analysed at once by the server ({@code --threads})
   */
  public static List<Level> run(Analyzer analyzer, String body, List<Integer> levels,
      double seconds, int analyses, PrintWriter err) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("slant-bench-serve-");
    Server server;
    try {
      server = new Server(new ServeConfig("127.0.0.1", 0, dir.resolve("unused.jsonl"),
          ServeConfig.DEFAULT_MAX_BODY, Integer.MAX_VALUE, analyses), analyzer).start();
    } catch (InputException e) {
      throw new IOException(e.describe(), e); // the annotations file does not exist yet
    }
    try {
      URI uri = URI.create(server.url() + "api/score");
      List<Level> out = new ArrayList<>();
      for (int clients : levels) {
        err.printf(Locale.ROOT, "serve: %d client%s, %.0f s warm-up and %.0f s measured%n",
            clients, clients == 1 ? "" : "s", Math.min(seconds, 3), seconds);
        err.flush();
        load(uri, body, clients, Math.min(seconds, 3));
        out.add(load(uri, body, clients, seconds));
      }
      return out;
    } finally {
      server.stop();
      Files.deleteIfExists(dir.resolve("unused.jsonl"));
      Files.deleteIfExists(dir);
    }
  }

  private static Level load(URI uri, String body, int clients, double seconds)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      long start = System.nanoTime();
      long deadline = start + (long) (seconds * 1e9);
      List<Future<long[]>> results = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        results.add(pool.submit(() -> client(uri, body, deadline)));
      }
      List<long[]> all = new ArrayList<>();
      for (Future<long[]> f : results) {
        try {
          all.add(f.get());
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException("a benchmark client failed: " + e.getCause(), e);
        }
      }
      double elapsed = (System.nanoTime() - start) / 1e9;
      long errors = 0;
      int n = 0;
      for (long[] a : all) {
        errors += a[0];
        n += a.length - 1;
      }
      long[] latencies = new long[n];
      int i = 0;
      for (long[] a : all) {
        System.arraycopy(a, 1, latencies, i, a.length - 1);
        i += a.length - 1;
      }
      Arrays.sort(latencies);
      return new Level(clients, n, errors, elapsed, n / elapsed, percentile(latencies, 0.50),
          percentile(latencies, 0.95));
    } finally {
      pool.shutdownNow();
    }
  }

  /** Element 0: the number of failed requests; then each successful request's latency (ns). */
  private static long[] client(URI uri, String body, long deadline) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    long[] buf = new long[1024];
    int n = 1;
    long errors = 0;
    while (System.nanoTime() < deadline) {
      long t0 = System.nanoTime();
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      long t = System.nanoTime() - t0;
      if (r.statusCode() != 200) {
        errors++;
        continue;
      }
      if (n == buf.length) {
        buf = Arrays.copyOf(buf, n * 2);
      }
      buf[n++] = t;
    }
    buf[0] = errors;
    return Arrays.copyOf(buf, n);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int k = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, k))] / 1e6;
  }

  /** The figures as a Markdown table. */
  public static void print(List<Level> levels, PrintWriter out) {
    out.println("| clients | requests | errors | requests/s | p50 ms | p95 ms |");
    out.println("|---:|---:|---:|---:|---:|---:|");
    for (Level l : levels) {
      out.printf(Locale.ROOT, "| %d | %d | %d | %.1f | %.1f | %.1f |%n", l.clients(), l.requests(),
          l.errors(), l.requestsPerSecond(), l.p50Millis(), l.p95Millis());
    }
    out.flush();
  }
}
