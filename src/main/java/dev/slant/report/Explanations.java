package dev.slant.report;

import dev.slant.core.Finding;

/** The one-line explanation shown with a finding in every human-readable format. */
final class Explanations {

  private Explanations() {}

  /** e.g. "loaded adjective: an evaluative, … voice (cue: draconian, score 0.90)". */
  static String of(Finding f) {
    return f.type().label() + ": " + f.type().description() + " (cue: " + Display.oneLine(f.cue())
        + ", score " + Numbers.fixed(f.score(), 2) + ")";
  }
}
