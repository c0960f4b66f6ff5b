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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds attribution hedges: wording with which the writer distances themselves from a claim
 * ("allegedly", "so-called", "is believed to", "it is widely claimed") and non-neutral reporting
 * verbs ("claimed", "insisted", "admitted"), with the {@code hedges} lexicon. Neutral reporting
 * (said, told, according to, announced) is never a hedge.
 *
 * <p>The lexicon's {@code kind} column chooses the rule; the rules are documented in the header of
 * {@code lexicons/hedges.tsv}. The reporting-verb rule tells the reporting sense from other senses
 * by what follows the verb: a reported clause ("claimed that", "insisted the vote was fair",
 * "claimed to have", ", he conceded.") makes it a hedge, a plain object ("claimed the title",
 * "claimed the lives of", "maintained the road", "conceded defeat") does not, and neither does the
 * passive. Verbs of admission and accusation (admit, allege, acknowledge, confess) also count with
 * an object ("admitted wrongdoing"), except "admitted to hospital" and people or numbers as object.
 *
 * <p>Findings inside direct speech are skipped: the hedge is the speaker's. The score is the
 * entry's weight. The cue names the lexicon entry ({@code hedges: allegedly}) or the rule
 * ({@code reporting verb: claim}, {@code passive attribution: believed}).
 */
public final class AttributionHedgeDetector implements Detector {

  static final String LEXICON = "hedges";

  enum Kind {
    PHRASE, ADVERB, SO_CALLED, PASSIVE_ATTRIBUTION, REPORTING_VERB;

    static final Set<String> NAMES = Set.of(
        "phrase", "adverb", "so_called", "passive_attribution", "reporting_verb");
  }

  private record Entry(String term, Kind kind, double weight, Suggestion suggestion) {}

  /** Reporting verbs that also hedge with a plain object ("admitted wrongdoing"). */
  private static final Set<String> OBJECT_REPORTS = Set.of("admit", "allege", "acknowledge",
      "confess");

  /** Reporting verbs whose past participle before a noun distances ("the alleged attacker"). */
  private static final Set<String> PRENOMINAL_REPORTS = Set.of("allege", "purport");

  /** Objects of "admit" that mean letting someone in, not a confession. */
  private static final Set<String> ADMITTED_PEOPLE = Set.of(
      "patient", "patients", "student", "students", "member", "members", "refugee", "refugees",
      "people", "children", "child", "migrants", "applicants", "visitors", "fans", "spectators",
      "guests", "women", "men", "pupils", "recruits", "casualties", "countries", "states");

  /** Places and bodies one is admitted to or into: not a confession. */
  private static final Set<String> ADMITTED_TO = Set.of(
      "hospital", "hospitals", "clinic", "ward", "care", "icu", "unit", "hospice", "university",
      "college", "school", "academy", "bar", "party", "union", "eu", "nato", "club", "programme",
      "program", "membership", "home", "prison", "facility", "centre", "center", "shelter");

  private static final Set<String> CLAUSE_SUBJECTS = Set.of(
      "he", "she", "they", "we", "i", "you", "there");

  private final PhraseMatcher<List<Entry>> matcher;
  private final QuotedRegions quotes;

  public AttributionHedgeDetector(LexiconSet lexicons) throws InputException {
    Map<String, List<Entry>> byForm = new LinkedHashMap<>();
    for (LexiconEntry e : lexicons.get(LEXICON).entries()) {
      Kind kind = Kind.valueOf(e.oneOf("kind", Kind.NAMES).toUpperCase(Locale.ROOT));
      Entry entry = new Entry(e.term(), kind, e.number("weight", 0.0, 1.0),
          LexiconForms.suggestion(e));
      Set<String> forms = kind == Kind.REPORTING_VERB ? LexiconForms.verb(e.term())
          : Set.of(e.term());
      for (String form : forms) {
        byForm.computeIfAbsent(form, f -> new ArrayList<>()).add(entry);
      }
    }
    PhraseMatcher.Builder<List<Entry>> builder = PhraseMatcher.builder();
    byForm.forEach((form, entries) -> {
      entries.sort(Comparator.comparing(Entry::kind));
      builder.add(form, List.copyOf(entries));
    });
    this.matcher = builder.build();
    this.quotes = QuotedRegions.of(lexicons);
  }

  @Override
  public Set<FeatureType> types() {
    return Set.of(FeatureType.ATTRIBUTION_HEDGE);
  }

