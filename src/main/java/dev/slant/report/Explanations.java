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

  /** e.g. "neutral wording: criticised", or "" when the finding has no suggestion. */
  static String suggestion(Finding f) {
    if (!f.hasSuggestion()) {
      return "";
    }
    return f.suggestion().isEmpty() ? "neutral wording: leave it out"
        : "neutral wording: " + Display.oneLine(f.suggestion());
  }
}
