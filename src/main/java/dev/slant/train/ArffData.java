package dev.slant.train;

import dev.slant.io.AtomicWriter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.slant.core.InputException;
import dev.slant.detect.ml.FeatureConfig;
import dev.slant.detect.ml.FeatureExtractor;
import dev.slant.detect.ml.FeatureSpace;
import dev.slant.detect.ml.Features;
import dev.slant.detect.ml.ModelManifest;
import dev.slant.detect.ml.SpanDecoding;
import dev.slant.detect.ml.Task;
import dev.slant.lexicon.LexiconSet;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import weka.core.Attribute;
import weka.core.Instances;
import weka.core.converters.ArffLoader;
import weka.core.converters.ArffSaver;

/**
 * Feature vectors as ARFF, for people who want to explore them in the Weka Explorer, and back:
 * slant can train on an exported (possibly edited) ARFF file. The relation name records, as JSON
 * after {@code slant:}, the task, feature set, extraction settings, lexicon versions and
 * detectors, so a model trained from the file knows how to extract features for new texts.
 */
public final class ArffData {

  private static final String PREFIX = "slant:";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /** An ARFF file read back: its recorded settings and its instances in slant's feature space. */
  public record Loaded(Task task, FeatureConfig features, Map<String, String> lexicons,
      List<String> detectors, FeatureSpace space, Instances data, ModelManifest.DataFile file) {}

  private ArffData() {}

