package dev.slant.detect.ml;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SparseInstance;

/**
 * The fixed, ordered attribute list of a model: the extractor's dense attributes, then the sparse
 * attributes chosen from the training data (the n-gram dictionary), then the nominal class. Built
 * once from training data and recorded in the model, so that scoring-time vectors line up with
 * training-time ones; names a scoring-time unit has but the space lacks are ignored.
 */
public final class FeatureSpace {

  public static final String CLASS_ATTRIBUTE = "class";

  private final Task task;
  private final List<String> names;
  private final Map<String, Integer> index;
  private final Instances header;

  private FeatureSpace(Task task, List<String> names) {
    this.task = task;
    this.names = List.copyOf(names);
    this.index = new HashMap<>();
    ArrayList<Attribute> attributes = new ArrayList<>(names.size() + 1);
    for (String n : this.names) {
      if (index.put(n, attributes.size()) != null) {
        throw new IllegalArgumentException("duplicate attribute " + n);
      }
      attributes.add(new Attribute(n));
    }
    attributes.add(new Attribute(CLASS_ATTRIBUTE, task.classValues()));
    this.header = new Instances(relation(task), attributes, 0);
    header.setClassIndex(attributes.size() - 1);
  }

  /** The relation name of datasets in this space, which also marks slant-exported ARFF files. */
  public static String relation(Task task) {
    return "slant-" + task.id() + " " + FeatureConfig.FEATURE_SET;
  }

  /** A space with exactly these feature attributes (the class attribute is added). */
  public static FeatureSpace of(Task task, List<String> names) {
    return new FeatureSpace(task, names);
  }

  /**
   * Chooses the attributes for a training set: every dense attribute, plus each sparse attribute
   * present in at least {@code minCount} units, keeping the {@code maxTerms} most frequent (ties
   * by name), listed alphabetically.
   */
  public static FeatureSpace fit(Task task, List<String> dense, Iterable<Features> units,
      int minCount, int maxTerms) {
    Map<String, int[]> counts = new HashMap<>();
    java.util.Set<String> denseSet = new java.util.HashSet<>(dense);
    for (Features f : units) {
      for (int i = 0; i < f.size(); i++) {
        if (!denseSet.contains(f.name(i))) {
          counts.computeIfAbsent(f.name(i), k -> new int[1])[0]++;
        }
      }
    }
    List<Map.Entry<String, int[]>> frequent = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      if (e.getValue()[0] >= minCount) {
        frequent.add(e);
      }
    }
    frequent.sort((a, b) -> a.getValue()[0] != b.getValue()[0]
        ? Integer.compare(b.getValue()[0], a.getValue()[0]) : a.getKey().compareTo(b.getKey()));
    List<String> sparse = new ArrayList<>();
    for (int i = 0; i < Math.min(maxTerms, frequent.size()); i++) {
      sparse.add(frequent.get(i).getKey());
    }
    sparse.sort(null);
    List<String> names = new ArrayList<>(dense);
    names.addAll(sparse);
    return new FeatureSpace(task, names);
  }

  public Task task() {
    return task;
  }

  /** Feature attribute names in order, without the class attribute. */
  public List<String> names() {
    return names;
  }

  /** SHA-256 of the attribute names, one per line, recorded in model manifests. */
  public String sha256() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String n : names) {
        md.update(n.getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An empty dataset with this space's attributes and the class attribute set. */
  public Instances newDataset(int capacity) {
    return new Instances(header, capacity);
  }

  /** The dataset header shared by scoring-time instances; never add instances to it. */
  public Instances header() {
    return header;
  }

  /** The non-zero values of one unit: attribute indices, ascending, and their values. */
  record SparseVector(int[] indices, double[] values, int size) {}

  /**
   * The unit's non-zero values in this space, for prediction: two arrays and no Weka instance.
   * Names the space lacks are left out.
   */
  SparseVector sparse(Features f) {
    int[] idx = new int[f.size()];
    double[] val = new double[f.size()];
    int n = 0;
    for (int i = 0; i < f.size(); i++) {
      Integer a = index.get(f.name(i));
      if (a != null) {
        idx[n] = a;
        val[n] = f.value(i);
        n++;
      }
    }
    sortByIndex(idx, val, n);
    return new SparseVector(idx, val, n);
  }

  /**
   * The vector of one unit, attached to {@code dataset}.
   *
   * @param positive the gold class, or null when unknown (scoring)
   * @param sparse a sparse instance (for text-like data) or a dense one (for classifiers that
   *     handle sparse input badly)
   */
  public Instance vector(Features f, Boolean positive, Instances dataset, boolean sparse) {
    return instance(sparse(f), positive, dataset, sparse);
  }

  /** The Weka instance of a sparse vector; see {@link #vector}. */
  Instance instance(SparseVector x, Boolean positive, Instances dataset, boolean sparse) {
    int classIndex = names.size();
    int n = x.size();
    Instance inst;
    if (sparse) {
      int[] indices = Arrays.copyOf(x.indices(), n + 1);
      double[] values = Arrays.copyOf(x.values(), n + 1);
      indices[n] = classIndex;
      values[n] = positive == null ? weka.core.Utils.missingValue() : positive ? 1 : 0;
      // A class value of 0 is simply not stored in a sparse instance.
      if (positive != null && !positive) {
        indices = Arrays.copyOf(indices, n);
        values = Arrays.copyOf(values, n);
      }
      inst = new SparseInstance(1.0, values, indices, classIndex + 1);
    } else {
      double[] all = new double[classIndex + 1];
      for (int i = 0; i < n; i++) {
        all[x.indices()[i]] = x.values()[i];
      }
      all[classIndex] = positive == null ? weka.core.Utils.missingValue() : positive ? 1 : 0;
      inst = new DenseInstance(1.0, all);
    }
    inst.setDataset(dataset);
    return inst;
  }

  /**
   * Sorts the first {@code n} entries by index (all distinct). Insertion sort: features come
   * sorted by name and the n-gram attributes are alphabetical, so only the few dense attributes
   * are out of place.
   */
  private static void sortByIndex(int[] idx, double[] val, int n) {
    for (int i = 1; i < n; i++) {
      int key = idx[i];
      double v = val[i];
      int j = i - 1;
      while (j >= 0 && idx[j] > key) {
        idx[j + 1] = idx[j];
        val[j + 1] = val[j];
        j--;
      }
      idx[j + 1] = key;
      val[j + 1] = v;
    }
  }
}
