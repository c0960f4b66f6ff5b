package dev.slant.cli;

import dev.slant.core.InputException;
import dev.slant.detect.Detectors;
import dev.slant.detect.judge.JudgedDetector;
import dev.slant.detect.ml.ModelManifest;
import dev.slant.detect.ml.ModelStore;
import dev.slant.detect.ml.Task;
import dev.slant.detect.ml.TrainedModel;
import dev.slant.lexicon.LexiconSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code slant model-info}: loads a model with every check that scoring applies (container,
 * manifest, checksum, allowlisted deserialisation, feature and lexicon compatibility) and
 * describes it.
 */
@Command(name = "model-info", mixinStandardHelpOptions = true,
    description = "Check a model file as scoring would, and describe how it was trained.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the model is usable with these lexicons and detectors",
        "2:usage error: unknown option, missing or unusable value",
        "3:the model or a --lexicon file is unreadable, malformed, refused or"
            + " incompatible",
        "70:internal error (one line; please report it)"})
final class ModelInfoCommand implements Callable<Integer> {

  @Parameters(paramLabel = "MODEL", description = "Model file, or the name of a bundled model"
      + " (sentence-babe, sentence-encoder, loaded-babe, hedge-szeged, judge-realnews)")
  Path model;

  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "Lexicon overrides the model will be used with")
  List<Path> lexicons = new ArrayList<>();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try {
      TrainedModel m = ModelStore.loadFileOrBundled(model);
      LexiconSet lexiconSet = LexiconSet.withOverrides(lexicons);
      if (m.task() == Task.JUDGE) {
        JudgedDetector.checkCompatible(m, Detectors.standard(lexiconSet));
      } else {
        m.extractor(lexiconSet, Detectors.standard(lexiconSet));
      }
      ModelManifest mf = m.manifest();
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "%s: %s model, usable with these lexicons and detectors%n", model,
          mf.task());
      out.printf(Locale.ROOT, "classifier  %s %s (seed %d)%n", mf.classifier(), mf.options(),
          mf.seed());
      out.printf(Locale.ROOT, "features    %s, %d attributes, threshold %.3f%n", mf.featureSet(),
          mf.attributes().size(), mf.threshold());
      if (mf.encoder() != null) {
        out.printf(Locale.ROOT, "encoder     %s %s%n", mf.features().encoder(), mf.encoder());
      }
      if (mf.decoding() != null) {
        out.printf(Locale.ROOT, "spans       tokens >= %.3f, grown over neighbours >= %.3f,"
            + " gaps of up to %d words bridged%n", mf.decoding().threshold(),
            mf.decoding().extension(), mf.decoding().bridge());
      }
      out.printf(Locale.ROOT, "trained on  %d examples (%d units) by slant %s%n", mf.examples(),
          mf.units(), mf.slantVersion());
      for (ModelManifest.DataFile f : mf.trainingData()) {
        out.printf(Locale.ROOT, "data        %s (%s) sha256 %s%n", f.name(), f.format(), f.sha256());
      }
      out.flush();
      return 0;
    } catch (InputException e) {
      spec.commandLine().getErr().println("slant model-info: " + e.describe());
      return ExitCodes.FAILED;
    }
  }
}
