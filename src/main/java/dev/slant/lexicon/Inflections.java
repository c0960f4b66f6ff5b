package dev.slant.lexicon;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Regular English inflections of a lexicon term, so lexicons list lemmas ("slaughter") and still
 * match "slaughtered" without running a lemmatizer over every token. Over-generation is harmless:
 * a form that is not English never occurs in text. Irregular forms are listed in the lexicon.
 * Only the last word of a multi-word term is inflected ("cover up" → "covered up" is not
 * generated; list such phrases in their inflected forms).
 */
public final class Inflections {

  private Inflections() {}

  /** The term itself plus its regular verb forms (-s, -ed, -ing). */
  public static Set<String> verb(String lemma) {
    Set<String> out = new LinkedHashSet<>();
    out.add(lemma);
    if (lemma.contains(" ") || lemma.length() < 2) {
      return out;
    }
    out.add(thirdPerson(lemma));
    if (lemma.endsWith("e")) {
      String stem = lemma.substring(0, lemma.length() - 1);
      out.add(lemma + "d");
      out.add(stem + "ing");
    } else if (consonantY(lemma)) {
      String stem = lemma.substring(0, lemma.length() - 1);
      out.add(stem + "ied");
      out.add(lemma + "ing");
    } else {
      out.add(lemma + "ed");
      out.add(lemma + "ing");
      if (doublesFinalConsonant(lemma)) {
        char last = lemma.charAt(lemma.length() - 1);
        out.add(lemma + last + "ed");
        out.add(lemma + last + "ing");
      }
    }
    return out;
  }

  /** The term itself plus its regular plural. */
  public static Set<String> noun(String lemma) {
    Set<String> out = new LinkedHashSet<>();
    out.add(lemma);
    if (lemma.length() >= 2) {
      out.add(thirdPerson(lemma));
    }
    return out;
  }

  private static String thirdPerson(String w) {
    if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch")
        || w.endsWith("sh")) {
      return w + "es";
    }
    if (consonantY(w)) {
      return w.substring(0, w.length() - 1) + "ies";
    }
    return w + "s";
  }

  private static boolean consonantY(String w) {
    return w.endsWith("y") && w.length() > 1 && !isVowel(w.charAt(w.length() - 2));
  }

  private static boolean doublesFinalConsonant(String w) {
    int n = w.length();
    if (n < 3) {
      return false;
    }
    char last = w.charAt(n - 1);
    return !isVowel(last) && "wxy".indexOf(last) < 0 && isVowel(w.charAt(n - 2))
        && !isVowel(w.charAt(n - 3));
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
