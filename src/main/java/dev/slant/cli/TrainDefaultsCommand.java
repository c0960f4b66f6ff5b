package dev.slant.cli;

import dev.slant.core.InputException;
import dev.slant.detect.ml.ModelManifest;
import dev.slant.train.DefaultModels;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code slant train-defaults}: regenerates the bundled models from the research corpora. */
@Command(name = "train-defaults", mixinStandardHelpOptions = true,
    description = "Regenerate the bundled default models, byte for byte, from the shared research"
        + " corpora (BABE SG2, Szeged WikiWeasel, the Baly 2020 sample with the real-news"
        + " annotations of training-data/realnews; run it from the repository root). The sentence-encoder model encodes every BABE"
        + " sentence with the bundled e5-small-v2 encoder (a few minutes; set"
        + " SLANT_ENCODER_CACHE=DIR to keep the vectors for the next run).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every model was written",
        "2:usage error: unknown option, missing or unusable value",
        "3:a corpus is missing or malformed, or a model could not be written",
        "70:internal error (one line; please report it)"})
final class TrainDefaultsCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, paramLabel = "DIR",
      description = "The shared data folder (holding babe/ and szeged-uncertainty-wikiweasel/)")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Folder for the model files, e.g. src/main/resources/models")
  Path out;

  @Option(names = "--threads", defaultValue = "2", description = "Annotation threads (default: 2)")
  int threads;

  @Option(names = "--only", paramLabel = "NAME", split = ",",
      description = "Regenerate only these models, e.g. sentence-encoder (default: all of"
          + " sentence-babe, sentence-encoder, loaded-babe, hedge-szeged,"
          + " judge-realnews)")
  List<String> only;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      List<DefaultModels.Recipe> recipes = only == null ? DefaultModels.recipes()
          : DefaultModels.recipes(only);
      List<ModelManifest> models = DefaultModels.train(recipes, data, out, Math.max(1, threads),
          err::println);
      PrintWriter o = spec.commandLine().getOut();
      for (int i = 0; i < models.size(); i++) {
        ModelManifest m = models.get(i);
        o.printf(Locale.ROOT, "wrote %s: %s, %d attributes, threshold %.3f%n",
            out.resolve(recipes.get(i).file()), m.task(), m.attributes().size(),
            m.threshold());
      }
      o.flush();
      return 0;
    } catch (InputException e) {
      err.println("slant train-defaults: " + e.describe());
      return ExitCodes.FAILED;
    }
  }
}
