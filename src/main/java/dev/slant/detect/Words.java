package dev.slant.detect;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Sentence;
import dev.slant.core.Token;
import java.util.Set;

/**
 * Closed-class English words the lexicon detectors reason about (forms of "be", modals, pronouns,
 * degree adverbs, negators) and small token-context helpers. Open-class, evaluative vocabulary
 * lives in the lexicon files; these grammatical words are part of the rules, not of the curation.
 */
final class Words {

  private Words() {}

  /** Forms of "be", including clitics as the tokenizer splits them ("it's" → "it" + "'s"). */
  static final Set<String> BE = Set.of(
      "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m");

  /** Linking verbs that take an adjective complement like "be" does ("seemed reckless"). */
  static final Set<String> LINKING = Set.of(
      "seem", "seems", "seemed", "appear", "appears", "appeared", "look", "looks", "looked",
      "sound", "sounds", "sounded", "become", "becomes", "became", "becoming", "remain", "remains",
      "remained", "prove", "proves", "proved", "proven", "grow", "grows", "grew", "feel", "feels",
      "felt", "get", "gets", "got");

  /** Verbs that take an object plus an adjective complement ("called it shameful"). */
  static final Set<String> COMPLEMENT_VERBS = Set.of(
      "call", "calls", "called", "calling", "find", "finds", "found", "finding", "deem", "deems",
      "deemed", "consider", "considers", "considered", "considering", "brand", "brands", "branded",
      "branding", "make", "makes", "made", "making", "label", "labels", "labelled", "labeled",
      "describe", "describes", "described", "describing");

  static final Set<String> HAVE = Set.of("have", "has", "had", "having", "'ve", "'d");

  static final Set<String> MODALS = Set.of(
      "will", "would", "can", "could", "may", "might", "must", "shall", "should", "'ll", "'d",
      "wo", "ca");

  /** Auxiliaries that can stand between a subject and its verb ("critics have long argued"). */
  static final Set<String> AUXILIARIES = Set.of(
      "have", "has", "had", "'ve", "do", "does", "did", "will", "would", "can", "could", "may",
      "might", "must", "shall", "should", "'ll", "'d", "wo", "ca", "not", "n't", "also", "still",
      "now", "long", "often", "already", "repeatedly", "privately", "publicly", "widely",
      "generally", "increasingly", "frequently", "previously", "recently", "once", "always",
      "even", "too", "further", "later", "earlier", "separately", "openly");

  static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "you", "he", "she", "we", "they", "who");

  static final Set<String> DETERMINERS = Set.of(
      "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
      "my", "your", "each", "every", "any", "no", "another");

  /** Words before an adjective that show it is used as one ("so reckless", "most shameful"). */
  static final Set<String> DEGREE = Set.of(
      "so", "very", "too", "more", "most", "less", "least", "as", "quite", "rather", "really",
      "truly", "utterly", "deeply", "absolutely", "totally", "completely", "thoroughly",
      "downright", "profoundly", "wholly", "extremely", "incredibly", "staggeringly", "outright",
      "particularly", "especially", "increasingly", "frankly", "simply", "plainly", "clearly",
      "patently", "manifestly", "fairly", "pretty", "somewhat", "equally", "similarly",
      "unusually", "uniquely", "almost", "nearly", "just", "entirely", "fundamentally",
      "inherently", "grossly", "hopelessly", "genuinely", "positively", "unbelievably",
      "astonishingly", "breathtakingly", "shockingly", "horribly", "terribly", "awfully");

  /** Degree words that raise the score of the loaded word they modify. */
  static final Set<String> INTENSIFIERS = Set.of(
      "so", "very", "too", "most", "really", "truly", "utterly", "deeply", "absolutely", "totally",
      "completely", "thoroughly", "downright", "profoundly", "wholly", "extremely", "incredibly",
      "staggeringly", "outright", "particularly", "especially", "grossly", "hopelessly",
      "genuinely", "positively", "unbelievably", "astonishingly", "breathtakingly", "shockingly",
      "horribly", "terribly", "awfully", "patently", "manifestly", "entirely", "fundamentally");

  /** Words that negate or weaken what follows ("not draconian", "hardly a massacre"). */
  static final Set<String> NEGATORS = Set.of(
      "not", "n't", "never", "hardly", "scarcely", "barely", "nor", "neither", "no");

  static boolean isWord(Token t) {
    return t.isWord();
  }

  static boolean isPunctuation(Token t) {
    return !t.isWord();
  }

  /** The universal POS tag's main part: {@code NOUN+PART} ("regime's") → {@code NOUN}. */
  static String pos(Token t) {
    String p = t.pos();
    int plus = p.indexOf('+');
    return plus < 0 ? p : p.substring(0, plus);
  }

  static boolean isNominal(Token t) {
    String p = pos(t);
    return p.equals("NOUN") || p.equals("PROPN");
  }

  static boolean isVerbal(Token t) {
    String p = pos(t);
    return p.equals("VERB") || p.equals("AUX");
  }

  /** True if the token's text starts with an upper-case letter. */
  static boolean capitalised(Token t) {
    return !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
  }

  /** The token at {@code i} if it lies in {@code s}, else null. */
  static Token at(AnnotatedDocument doc, Sentence s, int i) {
    return i >= s.firstToken() && i < s.endToken() ? doc.tokens().get(i) : null;
  }

  /** The lower-cased text of the token at {@code i} in {@code s}, or "" outside the sentence. */
  static String lower(AnnotatedDocument doc, Sentence s, int i) {
    Token t = at(doc, s, i);
    return t == null ? "" : t.lower();
  }

  /**
   * True if most words of the sentence are capitalised, as in a title-case headline, where the
   * tagger's PROPN tags say nothing about names.
   */
  static boolean titleCase(AnnotatedDocument doc, Sentence s) {
    int words = 0;
    int capitalised = 0;
    for (Token t : doc.tokensOf(s)) {
      if (t.isWord() && Character.isLetter(t.text().charAt(0))) {
        words++;
        if (capitalised(t)) {
          capitalised++;
        }
      }
    }
    return words >= 3 && capitalised * 10 >= words * 6;
  }

  /**
   * True if a lower-cased noun looks plural by its ending ("critics", "bosses"), which "gas",
   * "bus", "crisis" and "class" do not.
   */
  static boolean looksPlural(String lower) {
    return lower.equals("people") || (lower.endsWith("s") && !lower.endsWith("ss")
        && !lower.endsWith("us") && !lower.endsWith("is") && !lower.endsWith("as")
        && !lower.endsWith("'s") && lower.length() > 2);
  }

  /** Rounds a score to three decimals so that printed scores are stable and readable. */
  static double round(double score) {
    return Math.round(Math.max(0.0, Math.min(1.0, score)) * 1000.0) / 1000.0;
  }
}
