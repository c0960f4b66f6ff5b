package dev.slant.detect;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Sentence;
import dev.slant.core.Token;

/**
 * Adjusts a lexicon intensity for the words just before the loaded word: an intensifier directly
 * before it ("utterly shameful", "deeply reckless") adds {@link #BOOST}; a negator within the three
 * words before it ("not draconian", "is not as brutal", "hardly a massacre") multiplies by
 * {@link #NEGATED}. A negated loaded word is still the writer's chosen framing, so it is reported,
 * only with less weight. The result is clipped to [0, 1] and rounded to three decimals.
 */
final class Intensity {

  static final double BOOST = 0.1;
  static final double NEGATED = 0.5;

  private Intensity() {}

  static double adjust(AnnotatedDocument doc, int first, double intensity) {
    Token word = doc.tokens().get(first);
    Sentence s = doc.sentences().get(word.sentence());
    double score = intensity;
    Token prev = Words.at(doc, s, first - 1);
    if (prev != null && Words.INTENSIFIERS.contains(prev.lower())) {
      score += BOOST;
    }
    for (int i = first - 1; i >= first - 3; i--) {
      Token t = Words.at(doc, s, i);
      if (t == null || !t.isWord()) {
        break;
      }
      if (Words.NEGATORS.contains(t.lower())) {
        score *= NEGATED;
        break;
      }
      String pos = Words.pos(t);
      boolean skippable = pos.equals("ADV") || pos.equals("DET") || pos.equals("AUX")
          || Words.DEGREE.contains(t.lower()) || Words.BE.contains(t.lower());
      if (!skippable) {
        break;
      }
    }
    return Words.round(score);
  }
}
