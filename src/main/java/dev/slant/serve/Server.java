package dev.slant.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.slant.Analyzer;
import dev.slant.SlantVersion;
import dev.slant.core.FeatureType;
import dev.slant.core.InputException;
import dev.slant.report.Stylesheet;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.server.handler.GracefulHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The {@code slant serve} web app and JSON API, on Javalin (Jetty). One {@link Analyzer}, built
 * before the server starts, serves every request.
 *
 * <p>Safety, since every web page the user visits can reach a server on their machine: requests
 * whose {@code Host} is not the bound address, {@code localhost} or (when bound to every
 * interface) an IP address are refused with 403, which defeats DNS rebinding; requests that change
 * state ({@code POST}, {@code PUT}, …) from another origin are refused with 403; the pages build
 * every piece of input into the page as text, never as markup, under a Content-Security-Policy
 * that allows no inline script; only the server's own resources and the files of its temporary
 * compare reports are served; request bodies and concurrent analyses are bounded.
 */
public final class Server {

  private static final JsonFactory JSON = new JsonFactory();
  private static final Set<HandlerType> SAFE_METHODS =
      Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
  private static final String PAGE_POLICY = "default-src 'none'; script-src 'self';"
      + " style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self';"
      + " base-uri 'none'; frame-ancestors 'none'";
  /** Compare reports are slant's own static HTML: inline styles and SVG charts, no scripts. */
  private static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline';"
      + " img-src 'self' data:; base-uri 'none'; frame-ancestors 'self'";

  /** How long requests in flight may take to finish when the server is stopped. */
  public static final long GRACE_SECONDS = 30;

  private final ServeConfig config;
  private final Scoring scoring;
  private final Annotations annotations;
  private final CompareJobs compareJobs;
  private final Resources resources;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean draining;
  private Javalin app;
  private Set<String> allowedHosts;
  private boolean anyIpHost;

  /**
   * @throws InputException if the annotations file exists but is not in the dev-set format
   */
  public Server(ServeConfig config, Analyzer analyzer) throws InputException {
    this.config = config;
    this.scoring = new Scoring(analyzer, config.maxArticleChars(), config.analyses());
    this.annotations = Annotations.open(config.annotations());
    this.compareJobs = new CompareJobs(analyzer, config.maxArticleChars(), config.analyses());
    this.resources = Resources.load();
  }

