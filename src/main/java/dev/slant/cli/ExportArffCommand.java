package dev.slant.cli;

import dev.slant.core.InputException;
import dev.slant.train.CorpusFormat;
import dev.slant.train.Training;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code slant export-arff}: the feature vectors of labelled data, for the Weka Explorer. */
@Command(name = "export-arff", mixinStandardHelpOptions = true,
    description = "Write the feature vectors of labelled data as an ARFF file for Weka.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the ARFF file was written",
        "2:usage error: unknown option, missing or unusable value",
        "3:unreadable or malformed data or --lexicon file, or the ARFF file could"
            + " not be written",
        "70:internal error (one line; please report it)"})
final class ExportArffCommand implements Callable<Integer> {

  @Mixin TrainingOptions opts;

  @Option(names = "--out", required = true, paramLabel = "FILE.arff", description = "ARFF file")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try {
      Training training = opts.training();
      CorpusFormat format = opts.format();
      if (format == CorpusFormat.ARFF) {
        throw opts.usage("--format", "the data is ARFF already");
      }
      int n = training.exportArff(opts.read(opts.data), out);
      spec.commandLine().getOut().println("wrote " + out + ": " + n + " instances");
      return 0;
    } catch (InputException e) {
      spec.commandLine().getErr().println("slant export-arff: " + e.describe());
      return ExitCodes.FAILED;
    }
  }
}
