package dev.slant.detect;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Sentence;
import dev.slant.core.Token;
import java.util.Locale;

/**
 * Decides whether a word is used as an adjective, without trusting the POS tag alone: the English
 * model often tags evaluative adjectives as NOUN ("The shameful decision" → DET NOUN NOUN) and
 * sometimes tags a verb as ADJ ("Money can corrupt officials"). The decision combines the tag with
 * the position of the word: before a noun, after a copula, after a degree word.
 *
 * <p>Shared by the loaded-adjective and loaded-language detectors so that a word listed in both
 * lexicons ("radical", "sham", "botched") is reported by exactly one of them.
 */
final class AdjectiveUse {

  private AdjectiveUse() {}

  /** Where a loaded adjective counts, from the {@code context} column of its lexicon entry. */
  enum Context {
    /** An adjective-only word ("draconian"): counts unless clearly a name or a verb. */
    ANY,
    /** A word with a common noun or verb use ("evil", "corrupt"): needs an adjectival position. */
    ADJECTIVAL,
    /**
     * A word that classifies when attributive ("the criminal court", "criminal negligence") and
     * evaluates only as a predicate or after a degree word ("It was criminal", "utterly criminal").
     */
    PREDICATIVE;

    static Context of(String value) {
      return valueOf(value.toUpperCase(Locale.ROOT));
    }
  }

  /**
   * True if the tokens {@code first..last} (one word, possibly split at hyphens by the tokenizer)
   * are used as an adjective that {@code context} admits.
   */
  static boolean accepts(AnnotatedDocument doc, int first, int last, Context context) {
    Token word = doc.tokens().get(first);
    Sentence s = doc.sentences().get(word.sentence());
    return switch (context) {
      case ANY -> !looksLikeName(doc, s, first, last) && !verbalUse(doc, s, first, last);
      case ADJECTIVAL -> !blockedByVerbFrame(doc, s, first)
          && !nominalUse(doc, s, first, last)
          && (Words.pos(doc.tokens().get(last)).equals("ADJ") || prenominal(doc, s, last)
              || (!participle(doc, first, last) && predicative(doc, s, first)));
      case PREDICATIVE -> !blockedByVerbFrame(doc, s, first) && predicative(doc, s, first);
    };
  }

  /** After a copula or linking verb (adverbs between allowed), a degree word, or "called it". */
  static boolean predicative(AnnotatedDocument doc, Sentence s, int first) {
    String prev = Words.lower(doc, s, first - 1);
    if (Words.DEGREE.contains(prev)) {
      return true;
    }
    int i = first - 1;
    for (int skipped = 0; skipped < 3 && Words.at(doc, s, i) != null; skipped++, i--) {
      Token t = Words.at(doc, s, i);
      if (Words.BE.contains(t.lower()) || Words.LINKING.contains(t.lower())) {
        return true;
      }
      if (!Words.pos(t).equals("ADV") && !Words.NEGATORS.contains(t.lower())) {
        break;
      }
    }
    // "called it shameful", "found the decision reckless"
    Token object = Words.at(doc, s, first - 1);
    Token verb = Words.at(doc, s, first - 2);
    return object != null && verb != null && Words.COMPLEMENT_VERBS.contains(verb.lower())
        && (object.lower().equals("it") || object.lower().equals("them")
            || object.lower().equals("this"));
  }

  /** Followed by a noun, or by a coordinated adjective ("a brutal, senseless attack"). */
  static boolean prenominal(AnnotatedDocument doc, Sentence s, int last) {
    Token next = Words.at(doc, s, last + 1);
    if (next == null) {
      return false;
    }
    if (modifiable(next)) {
      return true;
    }
    String l = next.lower();
    Token after = Words.at(doc, s, last + 2);
    return (l.equals(",") || l.equals("and") || l.equals("or")) && after != null
        && Words.pos(after).equals("ADJ");
  }

  private static boolean modifiable(Token t) {
    String p = Words.pos(t);
    return (p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ") || p.equals("NUM"))
        && t.isWord();
  }

  /** "can corrupt", "to savage", "they corrupt": a verb, whatever the tag says. */
  private static boolean blockedByVerbFrame(AnnotatedDocument doc, Sentence s, int first) {
    String prev = Words.lower(doc, s, first - 1);
    return prev.equals("to") || Words.MODALS.contains(prev) || prev.equals("did")
        || prev.equals("do") || prev.equals("does") || Words.SUBJECT_PRONOUNS.contains(prev);
  }

  /** "a radical." "the forces of evil": a determiner or preposition and no noun after. */
  private static boolean nominalUse(AnnotatedDocument doc, Sentence s, int first, int last) {
    Token prev = Words.at(doc, s, first - 1);
    if (prev == null || prenominal(doc, s, last)) {
      return false;
    }
    String p = Words.pos(prev);
    return p.equals("DET") || p.equals("ADP") || Words.DETERMINERS.contains(prev.lower());
  }

  /**
   * A capitalised word inside a multi-word name ("Cruel Intentions", "the Outrageous Fortune
   * company"), outside title-case headlines. At the start of a sentence only a capitalised word
   * after it counts as evidence, since every first word is capitalised.
   */
  static boolean looksLikeName(AnnotatedDocument doc, Sentence s, int first, int last) {
    Token word = doc.tokens().get(first);
    if (!Words.capitalised(word) || Words.titleCase(doc, s)) {
      return false;
    }
    Token prev = Words.at(doc, s, first - 1);
    Token next = Words.at(doc, s, last + 1);
    boolean prevName = prev != null && Words.capitalised(prev) && prev.isWord()
        && first - 1 != s.firstToken();
    boolean nextName = next != null && Words.capitalised(next) && next.isWord();
    return prevName || nextName;
  }

  /** A participle-like adjective used as a verb: "has botched", "they botched", "botched the". */
  private static boolean verbalUse(AnnotatedDocument doc, Sentence s, int first, int last) {
    Token word = doc.tokens().get(last);
    if (!Words.pos(word).equals("VERB")) {
      return false;
    }
    String prev = Words.lower(doc, s, first - 1);
    Token next = Words.at(doc, s, last + 1);
    return Words.HAVE.contains(prev) || Words.SUBJECT_PRONOUNS.contains(prev)
        || (next != null && Words.pos(next).equals("DET"));
  }

  private static boolean participle(AnnotatedDocument doc, int first, int last) {
    String w = doc.tokens().get(last).lower();
    return w.endsWith("ed") || w.endsWith("ing");
  }
}
