package dev.slant.cli;

import dev.slant.Analyzer;
import dev.slant.AnalyzerBuilder;
import dev.slant.bench.Bench;
import dev.slant.bench.BenchCorpus;
import dev.slant.bench.BenchReport;
import dev.slant.core.InputException;
import dev.slant.lexicon.LexiconSet;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code slant bench}: throughput, memory and start-up time on a corpus, as a table and JSON. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Measure throughput (MB/s, tokens/s) of slant's OpenNLP annotation alone (the ceiling),"
          + " the bare OpenNLP pipeline (SentenceDetectorME, TokenizerME, beam POSTaggerME), the"
          + " full score pipeline (analysis + JSONL rendering) and compare (analysis, aggregation"
          + " and report files), with 1 thread and with --threads; peak heap; and the wall time"
          + " of `score --text` on one short article, start-up included.",
      "",
      "With --serve-latency it instead starts `slant serve` on a free loopback port and reports"
          + " requests/s and the median and 95th-percentile latency of POST /api/score for one"
          + " short article (--serve-article) at 1, 8 and 32 concurrent clients.",
      "",
      "With --compare-scale MB it instead writes a corpus of that size to a temporary directory"
          + " and runs compare over it, reporting the memory used; run it with a small heap, e.g."
          + " java -Xmx512m -jar target/slant.jar bench --compare-scale 1024.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:measured",
      "2:usage error: unknown option, missing or unusable value",
      "3:the corpus is missing or unreadable, or a fatal input error (e.g. a malformed --lexicon"
          + " file)",
      "70:internal error (one line; please report it)",
    })
