package dev.slant.serve;

import dev.slant.Analyzer;
import dev.slant.AnalyzerBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A server on an ephemeral loopback port and the HTTP calls the tests make to it. */
final class ServeTesting {

  private static Analyzer analyzer;

  private ServeTesting() {}

  /** The analysis chain {@code slant score} uses by default, built once for all tests. */
  static synchronized Analyzer analyzer() throws Exception {
    if (analyzer == null) {
      analyzer = AnalyzerBuilder.create().build();
    }
    return analyzer;
  }

  static Server start(Path annotations, long maxBody, int maxArticleChars, int analyses)
      throws Exception {
    ServeConfig config = new ServeConfig("127.0.0.1", 0, annotations, maxBody, maxArticleChars,
        analyses);
    return new Server(config, analyzer()).start();
  }

  record Reply(int status, String contentType, String body) {}

  static final HttpClient CLIENT = HttpClient.newHttpClient();

  static Reply send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }

  static Reply get(Server s, String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(s.url() + path.substring(1))).GET().build());
  }

  static Reply postJson(Server s, String path, String json) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(s.url() + path.substring(1)))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  static Reply putJson(Server s, String path, String json) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(s.url() + path.substring(1)))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /**
   * A request written byte for byte on a socket, for what HTTP clients will not send: another
   * Host header, an unnormalised path. Returns the status line's code and the whole response.
   */
  static Reply raw(Server s, String requestHead) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", s.port())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(requestHead.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String response = all.toString(StandardCharsets.UTF_8);
      int status = Integer.parseInt(response.substring(9, 12));
      int split = response.indexOf("\r\n\r\n");
      String head = response.substring(0, Math.max(0, split));
      String type = head.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
          .map(l -> l.substring(13).trim()).findFirst().orElse("");
      return new Reply(status, type, split < 0 ? "" : response.substring(split + 4));
    }
  }

  static String rawGet(String path, String host) {
    return "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
  }
}
