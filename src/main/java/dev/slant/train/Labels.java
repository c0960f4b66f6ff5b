package dev.slant.train;

import dev.slant.detect.ml.Task;
import java.util.Locale;
import java.util.Set;

/** Reads a binary label written the ways people write one in their own data. */
final class Labels {

  private static final Set<String> POSITIVE =
      Set.of("1", "true", "yes", "y", "biased", "uncertain", "positive", "pos");
  private static final Set<String> NEGATIVE = Set.of("0", "false", "no", "n", "non biased",
      "not biased", "unbiased", "neutral", "certain", "negative", "neg");

  private Labels() {}

  /** True/false, or null when the value is not a recognisable label. */
  static Boolean parse(String raw, Task task) {
    String v = raw.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    if (POSITIVE.contains(v) || v.equals(task.positiveClass().replace('_', ' '))) {
      return true;
    }
    if (NEGATIVE.contains(v) || v.equals(task.classValues().get(0).replace('_', ' '))) {
      return false;
    }
    return null;
  }

  static String accepted(Task task) {
    return "1/0, true/false, yes/no, " + task.positiveClass() + "/" + task.classValues().get(0)
        + ", biased/non-biased";
  }
}
