package dev.slant.cli;

import dev.slant.Analyzer;
import dev.slant.Batch;
import dev.slant.compare.Bootstrap;
import dev.slant.compare.Compare;
import dev.slant.compare.CompareOptions;
import dev.slant.core.InputException;
import dev.slant.ingest.Inputs;
import dev.slant.ingest.ReadOptions;
import dev.slant.lexicon.LexiconSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code slant compare}: the per-outlet comparison report. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compares outlets (or any column) on framing and on the share of sentences the"
          + " sentence-bias model rates biased: per-outlet means with bootstrap confidence"
          + " intervals, pairwise tests, distinctive loaded terms and a page per article.",
      "Writes DIR/outlets.json, outlets.csv, articles.csv, report.md, index.html and"
          + " articles/*.html, all at once: a failed run leaves a previous report intact."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was analysed and the report written",
      "1:some inputs failed (each is reported on stderr); the report covers the others",
      "2:usage error: unknown option, missing or unusable value",
      "3:nothing could be analysed, a fatal input error (e.g. a malformed --lexicon file or an"
          + " unusable --model file) or the report could not be written",
      "70:internal error (one line; please report it)",
    })
public final class CompareCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or corpora.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Report directory.")
  Path out;

  @Option(names = "--group-by", paramLabel = "COLUMN", defaultValue = "outlet",
      description = "Compare groups of this column: outlet (default), date, url, title, id or any"
          + " further CSV/JSONL column.")
  String groupBy;

  @Option(names = "--pair-by", paramLabel = "COLUMN",
      description = "Also compare groups on shared values of this column only (e.g. story), so"
          + " a different mix of topics does not pass for a different style.")
  String pairBy;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "" + CompareOptions.DEFAULT_SEED,
      description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--resamples", paramLabel = "N", defaultValue = "" + Bootstrap.DEFAULT_RESAMPLES,
      description = "Bootstrap resamples per interval (default: ${DEFAULT-VALUE}).")
  int resamples;

  @Mixin AnalysisOptions analysis;

  @Option(names = "--no-progress", description = "No progress bar (it is shown only when"
      + " standard error is a terminal).")
  boolean noProgress;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter outWriter = spec.commandLine().getOut();
    if (resamples < 1) {
      err.println("slant compare: --resamples must be at least 1");
      return ExitCodes.USAGE;
    }
    CompareOptions options =
        new CompareOptions(groupBy, pairBy, analysis.threads(), seed, resamples);
    ReadOptions read = analysis.readOptions();
    try {
      LexiconSet lexiconSet = analysis.lexicons();
      // As in score: the bundled sentence-bias model unless --no-model, or a sentence --model.
      Analyzer analyzer = analysis.analyzer(lexiconSet);
      Map<String, Object> provenance = new LinkedHashMap<>();
      provenance.put("lexicons", lexiconSet.versions());
      provenance.put("models", analysis.modelFiles().stream().map(Path::toString).toList());
      Compare.Result result;
      DuplicateIds ids = new DuplicateIds();
      try (ProgressBar bar = progressBar(read)) {
        Consumer<Batch.Outcome> observer = outcome -> {
          if (outcome instanceof Batch.Outcome.Failed f) {
            err.println(f.error().describe());
            err.flush();
          } else if (outcome instanceof Batch.Outcome.Scored s) {
            ids.check(s.result().document(), err);
          }
          if (bar != null) {
            bar.step();
          }
        };
        result = Compare.run(Inputs.read(inputs, read), analyzer, options, provenance, out,
            observer);
      }
      ids.summarise(err);
      outWriter.printf("compared %d articles in %d groups (%d failed) → %s%n",
          result.batch().scored(), result.report().outlets().size(), result.batch().failed(),
          out.resolve("index.html"));
      if (result.batch().scored() == 0) {
        return ExitCodes.FAILED;
      }
      return result.batch().failed() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    } catch (InputException e) {
      err.println(e.describe());
      return ExitCodes.FAILED;
    } catch (IOException e) {
      err.println("slant compare: " + e.getMessage());
      return ExitCodes.FAILED;
    }
  }

  /**
   * A bar with rate and ETA on a terminal; null when standard error is not one (logs and pipes
   * stay clean). The total comes from a first, cheap pass that only reads the inputs.
   */
  private ProgressBar progressBar(ReadOptions read) {
    if (noProgress || !Terminals.stderrIsTerminal()) {
      return null;
    }
    long total;
    try (var items = Inputs.read(inputs, read)) {
      total = items.count();
    }
    return new ProgressBarBuilder()
        .setTaskName("compare")
        .setInitialMax(total)
        .setUnit(" articles", 1)
        .showSpeed()
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .clearDisplayOnFinish()
        .build();
  }
}