  static String relation(Task task, FeatureConfig features, Map<String, String> lexicons,
      List<String> detectors) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("task", task.id());
    m.put("featureSet", FeatureConfig.FEATURE_SET);
    m.put("features", features);
    m.put("lexicons", lexicons);
    m.put("detectors", detectors);
    try {
      return PREFIX + JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static void write(Path out, Task task, FeatureConfig features, Map<String, String> lexicons,
      List<String> detectors, Units units) throws InputException {
    List<Features> all = new ArrayList<>(units.size());
    for (int u = 0; u < units.size(); u++) {
      all.add(units.features(u));
    }
    FeatureSpace space = FeatureSpace.fit(task, new FeatureExtractor(task, features,
        anyLexicons()).denseNames(), all, features.minCount(), features.maxTerms());
    Instances data = space.newDataset(units.size());
    data.setRelationName(relation(task, features, lexicons, detectors));
    for (int u = 0; u < units.size(); u++) {
      data.add(space.vector(units.features(u), units.gold(u), data, true));
    }
    try {
      AtomicWriter.write(out, tmp -> {
        ArffSaver saver = new ArffSaver();
        saver.setInstances(data);
        saver.setFile(tmp.toFile());
        saver.writeBatch();
      });
    } catch (IOException e) {
      throw new InputException(out.toString(), "cannot write ARFF: " + e.getMessage(), e);
    }
  }

  /**
   * Lexicons to build an extractor with when only its attribute names are needed: those depend
   * on which lexicons exist, not on their entries or versions.
   */
  private static LexiconSet anyLexicons() throws InputException {
    return LexiconSet.bundled();
  }

  static Loaded load(Path path, Task task) throws InputException {
    Instances data;
    try {
      ArffLoader loader = new ArffLoader();
      loader.setSource(new File(path.toString()));
      data = loader.getDataSet();
    } catch (IOException e) {
      throw new InputException(path.toString(), "unreadable ARFF: " + e.getMessage(), e);
    }
    String relation = data.relationName();
    if (!relation.startsWith(PREFIX)) {
      throw new InputException(path.toString(), "not an ARFF file exported by slant export-arff"
          + " (its relation name does not start with '" + PREFIX + "')");
    }
    Map<String, Object> m;
    try {
      m = JSON.readValue(relation.substring(PREFIX.length()), new TypeReference<>() { });
    } catch (JsonProcessingException e) {
      throw new InputException(path.toString(), "unreadable slant settings in the relation name");
    }
    if (!task.id().equals(m.get("task"))) {
      throw new InputException(path.toString(), "these vectors are for the " + m.get("task")
          + " task, not the " + task.id() + " task");
    }
    if (!FeatureConfig.FEATURE_SET.equals(m.get("featureSet"))) {
      throw new InputException(path.toString(), "these vectors use feature set '"
          + m.get("featureSet") + "' but this slant extracts '" + FeatureConfig.FEATURE_SET
          + "'; export them again");
    }
    FeatureConfig features = JSON.convertValue(m.get("features"), FeatureConfig.class);
    Map<String, String> lexicons = JSON.convertValue(m.get("lexicons"), new TypeReference<>() { });
    List<String> detectors = JSON.convertValue(m.get("detectors"), new TypeReference<>() { });
    int classIndex = data.numAttributes() - 1;
    Attribute cls = data.attribute(classIndex);
    if (!cls.name().equals(FeatureSpace.CLASS_ATTRIBUTE) || !cls.isNominal()
        || !java.util.Collections.list(cls.enumerateValues()).equals(
            new ArrayList<Object>(task.classValues()))) {
      throw new InputException(path.toString(), "the last attribute must be the nominal class "
          + task.classValues());
    }
    List<String> names = new ArrayList<>();
    for (int a = 0; a < classIndex; a++) {
      if (!data.attribute(a).isNumeric()) {
        throw new InputException(path.toString(), "attribute '" + data.attribute(a).name()
            + "' is not numeric; slant features are");
      }
      names.add(data.attribute(a).name());
    }
    List<String> dense = new FeatureExtractor(task, features, anyLexicons()).denseNames();
    if (names.size() < dense.size() || !names.subList(0, dense.size()).equals(dense)) {
      throw new InputException(path.toString(), "the ARFF file lacks slant's fixed attributes"
          + " (removed in Weka?); a model trained on it could not score new texts");
    }
    data.setClassIndex(classIndex);
    return new Loaded(task, features, lexicons, detectors, FeatureSpace.of(task, names), data,
        new ModelManifest.DataFile(String.valueOf(path.getFileName()), "arff",
            Corpora.sha256(path)));
  }

  /** Trains on an ARFF file and writes the model. */
  static ModelManifest train(Training setup, Path arff, Path out) throws InputException {
    Loaded l = load(arff, setup.task());
    double threshold = setup.threshold() != null ? setup.threshold() : 0.5;
    weka.classifiers.Classifier c = setup.classifier().train(l.data());
    Trainer.Fitted fitted = new Trainer.Fitted(l.space(), c, SpanDecoding.plain(threshold),
        l.data().numInstances());
    Training withFeatures = new Training(setup.task(), l.features(), setup.classifier(),
        threshold, setup.lexicons(), setup.detectors(), setup.threads());
    ModelManifest manifest = withFeatures.manifest(fitted, List.of(l.file()),
        l.data().numInstances(), l.lexicons(), l.detectors());
    Training.write(manifest, fitted, out);
    return manifest;
  }

  /**
   * Stratified k-fold cross-validation by instance. ARFF files carry no article or outlet, so
   * units of one article can fall on both sides of a split; the report says so.
   */
  static EvaluationReport crossValidate(Training setup, Path arff, int k) throws InputException {
    Loaded l = load(arff, setup.task());
    double threshold = setup.threshold() != null ? setup.threshold() : 0.5;
    Instances data = new Instances(l.data());
    data.randomize(new Random(setup.classifier().seed()));
    data.stratify(k);
    int n = data.numInstances();
    boolean[] gold = new boolean[n];
    boolean[] pred = new boolean[n];
    List<Double> foldScores = new ArrayList<>();
    int at = 0;
    for (int f = 0; f < k; f++) {
      Instances train = data.trainCV(k, f);
      Instances test = data.testCV(k, f);
      weka.classifiers.Classifier c = setup.classifier().train(train);
      boolean[] g = new boolean[test.numInstances()];
      boolean[] p = new boolean[test.numInstances()];
      for (int i = 0; i < test.numInstances(); i++) {
        try {
          g[i] = test.instance(i).classValue() == 1.0;
          p[i] = c.distributionForInstance(test.instance(i))[1] >= threshold;
        } catch (Exception e) {
          throw new IllegalStateException("prediction failed", e);
        }
        gold[at] = g[i];
        pred[at] = p[i];
        at++;
      }
      Metrics.Binary m = Metrics.Binary.of(setup.task().classValues(), g, p);
      foldScores.add(setup.task().tokenLevel() ? m.positive().f1() : m.macroF1());
    }
    List<Double> thresholds = java.util.Collections.nCopies(k, threshold);
    return new EvaluationReport(setup.task().id(), setup.classifier().className(),
        setup.classifier().options(), setup.classifier().seed(), l.features(), List.of(l.file()),
        k + "-fold cross-validation, stratified, by instance (ARFF has no article or outlet,"
            + " so units of one article may fall on both sides)", k, n, n, n,
        Metrics.Binary.of(setup.task().classValues(), gold, pred), null, null, foldScores,
        thresholds, List.of());
  }
}
