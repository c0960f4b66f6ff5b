package dev.slant.cli;

import dev.slant.Analyzer;
import dev.slant.serve.ServeConfig;
import dev.slant.serve.Server;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code slant serve}: the web app and JSON API on this machine. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Serve a web page for scoring, reviewing and comparing articles, and a JSON API"
          + " (POST /api/score, GET /api/health, /api/openapi.json), until stopped with Ctrl-C.",
      "",
      "Prints 'slant: serving on http://HOST:PORT/' on standard error once it accepts"
          + " connections. Only this machine can connect unless --host says otherwise.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "130:stopped by Ctrl-C (SIGINT), 143: by SIGTERM (requests in flight were finished)",
      "2:usage error",
      "3:cannot start (port in use, unknown host, unreadable --annotations, --model or"
          + " --lexicon file)",
      "70:internal error (please report it)",
    })
public final class ServeCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServeConfig.DEFAULT_PORT,
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", paramLabel = "ADDR", defaultValue = ServeConfig.DEFAULT_HOST,
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only)."
          + " Anything else makes the server reachable from other machines, without a login.")
  String host;

  @Option(names = "--annotations", paramLabel = "FILE", defaultValue = "slant-annotations.jsonl",
      description = "Where the Review page saves reviews, in the dev-set JSONL format that"
          + " 'slant check --data' and 'slant train' read (default: ${DEFAULT-VALUE}; created on"
          + " the first review; reviews already in it are kept).")
  Path annotations;

  @Option(names = "--max-body", paramLabel = "BYTES",
      defaultValue = "" + ServeConfig.DEFAULT_MAX_BODY,
      description = "Refuse request bodies larger than this with 413 (default: ${DEFAULT-VALUE},"
          + " 10 MB).")
  long maxBody;

  @Mixin
  private AnalysisOptions analysis;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535, got " + port);
    }
    if (maxBody < 1) {
      throw new ParameterException(spec.commandLine(), "--max-body must be at least 1");
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      err.println("slant serve: unknown host '" + host + "'");
      return ExitCodes.FAILED;
    }
    if (!address.isLoopbackAddress()) {
      err.println("slant serve: warning: listening on " + host + ": other machines can reach"
          + " this server, score text and save reviews; there is no login");
    }
    Analyzer analyzer = analysis.analyzer(); // models and lexicons, loaded once for every request
    ServeConfig config = new ServeConfig(host, port, annotations, maxBody,
        analysis.readOptions().maxArticleChars(), analysis.threads());
    Server server = new Server(config, analyzer);
    try {
      server.start();
    } catch (RuntimeException e) {
      err.println("slant serve: cannot listen on " + host + ":" + port + ": " + cause(e));
      return ExitCodes.FAILED;
    }
    Thread hook = new Thread(() -> {
      err.println("slant: stopping (finishing requests in flight)");
      err.flush();
      server.stop();
    }, "slant-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    err.println("slant: serving on " + server.url());
    err.println("slant: reviews are saved to " + server.annotationsFile().toAbsolutePath());
    err.flush();
    server.awaitStop();
    return ExitCodes.OK;
  }

  private static String cause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage();
    return m == null ? root.getClass().getSimpleName() : m;
  }

}
