package dev.slant.lexicon;

import java.util.Locale;

/**
 * A neutral alternative to a loaded lexicon entry, from its optional {@code suggest} column:
 * {@code criticise} (for "slam"), {@code say/said} (a verb whose past form is irregular),
 * {@code government} (for "regime"), or {@code -} for a word best left out ("brazenly",
 * "so-called"). A verb alternative is put in the form of the word found ("slammed" → "criticised",
 * "claims" → "says"), a noun in its number ("cronies" → "associates"), and it is capitalised
 * where the word found is.
 *
 * @param base the alternative's base form; "" to leave the word out
 * @param past its past form, or null when it is regular
 */
public record Suggestion(String base, String past) {

  /** The column a lexicon may add for suggestions. */
  public static final String COLUMN = "suggest";

  /**
   * The entry's suggestion, or null when it has none.
   *
   * @throws IllegalArgumentException if the cell is malformed (checked when lexicons load)
   */
  public static Suggestion of(LexiconEntry entry) {
    String cell = entry.optional(COLUMN).strip();
    if (cell.isEmpty()) {
      return null;
    }
    if (cell.equals("-")) {
      return new Suggestion("", null);
    }
    int slash = cell.indexOf('/');
    if (slash < 0) {
      return new Suggestion(cell, null);
    }
    String base = cell.substring(0, slash).strip();
    String past = cell.substring(slash + 1).strip();
    if (base.isEmpty() || past.isEmpty() || past.contains("/")) {
      throw new IllegalArgumentException(entry.origin() + ": column 'suggest' must be a word or"
          + " phrase, BASE/PAST for an irregular verb, or -, found '" + cell + "'");
    }
    return new Suggestion(base, past);
  }

  /** Leave the word out. */
  public boolean omit() {
    return base.isEmpty();
  }

  /**
   * The alternative for the words found.
   *
   * @param found the text of the finding
   * @param term the lexicon term that matched it (a lemma for verbs and nouns)
   * @param verb whether the entry is a verb (its forms follow the word found)
   */
  public String forWords(String found, String term, boolean verb) {
    if (omit()) {
      return "";
    }
    String f = found.toLowerCase(Locale.ROOT);
    String out = base;
    if (!f.equals(term)) {
      String[] words = f.split("\\s+");
      String head = verb ? words[0] : words[words.length - 1];
      if (verb && head.endsWith("ing")) {
        out = inflectFirst(base, Suggestion::gerund);
      } else if (verb && (head.endsWith("ed") || !head.endsWith("s"))) {
        out = past != null ? past : inflectFirst(base, Suggestion::regularPast);
      } else if (head.endsWith("s")) {
        out = verb ? inflectFirst(base, Suggestion::plural) : inflectLast(base, Suggestion::plural);
      }
    }
    return Character.isUpperCase(found.charAt(0))
        ? Character.toUpperCase(out.charAt(0)) + out.substring(1) : out;
  }

  private static String inflectFirst(String phrase, java.util.function.UnaryOperator<String> f) {
    int space = phrase.indexOf(' ');
    return space < 0 ? f.apply(phrase) : f.apply(phrase.substring(0, space))
        + phrase.substring(space);
  }

  private static String inflectLast(String phrase, java.util.function.UnaryOperator<String> f) {
    int space = phrase.lastIndexOf(' ');
    return space < 0 ? f.apply(phrase) : phrase.substring(0, space + 1)
        + f.apply(phrase.substring(space + 1));
  }

  static String regularPast(String w) {
    if (w.endsWith("e")) {
      return w + "d";
    }
    if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
      return w.substring(0, w.length() - 1) + "ied";
    }
    return w + "ed";
  }

  static String gerund(String w) {
    if (w.endsWith("e") && !w.endsWith("ee")) {
      return w.substring(0, w.length() - 1) + "ing";
    }
    return w + "ing";
  }

  static String plural(String w) {
    if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch")
        || w.endsWith("sh")) {
      return w + "es";
    }
    if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
      return w.substring(0, w.length() - 1) + "ies";
    }
    return w + "s";
  }
}
