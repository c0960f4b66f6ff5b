package dev.slant.detect;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.InputException;
import dev.slant.core.Sentence;
import dev.slant.core.Span;
import dev.slant.core.Token;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.LexiconSet;
import dev.slant.lexicon.PhraseMatcher;
import dev.slant.lexicon.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds loaded nouns, verbs, adverbs and fixed expressions in the writer's voice ("slaughtered",
 * "massacre", "regime", "thugs", "caved", "witch hunt") with the {@code loaded_language} lexicon.
 *
 * <p>Entries are lemmas with a part of speech: a NOUN gets its plural, a VERB its regular forms
 * (a phrasal verb inflects its first word: "lash out" → "lashed out"), ANY both, ADV none;
 * irregular forms are entries of their own. A single-word match must fit its part of speech: a
 * NOUN entry is not reported where the tagger says VERB ("the truth lies"); a VERB entry needs a
 * VERB, AUX or participial ADJ tag ("Troops slaughtered", "the slaughtered villagers"), or a
 * headline subject before it when the tagger calls it a noun ("Critics slam plan"). Phrases and
 * ADV/ANY entries are taken as they are. An entry with intensity 0 is a neutral collocation
 * ("tax regime", "slammed into") that hides the loaded word inside it.
 *
 * <p>A word that the {@link LoadedAdjectiveDetector} reports as an adjective is not reported again
 * here ("a sham election" is a loaded adjective, "the trial was a sham" loaded language). Direct
 * speech is skipped; scores are adjusted by {@link Intensity}; the cue is
 * {@code loaded_language: <lemma>}.
 */
public final class LoadedLanguageDetector implements Detector {

  static final String LEXICON = "loaded_language";
  private static final Set<String> POS = Set.of("NOUN", "VERB", "ADV", "ANY");

  private record Entry(String term, String pos, double intensity, Suggestion suggestion) {
    boolean phrase() {
      return term.indexOf(' ') >= 0;
    }
  }

  private final PhraseMatcher<Entry> matcher;
  private final LoadedAdjectiveDetector adjectives;
  private final QuotedRegions quotes;

  public LoadedLanguageDetector(LexiconSet lexicons) throws InputException {
    List<Entry> entries = new ArrayList<>();
    for (LexiconEntry e : lexicons.get(LEXICON).entries()) {
      entries.add(new Entry(e.term(), e.oneOf("pos", POS), e.number("intensity", 0.0, 1.0),
          LexiconForms.suggestion(e)));
    }
    PhraseMatcher.Builder<Entry> builder = PhraseMatcher.builder();
    for (Entry e : entries) {
      for (String form : forms(e)) {
        builder.add(form, e);
      }
    }
    for (Entry e : entries) {
      builder.add(e.term(), e); // a term as written beats another entry's generated form
    }
    this.matcher = builder.build();
    this.adjectives = new LoadedAdjectiveDetector(lexicons);
    this.quotes = QuotedRegions.of(lexicons);
  }

  private static Set<String> forms(Entry e) {
    return switch (e.pos()) {
      case "NOUN" -> LexiconForms.noun(e.term());
      case "VERB" -> LexiconForms.verb(e.term());
      case "ANY" -> {
        Set<String> all = new java.util.LinkedHashSet<>(LexiconForms.noun(e.term()));
        all.addAll(LexiconForms.verb(e.term()));
        yield all;
      }
      default -> Set.of(e.term());
    };
  }

  @Override
  public Set<FeatureType> types() {
    return Set.of(FeatureType.LOADED_LANGUAGE);
  }

  @Override
  public List<Finding> detect(AnnotatedDocument doc) {
    String text = doc.text();
    List<Span> speech = quotes.directSpeech(doc);
    List<Span> adjectiveSpans = adjectives.detect(doc).stream().map(Finding::span).toList();
    List<Finding> out = new ArrayList<>();
    for (PhraseMatcher.Match<Entry> m : LexiconForms.nonOverlapping(matcher.findAll(text))) {
      Entry e = m.value();
      Span span = m.span();
      if (e.intensity() == 0.0 || LexiconForms.partOfCompound(text, span)
          || QuotedRegions.inside(speech, span)) {
        continue;
      }
      int first = LexiconForms.firstToken(doc, span);
      if (first < 0 || overlapsAny(adjectiveSpans, span)) {
        continue;
      }
      int last = LexiconForms.lastToken(doc, span);
      if (!e.phrase() && !fitsPartOfSpeech(doc, first, last, e)) {
        continue;
      }
      double score = Intensity.adjust(doc, first, e.intensity());
      String suggestion = e.suggestion() == null ? null
          : e.suggestion().forWords(span.in(text), e.term(), e.pos().equals("VERB"));
      out.add(Finding.of(FeatureType.LOADED_LANGUAGE, doc, span, score, LEXICON + ": " + e.term(),
          suggestion));
    }
    out.sort(Finding.READING_ORDER);
    return out;
  }