  @Override
  public List<Finding> detect(AnnotatedDocument doc) {
    String text = doc.text();
    List<Span> speech = quotes.directSpeech(doc);
    List<Finding> out = new ArrayList<>();
    int lastEnd = -1;
    for (PhraseMatcher.Match<List<Entry>> m : LexiconForms.nonOverlapping(matcher.findAll(text))) {
      if (LexiconForms.partOfCompound(text, m.span())) {
        continue;
      }
      int first = LexiconForms.firstToken(doc, m.span());
      if (first < 0) {
        continue;
      }
      int last = LexiconForms.lastToken(doc, m.span());
      for (Entry e : m.value()) {
        boolean alsoReporting = m.value().stream().anyMatch(c -> c.kind() == Kind.REPORTING_VERB);
        Span span = hedgeSpan(doc, e, first, last, m.span(), alsoReporting);
        if (span != null) {
          if (span.start() >= lastEnd && !QuotedRegions.inside(speech, span)) {
            String suggestion = e.suggestion() == null ? null : e.suggestion()
                .forWords(span.in(text), e.term(), e.kind() == Kind.REPORTING_VERB);
            out.add(Finding.of(FeatureType.ATTRIBUTION_HEDGE, doc, span, Words.round(e.weight()),
                cue(e, doc, first, last), suggestion));
            lastEnd = span.end();
          }
          break;
        }
      }
    }
    out.sort(Finding.READING_ORDER);
    return out;
  }

  private static String cue(Entry e, AnnotatedDocument doc, int first, int last) {
    return switch (e.kind()) {
      case PASSIVE_ATTRIBUTION -> "passive attribution: " + e.term();
      case REPORTING_VERB -> Words.pos(doc.tokens().get(last)).equals("ADJ")
          || prenominalParticiple(doc, first, last)
          ? "reporting verb before a noun: " + e.term()
          : "reporting verb: " + e.term();
      default -> LEXICON + ": " + e.term();
    };
  }

  /** The span to report for this entry at this match, or null if its rule does not hold. */
  private static Span hedgeSpan(AnnotatedDocument doc, Entry e, int first, int last, Span match,
      boolean alsoReporting) {
    Sentence s = doc.sentences().get(doc.tokens().get(first).sentence());
    return switch (e.kind()) {
      case PHRASE, ADVERB -> match;
      case SO_CALLED -> beforeNounPhrase(doc, s, last) ? match : null;
      case PASSIVE_ATTRIBUTION -> passive(doc, s, first, last, alsoReporting);
      case REPORTING_VERB -> reporting(doc, s, e, first, last) ? match : null;
    };
  }

  /**
   * "so-called experts", "so-called \"peace plan\"" (the tagger may call the next word anything),
   * but not "supposed to", "so called because".
   */
  private static boolean beforeNounPhrase(AnnotatedDocument doc, Sentence s, int last) {
    Token next = Words.at(doc, s, last + 1);
    if (next == null) {
      return false;
    }
    if (!next.isWord()) {
      return isQuoteMark(next.text());
    }
    String p = Words.pos(next);
    return !next.lower().equals("to") && !Set.of("ADP", "SCONJ", "CCONJ", "PART", "AUX", "PRON")
        .contains(p);
  }


  private static boolean isQuoteMark(String s) {
    return !s.isEmpty() && "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB".indexOf(s.charAt(0)) >= 0;
  }

  /**
   * "is believed to be", "was widely reported to have", "a man believed to be", "it is widely
   * claimed", "it has been suggested". The bare "a man believed to be" form is not tried for a
   * word that is also an active reporting verb: "the company claimed to have" is active.
   */
  private static Span passive(AnnotatedDocument doc, Sentence s, int first, int last,
      boolean alsoReporting) {
    List<Token> toks = doc.tokens();
    int be = beFormBefore(doc, s, first);
    if (be >= 0 && Words.lower(doc, s, first - 1).equals("being")) {
      return null; // "who is being considered to be secretary of state": a candidacy
    }
    Token next = Words.at(doc, s, last + 1);
    Token afterNext = Words.at(doc, s, last + 2);
    if (next != null && next.lower().equals("to")) {
      if (afterNext == null || !Words.isVerbal(afterNext)) {
        return null; // "was reported to the police"
      }
      if (be >= 0) {
        return new Span(toks.get(be).start(), next.end());
      }
      Token prev = Words.at(doc, s, first - 1);
      boolean reducedRelative = !alsoReporting && prev != null && (Words.isNominal(prev) || prev.lower().equals(","))
          && (afterNext.lower().equals("be") || afterNext.lower().equals("have"));
      return reducedRelative ? new Span(toks.get(first).start(), next.end()) : null;
    }
    Token it = Words.at(doc, s, be - 1);
    if (be < 0 || it == null || !it.lower().equals("it")) {
      return null;
    }
    if (next != null && next.isWord()) {
      String p = Words.pos(next);
      boolean clause = next.lower().equals("that") || p.equals("DET") || p.equals("PRON")
          || p.equals("NOUN") || p.equals("PROPN") || p.equals("NUM");
      if (!clause || next.lower().equals("by")) {
        return null; // "it is believed by many" is anonymous sourcing; "it is considered rude"
      }
    }
    return new Span(it.start(), toks.get(last).end());
  }