  /** Starts serving; returns once connections are accepted. */
  public Server start() {
    InetAddress bound = resolve(config.host());
    anyIpHost = bound.isAnyLocalAddress();
    Set<String> hosts = new java.util.HashSet<>(Set.of("localhost", hostName(config.host())));
    if (bound.isLoopbackAddress() || anyIpHost) {
      hosts.addAll(Set.of("127.0.0.1", "[::1]"));
    }
    allowedHosts = Set.copyOf(hosts);
    app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.http.maxRequestSize = config.maxBodyBytes();
      cfg.http.generateEtags = false;
      cfg.router.ignoreTrailingSlashes = false;
      // On stop, Jetty stops accepting connections and lets requests in flight finish
      // (their responses fully written) for up to the grace period.
      cfg.jetty.modifyServer(server -> {
        server.setHandler(new GracefulHandler());
        server.setStopTimeout(TimeUnit.SECONDS.toMillis(GRACE_SECONDS));
      });
      routes(cfg);
    });
    app.start(config.host(), config.port());
    return this;
  }

  private void routes(io.javalin.config.JavalinConfig cfg) {
    var r = cfg.routes;
    r.before(this::guard);

    r.get("/", ctx -> page(ctx, "index.html"));
    r.get("/review", ctx -> page(ctx, "index.html"));
    r.get("/compare", ctx -> page(ctx, "compare.html"));
    r.get("/static/{name}", ctx -> {
      Resources.Resource res = resources.get(ctx.pathParam("name"))
          .orElseThrow(() -> new ApiException(404, "no such file"));
      ctx.contentType(res.contentType()).result(res.bytes());
    });

    r.get("/api/health", ctx -> json(ctx, 200, object(g -> {
      g.writeStringField("status", "ok");
      g.writeStringField("version", SlantVersion.describe());
    })));
    r.get("/api/openapi.json", ctx -> ctx.contentType("application/json")
        .result(resources.get("openapi.json").orElseThrow().bytes()));
    r.get("/api/types", ctx -> json(ctx, 200, types()));
    r.post("/api/score", ctx -> {
      requireJson(ctx);
      boolean detail = "sentences".equals(ctx.queryParam("detail"));
      json(ctx, 200, scoring.score(body(ctx), detail));
    });

    r.get("/api/review", ctx -> {
      String id = ctx.queryParam("id");
      if (id == null || id.isBlank()) {
        throw new ApiException(400, "give the article's id: /api/review?id=…");
      }
      json(ctx, 200, annotations.get(id)
          .orElseThrow(() -> new ApiException(404, "no saved review for this article")));
    });
    r.put("/api/review", ctx -> {
      requireJson(ctx);
      json(ctx, 200, annotations.save(body(ctx)));
    });
    r.get("/api/annotations", ctx -> {
      ctx.header("Content-Disposition", "attachment; filename=\"annotations.jsonl\"");
      ctx.contentType("application/x-ndjson; charset=utf-8").result(annotations.contents());
    });

    r.post("/api/compare", ctx -> {
      CompareJobs.Job job = compareJobs.start(ctx.queryParam("name"), body(ctx),
          ctx.queryParam("group_by"));
      json(ctx, 202, jobJson(job));
    });
    r.get("/api/compare/{job}", ctx -> json(ctx, 200, jobJson(compareJobs
        .get(ctx.pathParam("job")).orElseThrow(() -> new ApiException(404, "no such run")))));
    r.get("/compare/{job}/<path>", ctx -> {
      Path file = compareJobs.reportFile(ctx.pathParam("job"), ctx.pathParam("path"))
          .orElseThrow(() -> new ApiException(404, "no such file"));
      ctx.header("Content-Security-Policy", REPORT_POLICY);
      ctx.contentType(Resources.contentType(file.getFileName().toString()));
      ctx.result(Files.readAllBytes(file));
    });

    r.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    r.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
        e.getStatus() == 413 ? tooLarge() : e.getMessage()));
    r.exception(Exception.class, (e, ctx) -> {
      System.err.println(InputException.printable("slant serve: internal error on "
          + ctx.method() + " " + ctx.path() + ": " + e));
      error(ctx, 500, "internal error (please report it)");
    });
    r.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        error(ctx, 404, "not found");
      }
    });
    r.error(405, ctx -> error(ctx, 405, "method not allowed"));
  }

  /** Host and Origin checks, security headers, and refusals while stopping. */
  private void guard(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cache-Control", "no-store");
    ctx.header("Content-Security-Policy", PAGE_POLICY);
    String host = ctx.header("Host");
    if (host == null || !hostAllowed(host)) {
      throw new ApiException(403, "this server answers only to http://"
          + authority(config.host(), port()) + "/ or http://localhost:" + port() + "/");
    }
    if (!SAFE_METHODS.contains(ctx.method())) {
      String origin = ctx.header("Origin");
      String site = ctx.header("Sec-Fetch-Site");
      if ((origin != null && !origin.equalsIgnoreCase("http://" + host))
          || (site != null && site.equalsIgnoreCase("cross-site"))) {
        throw new ApiException(403, "cross-origin requests may not change anything here");
      }
    }
    if (draining) {
      throw new ApiException(503, "the server is stopping");
    }
  }

  boolean hostAllowed(String host) {
    String name;
    String port = null;
    String h = host.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int close = h.indexOf(']');
      if (close < 0) {
        return false;
      }
      name = h.substring(0, close + 1);
      String rest = h.substring(close + 1);
      if (!rest.isEmpty()) {
        if (!rest.startsWith(":")) {
          return false;
        }
        port = rest.substring(1);
      }
    } else {
      int colon = h.indexOf(':');
      name = colon < 0 ? h : h.substring(0, colon);
      port = colon < 0 ? null : h.substring(colon + 1);
    }
    if (port != null && !port.equals(Integer.toString(port()))) {
      return false;
    }
    if (allowedHosts.contains(name)) {
      return true;
    }
    return anyIpHost && isIpLiteral(name);
  }

  private static boolean isIpLiteral(String name) {
    if (name.startsWith("[") && name.endsWith("]")) {
      return name.length() > 2 && name.substring(1, name.length() - 1).matches("[0-9a-f:.]+");
    }
    return name.matches("\\d{1,3}(\\.\\d{1,3}){3}");
  }

  private static String hostName(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h;
  }

  /** {@code host:port}, with an IPv6 address in brackets. */
  static String authority(String host, int port) {
    return hostName(host) + ":" + port;
  }

  private static InetAddress resolve(String host) {
    try {
      return InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host " + host);
    }
  }

  private void page(Context ctx, String name) {
    ctx.contentType("text/html; charset=utf-8").result(resources.get(name).orElseThrow().bytes());
  }

  private static void requireJson(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new ApiException(415, "send the body as Content-Type: application/json");
    }
  }

  /** The request body, refused with 413 past the limit whatever Content-Length claims. */
  private byte[] body(Context ctx) throws IOException {
    long max = config.maxBodyBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      throw new ApiException(413, tooLarge());
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw new ApiException(413, tooLarge());
      }
      return bytes;
    }
  }

  private String tooLarge() {
    return String.format(Locale.ROOT, "the request body is larger than the limit of %,d bytes"
        + " (--max-body)", config.maxBodyBytes());
  }

  private static void json(Context ctx, int status, String body) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(body);
  }

  private static void error(Context ctx, int status, String message) {
    json(ctx, status, object(g -> g.writeStringField("error",
        InputException.printable(message == null ? "error" : message))));
  }

  private String types() {
    return object(g -> {
      g.writeArrayFieldStart("types");
      for (FeatureType t : FeatureType.values()) {
        g.writeStartObject();
        g.writeStringField("id", t.id());
        g.writeStringField("label", t.label());
        g.writeStringField("description", t.description());
        g.writeStringField("colour", Stylesheet.colour(t));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("annotations", annotations.file().getFileName().toString());
    });
  }

  private static String jobJson(CompareJobs.Job job) {
    return object(g -> {
      g.writeStringField("job", job.id);
      g.writeStringField("state", job.state.name().toLowerCase(Locale.ROOT));
      g.writeNumberField("total", job.total);
      g.writeNumberField("done", job.done.get());
      g.writeNumberField("failed", job.failed.get());
      if (job.state == CompareJobs.State.DONE) {
        g.writeStringField("report", "/compare/" + job.id + "/index.html");
      }
      if (!job.error.isEmpty()) {
        g.writeStringField("error", job.error);
      }
    });
  }

  private interface Fields {
    void write(JsonGenerator g) throws IOException;
  }

  private static String object(Fields fields) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      fields.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The port connections are accepted on (the chosen one when started with port 0). */
  public int port() {
    return app.port();
  }

  /** The address the page is at, e.g. {@code http://127.0.0.1:8765/}. */
  public String url() {
    return "http://" + authority(config.host(), port()) + "/";
  }

  CompareJobs compareJobs() {
    return compareJobs;
  }

  public Path annotationsFile() {
    return annotations.file();
  }

  /**
   * Stops cleanly: no new connections are accepted, requests in flight are given up to
   * {@link #GRACE_SECONDS} to finish, then the server stops and the compare reports are deleted.
   */
  public void stop() {
    synchronized (stopped) {
      if (stopped.getCount() == 0) {
        return;
      }
      draining = true;
      app.stop();
      compareJobs.close();
      stopped.countDown();
    }
  }

  /** Blocks until {@link #stop} has finished. */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }
}
