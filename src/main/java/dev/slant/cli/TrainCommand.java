package dev.slant.cli;

import dev.slant.core.InputException;
import dev.slant.detect.ml.ModelManifest;
import dev.slant.train.Corpus;
import dev.slant.train.CorpusFormat;
import dev.slant.train.Training;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code slant train}: fits a Weka classifier on labelled data and writes a model file. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a Weka classifier for a task on labelled data and save it as a model.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the model was written",
        "2:usage error: unknown option, missing or unusable value",
        "3:unreadable or malformed data or --lexicon file, training failed or the"
            + " model could not be written (nothing is written)",
        "70:internal error (one line; please report it)"})
final class TrainCommand implements Callable<Integer> {

  @Mixin TrainingOptions opts;

  @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Model file to write")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      Training training = opts.training();
      CorpusFormat format = opts.format();
      ModelManifest m;
      if (format == CorpusFormat.ARFF) {
        if (opts.data.size() != 1) {
          throw opts.usage("--data", "train on one ARFF file at a time");
        }
        m = Training.trainArff(training, opts.data.get(0), out);
      } else {
        Corpus corpus = opts.read(opts.data);
        corpus.notes().forEach(n -> err.println("note: " + n));
        m = training.train(corpus, out);
      }
      spec.commandLine().getOut().printf(Locale.ROOT,
          "wrote %s: %s model, %s, %d attributes, %d examples (%d units), threshold %.3f%n",
          out, m.task(), m.classifier(), m.attributes().size(), m.examples(), m.units(),
          m.threshold());
      return 0;
    } catch (InputException e) {
      err.println("slant train: " + e.describe());
      return ExitCodes.FAILED;
    }
  }
}
