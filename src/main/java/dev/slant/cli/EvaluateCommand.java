package dev.slant.cli;

import dev.slant.core.InputException;
import dev.slant.train.Corpus;
import dev.slant.train.CorpusFormat;
import dev.slant.train.EvaluationReport;
import dev.slant.train.Evaluator;
import dev.slant.train.Training;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code slant evaluate}: cross-validation grouped by article or outlet, or a held-out test set.
 * Never reports training-set accuracy.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Evaluate a classifier by grouped, stratified cross-validation or on a held-out"
        + " test set: per-class precision, recall and F1, macro-F1 and the confusion matrix.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:evaluated",
        "2:usage error: unknown option, missing or unusable value",
        "3:unreadable or malformed data, --test or --lexicon file, training failed"
            + " or the --json file could not be written",
        "70:internal error (one line; please report it)"})
final class EvaluateCommand implements Callable<Integer> {

  @Mixin TrainingOptions opts;

  @Option(names = "--folds", defaultValue = "10", description = "Cross-validation folds (default: 10)")
  int folds;

  @Option(names = "--test", arity = "1..*", paramLabel = "FILE",
      description = "Held-out test data (same format) instead of cross-validation")
  List<Path> test;

  @Option(names = "--group-by", defaultValue = "article", paramLabel = "article|outlet",
      description = "Keep each article (default) or each outlet on one side of every split")
  String groupBy;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON")
  Path json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      Training training = opts.training();
      CorpusFormat format = opts.format();
      if (folds < 2) {
        throw opts.usage("--folds", "needs at least 2 folds");
      }
      Evaluator.GroupBy by = switch (groupBy.toLowerCase(Locale.ROOT)) {
        case "article" -> Evaluator.GroupBy.ARTICLE;
        case "outlet" -> Evaluator.GroupBy.OUTLET;
        default -> throw opts.usage("--group-by", "use article or outlet, not '"
            + groupBy + "'");
      };
      EvaluationReport report;
      if (format == CorpusFormat.ARFF) {
        if (test != null || opts.data.size() != 1) {
          throw opts.usage("--data", "ARFF evaluation cross-validates one file");
        }
        report = Training.crossValidateArff(training, opts.data.get(0), folds);
      } else {
        Corpus corpus = opts.read(opts.data);
        if (test != null) {
          report = training.heldOut(corpus, opts.read(test));
        } else {
          report = training.crossValidate(corpus, folds, by,
              f -> err.printf(Locale.ROOT, "fold %d%n", f));
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(report.toText());
      out.flush();
      if (json != null) {
        try {
          Files.writeString(json, report.toJson() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new InputException(json.toString(), "cannot write: " + e.getMessage(), e);
        }
      }
      return 0;
    } catch (InputException e) {
      err.println("slant evaluate: " + e.describe());
      return ExitCodes.FAILED;
    }
  }
}