public final class BenchCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR|FILE",
      description = "The articles to read: a directory of .txt files, one .txt file, or a .jsonl"
          + " file whose objects hold the text under \"text\" or \"content_original\" (default:"
          + " the Baly et al. 2020 news sample in ../shared/data next to the checkout, or"
          + " -Dslant.shared.data; without it the SemEval-2020 PTC news articles).")
  private Path corpus;

  @Option(names = "--min-mb", paramLabel = "MB", defaultValue = "20",
      description = "Repeat the corpus until it is at least this many MB (default: ${DEFAULT-VALUE}).")
  private double minMb;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "1",
      description = "Timed runs per stage; the median is reported (default: ${DEFAULT-VALUE}).")
  private int runs;

  @Option(names = "--stages", paramLabel = "LIST", split = ",",
      defaultValue = "opennlp,bare-opennlp,score,compare",
      description = "Stages to time (default: ${DEFAULT-VALUE}); opennlp always runs. encoder"
          + " adds the sentence encoder alone and score --model sentence-encoder, on the first"
          + " --encoder-kb of the corpus, in wordpieces/s.")
  private List<String> stages;

  @Option(names = "--startup-runs", paramLabel = "N", defaultValue = "5",
      description = "Timed start-up runs per command; 0 leaves start-up out (default:"
          + " ${DEFAULT-VALUE}).")
  private int startupRuns;

  @Option(names = "--encoder-kb", paramLabel = "KB", defaultValue = "300",
      description = "Bytes of articles the encoder stages read (default: ${DEFAULT-VALUE}).")
  private long encoderKb;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON.")
  private Path json;

  @Option(names = "--compare-scale", paramLabel = "MB",
      description = "Only run compare over a generated corpus of this many MB.")
  private Double compareScaleMb;

  @Option(names = "--scratch", paramLabel = "DIR",
      description = "Where temporary corpora and reports go (default: the system temp dir).")
  private Path scratch = Path.of(System.getProperty("java.io.tmpdir"));

  @Option(names = "--project", paramLabel = "DIR",
      description = "The checkout whose ./slant launcher and target/slant.jar are timed for"
          + " start-up (default: the one this program runs from).")
  private Path project;

  @Option(names = "--serve-latency",
      description = "Only measure the latency of slant serve's POST /api/score under load.")
  private boolean serveLatency;

  @Option(names = "--serve-article", paramLabel = "FILE",
      description = "The article for --serve-latency (default:"
          + " training-data/examples/harbour-curfew-framed.txt in the checkout).")
  private Path serveArticle;

  @Option(names = "--serve-clients", paramLabel = "LIST", split = ",", defaultValue = "1,8,32",
      description = "Concurrent clients for --serve-latency (default: ${DEFAULT-VALUE}).")
  private List<Integer> serveClients;

  @Option(names = "--serve-seconds", paramLabel = "S", defaultValue = "10",
      description = "Measured seconds per level for --serve-latency, after a warm-up of up to 3 s"
          + " (default: ${DEFAULT-VALUE}).")
  private double serveSeconds;

  @Mixin
  private AnalysisOptions analysis;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (minMb < 0 || runs < 1 || startupRuns < 0
        || (compareScaleMb != null && compareScaleMb <= 0)) {
      throw new ParameterException(spec.commandLine(),
          "--min-mb and --compare-scale must be positive, --runs at least 1 and --startup-runs"
              + " at least 0");
    }
    Path project = this.project != null ? this.project.toAbsolutePath() : projectDir();
    if (serveLatency) {
      return serveLatency(project, out, err);
    }
    Path source = corpus != null ? corpus : BenchCorpus.defaultSource(sharedData(project));
    if (!Files.exists(source)) {
      err.println("slant bench: " + source + ": no such file or directory"
          + (corpus == null ? " (the default corpus; give one with --corpus)" : ""));
      return ExitCodes.FAILED;
    }
    BenchReport report;
    try {
      LexiconSet lexicons = analysis.lexicons();
      // score and compare build the same chain from the same options (sentence model included
      // unless --no-model), so each stage measures what its command does.
      Analyzer analyzer = analysis.analyzer(lexicons);
      Analyzer withEncoder = stages.contains(dev.slant.bench.Workloads.ENCODER)
          ? AnalyzerBuilder.create().lexicons(lexicons).model(Path.of("sentence-encoder")).build()
          : null;
      report = compareScaleMb != null
          ? Bench.compareScale(source, (long) (compareScaleMb * 1e6), analysis.threads(),
              scratch, analyzer, err)
          : Bench.run(new Bench.Settings(source, (long) (minMb * 1e6), analysis.threads(), runs,
              Set.copyOf(stages), startupRuns, project, scratch, encoderKb * 1000), analyzer,
              analyzer, withEncoder, err);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    } catch (InputException e) {
      err.println(e.describe());
      return ExitCodes.FAILED;
    } catch (java.io.IOException e) {
      // an unreadable or malformed corpus: the message names the file (and line)
      err.println("slant bench: " + e.getMessage());
      return ExitCodes.FAILED;
    }
    report.printTable(out);
    if (json != null) {
      report.writeJson(json);
      err.println("wrote " + json);
    }
    return ExitCodes.OK;
  }

  private int serveLatency(Path project, PrintWriter out, PrintWriter err) throws Exception {
    if (serveSeconds <= 0 || serveClients.stream().anyMatch(c -> c < 1)) {
      throw new ParameterException(spec.commandLine(),
          "--serve-seconds must be positive and --serve-clients at least 1 each");
    }
    Path file = serveArticle != null ? serveArticle
        : project.resolve("training-data/examples/harbour-curfew-framed.txt");
    String text;
    try {
      text = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      err.println("slant bench: " + file + ": cannot read (" + e.getMessage() + ")");
      return ExitCodes.FAILED;
    }
    String body = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
        .put("text", text).put("id", "bench").toString();
    Analyzer analyzer;
    try {
      analyzer = analysis.analyzer();
    } catch (InputException e) {
      err.println(e.describe());
      return ExitCodes.FAILED;
    }
    out.printf(java.util.Locale.ROOT, "slant serve latency: %s (%,d characters), --threads %d,"
        + " %d processors%n", file.getFileName(), text.length(), analysis.threads(),
        Runtime.getRuntime().availableProcessors());
    dev.slant.serve.Latency.print(dev.slant.serve.Latency.run(analyzer, body, serveClients,
        serveSeconds, analysis.threads(), err), out);
    return ExitCodes.OK;
  }

  /**
   * The checkout: {@code -Dslant.project.dir}, else the directory holding {@code target/} when
   * running from {@code target/slant.jar} or {@code target/classes}, else the working directory.
   */
  static Path projectDir() {
    String property = System.getProperty("slant.project.dir");
    if (property != null) {
      return Path.of(property).toAbsolutePath();
    }
    try {
      Path code = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI()).toAbsolutePath();
      Path target = code.getParent();
      if (target != null && target.getFileName() != null
          && target.getFileName().toString().equals("target") && target.getParent() != null) {
        return target.getParent();
      }
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // an unusual class loader: fall back to the working directory
    }
    return Path.of("").toAbsolutePath();
  }

  /** {@code -Dslant.shared.data}, else {@code ../shared/data} next to the checkout. */
  static Path sharedData(Path project) {
    String property = System.getProperty("slant.shared.data");
    return property != null ? Path.of(property)
        : project.resolveSibling("shared").resolve("data");
  }
}