  /**
   * Index of the first token of the form of "be" before {@code first}, skipping adverbs, and
   * including a perfect auxiliary ("has been"); -1 if there is none.
   */
  private static int beFormBefore(AnnotatedDocument doc, Sentence s, int first) {
    int i = first - 1;
    for (int skipped = 0; skipped <= 3; skipped++, i--) {
      Token t = Words.at(doc, s, i);
      if (t == null) {
        return -1;
      }
      if (Words.BE.contains(t.lower())) {
        Token have = Words.at(doc, s, i - 1);
        boolean perfect = t.lower().equals("been") && have != null
            && Words.HAVE.contains(have.lower());
        boolean modal = t.lower().equals("be") && have != null && Words.MODALS.contains(have.lower());
        return perfect || modal ? i - 1 : i;
      }
      if (!isAdverb(t)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isAdverb(Token t) {
    return Words.pos(t).equals("ADV") || Words.NEGATORS.contains(t.lower())
        || (t.lower().endsWith("ly") && t.lower().length() > 3);
  }

  /** The reporting-verb rule; see the class comment. */
  private static boolean reporting(AnnotatedDocument doc, Sentence s, Entry e, int first,
      int last) {
    Token verb = doc.tokens().get(last);
    String tag = Words.pos(verb);
    if (prenominalParticiple(doc, first, last) || tag.equals("ADJ")) {
      return PRENOMINAL_REPORTS.contains(e.term()) && prenominalParticiple(doc, first, last);
    }
    if (beFormBefore(doc, s, first) >= 0) {
      return false; // passive: "the seat was claimed by", "was admitted to hospital"
    }
    Token prev = Words.at(doc, s, first - 1);
    if (prev != null && (Words.pos(prev).equals("DET") || prev.lower().endsWith("'s")
        || prev.lower().equals("'") || prev.lower().endsWith("s'"))) {
      return false; // a noun after a determiner or possessive: "the leadership's claims to be"
    }
    if (prev != null && Words.pos(prev).equals("ADJ")) {
      return false; // a noun after an adjective: "jobless claims", "fraudulent claims"
    }
    if (tag.equals("NOUN") || tag.equals("PROPN")) {
      if (!verbAfterSubject(doc, s, first)) {
        return false; // "his claims that", "the claims"
      }
    } else if (!tag.equals("VERB") && !tag.equals("AUX")) {
      return false;
    }
    return speechTag(doc, s, first) || reportedClauseFollows(doc, s, last)
        || objectReport(doc, s, e, last);
  }

  /** The verb tags a quotation: {@code "…," he insisted}, {@code "…," insisted the minister}. */
  private static boolean speechTag(AnnotatedDocument doc, Sentence s, int first) {
    int i = first - 1;
    for (int n = 0; n < 4 && nounPhraseToken(Words.at(doc, s, i)); n++) {
      i--;
    }
    Token t = Words.at(doc, s, i);
    return t != null && isQuoteMark(t.text());
  }

  /** "the alleged attacker", "a purported video": a participle between determiner and noun. */
  private static boolean prenominalParticiple(AnnotatedDocument doc, int first, int last) {
    Token verb = doc.tokens().get(last);
    if (!verb.lower().endsWith("ed")) {
      return false;
    }
    Sentence s = doc.sentences().get(verb.sentence());
    Token prev = Words.at(doc, s, first - 1);
    Token next = Words.at(doc, s, last + 1);
    boolean afterDeterminer = prev != null && (Words.pos(prev).equals("DET")
        || Words.DETERMINERS.contains(prev.lower()) || prev.lower().endsWith("'s"));
    boolean beforeNoun = next != null && next.isWord()
        && (Words.isNominal(next) || Words.pos(next).equals("ADJ"));
    return afterDeterminer && beforeNoun;
  }

  /** A verb the tagger called a noun, right after a subject: "The minister claims that". */
  private static boolean verbAfterSubject(AnnotatedDocument doc, Sentence s, int first) {
    Token prev = Words.at(doc, s, first - 1);
    if (prev == null) {
      return false;
    }
    if (Words.pos(prev).equals("PRON")) {
      return CLAUSE_SUBJECTS.contains(prev.lower()) || prev.lower().equals("it");
    }
    return (Words.pos(prev).equals("PROPN") || Words.pos(prev).equals("NOUN"))
        && !prev.pos().contains("PART") && !prev.lower().endsWith("'");
  }

  /**
   * After the verb: nothing or punctuation (", he insisted."), "that", "to" plus a verb ("claimed
   * to have"), a subject pronoun ("insisted they were"), a noun phrase plus a verb ("claimed the
   * vote was rigged"), or a short adverbial before "that" ("claimed on Tuesday that").
   */
  private static boolean reportedClauseFollows(AnnotatedDocument doc, Sentence s, int last) {
    Token next = Words.at(doc, s, last + 1);
    if (next == null || !next.isWord()) {
      return true;
    }
    String l = next.lower();
    if (l.equals("that") || CLAUSE_SUBJECTS.contains(l)) {
      return true;
    }
    if (l.equals("to")) {
      Token after = Words.at(doc, s, last + 2);
      return (after != null && Words.isVerbal(after)) || thatWithin(doc, s, last + 2, 6);
    }
    if (l.equals("it") || l.equals("this")) {
      Token after = Words.at(doc, s, last + 2);
      return after != null && Words.isVerbal(after);
    }
    String p = Words.pos(next);
    if (p.equals("ADP") || p.equals("ADV")) {
      return thatWithin(doc, s, last + 2, 6);
    }
    int i = last + 1;
    for (int n = 0; n < 6 && nounPhraseToken(Words.at(doc, s, i)); n++) {
      i++;
    }
    Token afterPhrase = Words.at(doc, s, i);
    return i > last + 1 && afterPhrase != null && Words.isVerbal(afterPhrase);
  }

  /** A "that" within {@code max} tokens, passing only over a noun phrase or adverbial. */
  private static boolean thatWithin(AnnotatedDocument doc, Sentence s, int from, int max) {
    for (int i = from; i < from + max; i++) {
      Token t = Words.at(doc, s, i);
      if (t == null || !t.isWord() || Words.isVerbal(t)) {
        return false;
      }
      if (t.lower().equals("that")) {
        return true;
      }
    }
    return false;
  }

  private static boolean nounPhraseToken(Token t) {
    if (t == null || !t.isWord()) {
      return false;
    }
    String p = Words.pos(t);
    return p.equals("DET") || p.equals("ADJ") || p.equals("NOUN") || p.equals("PROPN")
        || p.equals("NUM") || (p.equals("PRON") && !t.lower().equals("that"));
  }

  /**
   * Admission and accusation verbs with a plain object ("admitted wrongdoing", "alleged
   * fraud", "admitted to the charges"), but not "admitted to hospital", "admitted 40 patients".
   */
  private static boolean objectReport(AnnotatedDocument doc, Sentence s, Entry e, int last) {
    if (!OBJECT_REPORTS.contains(e.term())) {
      return false;
    }
    Token next = Words.at(doc, s, last + 1);
    if (next == null) {
      return false;
    }
    boolean admit = e.term().equals("admit");
    int i = last + 1;
    if (next.lower().equals("to") || next.lower().equals("into")) {
      Token after = Words.at(doc, s, last + 2);
      if (after != null && after.lower().endsWith("ing")) {
        return true; // "admitted to lying"
      }
      i = last + 2; // "admitted to the charges" versus "admitted to hospital"
    } else if (Words.pos(next).equals("NUM") && admit) {
      return false; // "admitted 40 patients"
    }
    int start = i;
    while (nounPhraseToken(Words.at(doc, s, i)) && i < start + 5) {
      String w = Words.lower(doc, s, i);
      if (admit && (ADMITTED_PEOPLE.contains(w) || ADMITTED_TO.contains(w))) {
        return false;
      }
      i++;
    }
    return i > start;
  }
}