  /**
   * True if {@code span} overlaps one of {@code spans}, which are disjoint and in text order:
   * only the last one starting before the span ends can.
   */
  private static boolean overlapsAny(List<Span> spans, Span span) {
    int i = QuotedRegions.lastStartingAtOrBefore(spans, span.end() - 1);
    return i >= 0 && spans.get(i).overlaps(span);
  }

  private static boolean fitsPartOfSpeech(AnnotatedDocument doc, int first, int last, Entry e) {
    Token word = doc.tokens().get(last);
    Sentence s = doc.sentences().get(word.sentence());
    if (AdjectiveUse.looksLikeName(doc, s, first, last)) {
      return false; // "the Stonewall Inn"
    }
    String tag = Words.pos(word);
    return switch (e.pos()) {
      case "NOUN" -> !tag.equals("VERB") && !tag.equals("AUX")
          && !(tag.equals("ADJ") && AdjectiveUse.predicative(doc,
              doc.sentences().get(word.sentence()), first)) // "calumny is alien to"
          && !(word.lower().endsWith("s") && !word.lower().equals(e.term())
              && readsAsVerb(doc, first, word));
      case "VERB" -> !modifierPosition(doc, s, first, word)
          && (tag.equals("VERB") || tag.equals("AUX") || tag.equals("ADJ")
              || ((tag.equals("NOUN") || tag.equals("PROPN")) && headlineVerb(doc, first, word)));
      default -> true;
    };
  }

  /**
   * A bare verb form after a determiner, adjective or number is a noun ("the many blast walls",
   * "a slam"); participles there are adjectives of the verb and still count ("the slaughtered
   * villagers").
   */
  private static boolean modifierPosition(AnnotatedDocument doc, Sentence s, int first,
      Token word) {
    String w = word.lower();
    if (w.endsWith("ed") || w.endsWith("ing") || w.endsWith("en")) {
      return false;
    }
    Token prev = Words.at(doc, s, first - 1);
    if (prev == null) {
      return false;
    }
    String p = Words.pos(prev);
    boolean adjective = p.equals("ADJ") && !Words.capitalised(prev); // "Trump/ADJ slams"
    return p.equals("DET") || adjective || p.equals("NUM")
        || Words.DETERMINERS.contains(prev.lower());
  }

  /**
   * A plural noun form that reads as a verb in -s after a singular subject and before a
   * preposition or adverb: "The village lies in a valley", "the truth lies elsewhere" (but "the
   * president's lies about", "told lies in").
   */
  private static boolean readsAsVerb(AnnotatedDocument doc, int first, Token word) {
    Sentence s = doc.sentences().get(word.sentence());
    Token subject = Words.at(doc, s, first - 1);
    Token next = Words.at(doc, s, first + 1);
    if (subject == null || next == null) {
      return false;
    }
    String p = Words.pos(subject);
    boolean singularSubject = ((p.equals("NOUN") || p.equals("PROPN"))
        && !subject.pos().contains("PART") && !Words.looksPlural(subject.lower()))
        || Set.of("he", "she", "it", "who", "which", "that").contains(subject.lower());
    String n = Words.pos(next);
    return singularSubject && (n.equals("ADP") || n.equals("ADV") || n.equals("PART"));
  }

  /**
   * A verb the tagger took for a noun in a headline-like clause: right after its subject, which
   * is a subject pronoun, a plural noun ("Critics slam"), or a name or capitalised word before a
   * verb in -s ("Minister slams") that is not itself inside a noun phrase ("the Gaza blast");
   * a singular common noun before it makes a compound ("a bomb blast").
   */
  private static boolean headlineVerb(AnnotatedDocument doc, int first, Token word) {
    Sentence s = doc.sentences().get(word.sentence());
    Token subject = Words.at(doc, s, first - 1);
    Token next = Words.at(doc, s, first + 1);
    if (subject == null || next == null || !next.isWord()) {
      return false;
    }
    String p = Words.pos(subject);
    if (p.equals("PRON")) {
      return Words.SUBJECT_PRONOUNS.contains(subject.lower());
    }
    if (p.equals("NOUN") && Words.looksPlural(subject.lower()) && !subject.pos().contains("PART")) {
      return true; // "Critics slam", "Shameless ministers cave"
    }
    Token beforeSubject = Words.at(doc, s, first - 2);
    if (beforeSubject != null && (Words.pos(beforeSubject).equals("DET")
        || Words.pos(beforeSubject).equals("ADJ") || Words.pos(beforeSubject).equals("NUM"))) {
      return false; // "the Gaza blast"
    }
    return p.equals("PROPN") || (Words.capitalised(subject) && word.lower().endsWith("s"));
  }

}
