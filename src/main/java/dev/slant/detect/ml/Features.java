package dev.slant.detect.ml;

import java.util.Arrays;

/**
 * The named feature values of one unit (a sentence or a token), sorted by name. Names absent from
 * a unit are zero. Immutable.
 */
public final class Features {

  private final String[] names;
  private final double[] values;

  private Features(String[] names, double[] values) {
    this.names = names;
    this.values = values;
  }

  public int size() {
    return names.length;
  }

  public String name(int i) {
    return names[i];
  }

  public double value(int i) {
    return values[i];
  }

  /** The value of {@code name}, or 0 when absent. */
  public double get(String name) {
    int i = Arrays.binarySearch(names, name);
    return i >= 0 ? values[i] : 0.0;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < names.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(values[i]);
    }
    return sb.append('}').toString();
  }

  /** Collects values; adding a name twice sums the values (n-gram counts). */
  public static final class Builder {
    private String[] names = new String[16];
    private double[] values = new double[16];
    private int n;

    public Builder add(String name, double value) {
      if (value == 0.0) {
        return this;
      }
      if (n == names.length) {
        names = Arrays.copyOf(names, n * 2);
        values = Arrays.copyOf(values, n * 2);
      }
      names[n] = name;
      values[n] = value;
      n++;
      return this;
    }

    public Features build() {
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> names[a].compareTo(names[b]));
      String[] outNames = new String[n];
      double[] outValues = new double[n];
      int m = 0;
      for (int k = 0; k < n; k++) {
        int i = order[k];
        if (m > 0 && outNames[m - 1].equals(names[i])) {
          outValues[m - 1] += values[i];
        } else {
          outNames[m] = names[i];
          outValues[m] = values[i];
          m++;
        }
      }
      return new Features(Arrays.copyOf(outNames, m), Arrays.copyOf(outValues, m));
    }
  }
}
