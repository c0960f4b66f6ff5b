package dev.slant.train;

import dev.slant.core.InputException;
import weka.classifiers.Classifier;
import weka.core.OptionHandler;
import weka.core.Randomizable;
import weka.core.Utils;

/**
 * A Weka classifier by class name and options, seeded. A short name is looked up in Weka's
 * classifier packages ({@code Logistic} → {@code weka.classifiers.functions.Logistic}); only
 * classes under {@code weka.classifiers} are accepted, which keeps every model file within the
 * deserialisation allowlist.
 *
 * @param className as given or resolved
 * @param options Weka command-line options, e.g. {@code -R 1.0 -M 200}
 * @param seed set through {@link Randomizable} when the classifier has a seed
 */
public record ClassifierSpec(String className, String options, long seed) {

  // netlib (under Weka's matrix code) logs warnings about missing native libraries; the pure
  // Java fallback it then uses is what slant wants. Held in a field: loggers are weakly referenced.
  private static final java.util.logging.Logger NETLIB = quiet("com.github.fommil");

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger l = java.util.logging.Logger.getLogger(name);
    l.setLevel(java.util.logging.Level.OFF);
    return l;
  }

  private static final String[] PACKAGES = {"functions", "bayes", "trees", "meta", "lazy",
      "rules", "misc"};

  public ClassifierSpec {
    options = options == null ? "" : options.strip();
  }

  /** Resolves a short name to a full Weka class name, or fails naming what was tried. */
  public static ClassifierSpec of(String name, String options, long seed) throws InputException {
    if (name.contains(".")) {
      if (!name.startsWith("weka.classifiers.")) {
        throw new InputException("--classifier", "'" + name + "' is not a Weka classifier"
            + " (expected a class under weka.classifiers)");
      }
      return new ClassifierSpec(name, options, seed);
    }
    for (String p : PACKAGES) {
      String full = "weka.classifiers." + p + "." + name;
      try {
        Class.forName(full, false, ClassifierSpec.class.getClassLoader());
        return new ClassifierSpec(full, options, seed);
      } catch (ClassNotFoundException ignored) {
        // try the next package
      }
    }
    throw new InputException("--classifier", "no Weka classifier named '" + name + "'");
  }

  /** A new, untrained classifier with the options and seed applied. */
  public Classifier create() throws InputException {
    Classifier c;
    try {
      Class<?> cls = Class.forName(className, false, ClassifierSpec.class.getClassLoader());
      if (!Classifier.class.isAssignableFrom(cls)) {
        throw new InputException("--classifier", className + " is not a Weka classifier");
      }
      // Instantiated directly: Weka's own forName scans the whole class path first.
      c = (Classifier) cls.getDeclaredConstructor().newInstance();
      String[] split = Utils.splitOptions(options);
      if (c instanceof OptionHandler h) {
        h.setOptions(split);
      } else if (split.length > 0) {
        throw new InputException("--options", className + " takes no options");
      }
    } catch (InputException e) {
      throw e;
    } catch (ClassNotFoundException e) {
      throw new InputException("--classifier", "no Weka classifier named '" + className + "'");
    } catch (ReflectiveOperationException e) {
      throw new InputException("--classifier", className + " cannot be instantiated: " + e);
    } catch (Exception e) {
      throw new InputException("--options", "Weka rejected the options '" + options + "' for "
          + className + ": " + e.getMessage(), e);
    }
    if (c instanceof Randomizable r) {
      r.setSeed((int) seed);
    }
    return c;
  }

  /** The options as Weka reports them after construction, for manifests. */
  public String effectiveOptions() throws InputException {
    Classifier c = create();
    return c instanceof OptionHandler h ? Utils.joinOptions(h.getOptions()) : "";
  }

  /** A new classifier of this spec trained on {@code data}; a training failure names the class. */
  public Classifier train(weka.core.Instances data) throws InputException {
    Classifier c = create();
    try {
      c.buildClassifier(data);
    } catch (Exception e) {
      throw new InputException("--classifier", className() + " could not be trained: "
          + e.getMessage(), e);
    }
    return c;
  }
}
