package dev.slant.evaluate;

/** The F1 convention shared by every metric here, so that they agree on edge cases. */
final class Scores {

  private Scores() {}

  /**
   * Harmonic mean of precision and recall; 1 when there is nothing to find and nothing was
   * predicted, 0 when either is 0 (as in the SemEval-2020 Task 11 scorer).
   */
  static double f1(double precision, double recall, int predicted, int gold) {
    if (predicted == 0 && gold == 0) {
      return 1.0;
    }
    if (precision <= 0 || recall <= 0) {
      return 0.0;
    }
    return 2 * precision * recall / (precision + recall);
  }
}
