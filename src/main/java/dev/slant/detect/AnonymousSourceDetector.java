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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds unnamed or vague sourcing: "a senior official speaking on condition of anonymity",
 * "people familiar with the matter", "sources close to the investigation", "some experts" (in
 * "some experts say"), "critics" (in "critics say"), "many" (in "many believe"), "it is believed
 * by many". Rules over tokens combine the pieces listed in the {@code anonymous_sources} lexicon;
 * its header documents the kinds.
 *
 * <p>A source noun phrase is [determiner or vague quantifier] [modifiers] source noun [link and
 * its object, or a short prepositional phrase] [anonymity clause]. It is reported only with
 * evidence that it is sourcing: an anonymity clause, a knowledge link ("familiar with"), a verb of
 * saying ({@code speech_verbs}) or of attribution ({@code attribution_verb} rows) after it ("critics of the plan say") or before it in an inverted attribution
 * (", said a senior official."), or "according to" before it. A generic mention ("critics of
 * the plan gathered outside") is not sourcing. A phrase with a name attached is not anonymous:
 * "Maria Lopez, a senior official, said", "a senior official, Maria Lopez, said", "analyst John
 * Smith said".
 *
 * <p>Vague institutional sourcing ("officials said", "officials at the ministry said") is reported:
 * the reader cannot tell who spoke. A named institution or a prepositional phrase naming one
 * ("Pentagon officials", "officials at the ministry") lowers the score by {@link #ANCHORED}.
 *
 * <p>The span is the source phrase without the verb, including a contiguous anonymity clause.
 * The score is the highest weight of the parts (noun, quantifier, link, clause); an anonymity
 * clause elsewhere in the same sentence ("two officials said on condition of anonymity") raises
 * the score without joining the span. The cue names the strongest rule that fired. Direct speech
 * is skipped.
 */
public final class AnonymousSourceDetector implements Detector {

  static final String LEXICON = "anonymous_sources";

  /** Score factor for sources anchored to a named institution, without anonymity or a link. */
  static final double ANCHORED = 0.8;

  enum Kind {
    SOURCE_NOUN, VAGUE_QUANTIFIER, KNOWLEDGE_LINK, PROXIMITY_LINK, ANONYMITY_CLAUSE, FIXED_PHRASE,
    ATTRIBUTION_VERB;

    static final Set<String> NAMES = Set.of("source_noun", "vague_quantifier", "knowledge_link",
        "proximity_link", "anonymity_clause", "fixed_phrase", "attribution_verb");
  }

  private record Entry(String term, Kind kind, double weight) {}

  /** A source phrase found, before overlaps are resolved. */
  private record Source(Span span, double score, String cue) {}

  /** Vague quantifiers that can be the whole source: "many believe", "others argue". */
  private static final Set<String> STANDALONE = Set.of(
      "some", "many", "others", "few", "most", "several");

  /** Words that may stand between a source phrase and its anonymity clause. */
  private static final Set<String> CLAUSE_CONNECTORS = Set.of(
      ",", "who", "whom", "that", "speaking", "spoke", "speak", "talking", "talked", "was",
      "were", "is", "are", "had", "has", "have", "because", "as", "since", "they", "he", "she",
      "and", "been", "being", "both", "all", "of", "them", "also", "each", "only");

  /**
   * Prepositions after a source noun: "critics of the plan", "officials at the ministry",
   * "critics on the left".
   */
  private static final Set<String> POST_PREPOSITIONS = Set.of(
      "at", "in", "from", "within", "inside", "of", "across", "for", "on", "among");

  /**
   * Prepositions that tie a source to an institution ("officials at the ministry"); "in" does so
   * only before a name ("officials in Kyiv", not "a diplomat in the region").
   */
  private static final Set<String> ANCHOR_PREPOSITIONS = Set.of(
      "at", "from", "within", "inside", "for");

  /** Capitalised words before a comma that are not names ("Yesterday, officials said"). */
  private static final Set<String> NOT_NAMES = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
      "today", "tonight", "meanwhile", "however", "january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "still", "now",
      "later", "earlier", "separately", "privately", "publicly", "instead", "but", "and", "so");

  /** Modals that make a verb an instruction or a possibility, not an attribution. */
  private static final Set<String> NOT_ATTRIBUTING = Set.of(
      "should", "must", "can", "could", "ca", "shall");

  /** Words that end a prepositional object whatever their tag. */
  private static final Set<String> CLAUSE_BREAKS = Set.of(
      "who", "that", "which", "and", "or", "but", "because", "while", "when", "if");

  private static final Set<String> SINGULAR_DETERMINERS = Set.of(
      "a", "an", "another", "each", "every");

  /** Determiners that point back to a source already introduced ("the officials said"). */
  private static final Set<String> ANAPHORIC = Set.of("the", "these", "those", "this", "that");

  private static final Set<String> POSSESSIVES = Set.of(
      "his", "her", "their", "its", "our", "my", "your");

  private final Map<String, Entry> sourceNouns;
  private final Map<String, Entry> quantifiers;
  private final PhraseMatcher<Entry> phrases;
  private final SpeechVerbs verbs;
  /** Verbs of saying plus the lexicon's attribution verbs, in all their forms. */
  private final Set<String> attributionVerbs;
  private final QuotedRegions quotes;

  public AnonymousSourceDetector(LexiconSet lexicons) throws InputException {
    Map<String, Entry> nouns = new HashMap<>();
    Map<String, Entry> quants = new HashMap<>();
    Set<String> attribution = new java.util.HashSet<>();
    PhraseMatcher.Builder<Entry> builder = PhraseMatcher.builder();
    for (LexiconEntry e : lexicons.get(LEXICON).entries()) {
      Kind kind = Kind.valueOf(e.oneOf("kind", Kind.NAMES).toUpperCase(Locale.ROOT));
      Entry entry = new Entry(e.term(), kind, e.number("weight", 0.0, 1.0));
      if (kind == Kind.SOURCE_NOUN) {
        for (String form : LexiconForms.noun(e.term())) {
          nouns.putIfAbsent(form, entry);
        }
        nouns.put(e.term(), entry);
      } else if (kind == Kind.ATTRIBUTION_VERB) {
        // Verbs are looked up token by token, so "point out" counts by its verb ("critics point").
        attribution.addAll(LexiconForms.verb(e.term().split(" ")[0]));
      } else if (kind == Kind.VAGUE_QUANTIFIER && e.term().indexOf(' ') < 0) {
        quants.put(e.term(), entry);
      } else {
        builder.add(e.term(), entry);
      }
    }
    this.sourceNouns = Map.copyOf(nouns);
    this.quantifiers = Map.copyOf(quants);
    this.phrases = builder.build();
    this.verbs = SpeechVerbs.of(lexicons);
    attribution.addAll(verbs.forms());
    this.attributionVerbs = Set.copyOf(attribution);
    this.quotes = QuotedRegions.of(lexicons);
  }

  @Override
  public Set<FeatureType> types() {
    return Set.of(FeatureType.ANONYMOUS_SOURCE);
  }

  @Override
  public List<Finding> detect(AnnotatedDocument doc) {
    Phrases p = new Phrases(doc, LexiconForms.nonOverlapping(phrases.findAll(doc.text())));
    List<Source> found = new ArrayList<>();
    for (PhraseMatcher.Match<Entry> m : p.fixed) {
      found.add(new Source(m.span(), m.value().weight(), "fixed phrase: " + m.value().term()));
    }
    for (Sentence s : doc.sentences()) {
      found.addAll(new SentenceRules(doc, s, p).sources());
    }
    return findings(doc, found);
  }

  private List<Finding> findings(AnnotatedDocument doc, List<Source> found) {
    found.sort(Comparator.comparingInt((Source x) -> x.span().start())
        .thenComparingInt(x -> -x.span().end()));
    List<Span> speech = quotes.directSpeech(doc);
    List<Finding> out = new ArrayList<>();
    int end = -1;
    for (Source x : found) {
      if (x.span().start() >= end && !QuotedRegions.inside(speech, x.span())) {
        out.add(Finding.of(FeatureType.ANONYMOUS_SOURCE, doc, x.span(), Words.round(x.score()),
            x.cue()));
        end = x.span().end();
      }
    }
    out.sort(Finding.READING_ORDER);
    return out;
  }

  /** The lexicon phrases of one document, indexed by where they start and end. */
  private static final class Phrases {
    final List<PhraseMatcher.Match<Entry>> fixed = new ArrayList<>();
    /** Anonymity clauses by the sentence they lie in, so each sentence sees only its own. */
    final Map<Integer, List<PhraseMatcher.Match<Entry>>> clausesBySentence = new HashMap<>();
    final Map<Integer, PhraseMatcher.Match<Entry>> linksByStart = new HashMap<>();
    final Map<Integer, PhraseMatcher.Match<Entry>> quantifiersByEnd = new HashMap<>();

    Phrases(AnnotatedDocument doc, List<PhraseMatcher.Match<Entry>> matches) {
      for (PhraseMatcher.Match<Entry> m : matches) {
        if (m.value().kind() != Kind.FIXED_PHRASE && !withinOneSentence(doc, m.span())) {
          // The sentence rules read one sentence's tokens; a clause or link broken by a line
          // break ("asked not to be\nnamed") or by the cut of an over-long sentence is not one.
          continue;
        }
        switch (m.value().kind()) {
          case FIXED_PHRASE -> fixed.add(m);
          case ANONYMITY_CLAUSE -> clausesBySentence.computeIfAbsent(
              doc.sentenceIndexAt(m.span().start()), k -> new ArrayList<>()).add(m);
          case KNOWLEDGE_LINK, PROXIMITY_LINK -> linksByStart.put(m.span().start(), m);
          case VAGUE_QUANTIFIER -> quantifiersByEnd.put(m.span().end(), m);
          default -> { }
        }
      }
    }
  }

  private static boolean withinOneSentence(AnnotatedDocument doc, Span span) {
    int i = doc.sentenceIndexAt(span.start());
    return i < doc.sentences().size() && doc.sentences().get(i).span().contains(span);
  }

  /** The rules applied to one sentence. */
  private final class SentenceRules {
    private final AnnotatedDocument doc;
    private final Sentence s;
    private final Phrases p;
    private final List<PhraseMatcher.Match<Entry>> clauses = new ArrayList<>();
    private final List<PhraseMatcher.Match<Entry>> usedClauses = new ArrayList<>();

    SentenceRules(AnnotatedDocument doc, Sentence s, Phrases p) {
      this.doc = doc;
      this.s = s;
      this.p = p;
      clauses.addAll(p.clausesBySentence.getOrDefault(s.index(), List.of()));
    }

    List<Source> sources() {
      List<Source> out = new ArrayList<>();
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        Token t = doc.tokens().get(i);
        Entry noun = sourceNouns.get(t.lower());
        if (noun != null && isHead(i)) {
          Source src = sourcePhrase(i, noun);
          if (src != null) {
            out.add(src);
          }
        } else if (STANDALONE.contains(t.lower())) {
          Source src = standaloneQuantifier(i);
          if (src != null) {
            out.add(src);
          }
        }
      }
      List<PhraseMatcher.Match<Entry>> leftover = new ArrayList<>(clauses);
      leftover.removeAll(usedClauses);
      for (PhraseMatcher.Match<Entry> c : leftover) {
        if (!out.isEmpty()) {
          // "Two officials said on condition of anonymity": the clause qualifies the sourcing.
          for (int k = 0; k < out.size(); k++) {
            Source x = out.get(k);
            if (c.value().weight() > x.score()) {
              out.set(k, new Source(x.span(), c.value().weight(), clauseCue(c)));
            }
          }
        } else {
          Source alone = clauseWithGenericNoun(c);
          if (alone != null) {
            out.add(alone);
          }
        }
      }
      return out;
    }

    private Token tok(int i) {
      return Words.at(doc, s, i);
    }

    private String low(int i) {
      return Words.lower(doc, s, i);
    }

    /** The noun heads its phrase: not "official figures", "source code", "expert witnesses". */
    private boolean isHead(int i) {
      Token t = tok(i);
      if (Words.pos(t).equals("VERB")) {
        return false; // "voices concern", "figures out"
      }
      Token next = tok(i + 1);
      if (next == null || !next.isWord()) {
        return true;
      }
      if (p.linksByStart.containsKey(next.start()) || clauseAt(next.start()) != null) {
        return true;
      }
      return !sourceNouns.containsKey(next.lower()) && !Words.pos(next).equals("NOUN");
    }

    private PhraseMatcher.Match<Entry> clauseAt(int start) {
      for (PhraseMatcher.Match<Entry> c : clauses) {
        if (c.span().start() == start) {
          return c;
        }
      }
      return null;
    }

    private Source sourcePhrase(int head, Entry noun) {
      // Pre-modifiers: determiner, vague quantifiers, adjectives, nouns, names, numbers.
      int first = head;
      double score = noun.weight();
      boolean anchored = false;
      while (first - 1 >= s.firstToken() && head - first < 5) {
        Token t = tok(first - 1);
        Entry q = quantifiers.get(t.lower());
        String pos = Words.pos(t);
        if (q != null) {
          score = Math.max(score, q.weight());
        } else if (pos.equals("DET") || POSSESSIVES.contains(t.lower())) {
          first--;
          break;
        } else if (!(pos.equals("PROPN") || pos.equals("ADJ") || pos.equals("NUM") || pos.equals("NOUN")
            || t.text().equals("-"))) {
          break;
        }
        first--;
      }
      if (first - 1 >= s.firstToken()) {
        PhraseMatcher.Match<Entry> q = p.quantifiersByEnd.get(tok(first - 1).end());
        if (q != null) {
          score = Math.max(score, q.value().weight());
          first = doc.tokenIndexAt(q.span().start());
        }
      }
      if (first < head && SINGULAR_DETERMINERS.contains(low(first))
          && Words.looksPlural(tok(head).lower())) {
        if (first == head - 1 && tok(head).lower().equals("people")) {
          return null; // "a people": a nation, not a group of sources
        }
        first = head; // "a move officials said was needed": the article belongs to "move"
      }
      if (namedBefore(first) || namedAfter(head)) {
        return null;
      }
      // Post-modifiers: a link and its object, or a short prepositional phrase.
      int last = head;
      String cue = null;
      boolean evidence = false;
      Token next = tok(head + 1);
      PhraseMatcher.Match<Entry> link = next == null ? null : p.linksByStart.get(next.start());
      if (link != null) {
        last = objectEnd(LexiconForms.lastToken(doc, link.span()));
        score = Math.max(score, link.value().weight());
        if (link.value().kind() == Kind.KNOWLEDGE_LINK) {
          evidence = true;
          cue = "knowledge link: " + link.value().term();
        }
      } else if (POST_PREPOSITIONS.contains(low(head + 1)) && nounPhraseToken(tok(head + 2))
          && clauseAt(next.start()) == null) {
        last = prepositionalObjectEnd(head + 1);
        anchored = ANCHOR_PREPOSITIONS.contains(low(head + 1))
            || (low(head + 1).equals("in") && containsName(head + 2, last));
      }
      // Anonymity clauses, after the phrase (possibly chained) or just before it.
      int spanStart = tok(first).start();
      int spanEnd = tok(last).end();
      String clauseCue = null;
      for (PhraseMatcher.Match<Entry> c = clauseAfter(last); c != null; c = clauseAfter(last)) {
        usedClauses.add(c);
        score = Math.max(score, c.value().weight());
        clauseCue = clauseCue == null ? clauseCue(c) : clauseCue;
        last = clauseEnd(c);
        spanEnd = tok(last).end();
      }
      PhraseMatcher.Match<Entry> before = clauseBefore(first);
      if (before != null) {
        usedClauses.add(before);
        score = Math.max(score, before.value().weight());
        clauseCue = clauseCue == null ? clauseCue(before) : clauseCue;
        spanStart = clauseStart(before);
      }
      if (clauseCue != null) {
        evidence = true;
        cue = clauseCue;
      } else if (link == null && ANAPHORIC.contains(low(first))) {
        return null; // "the researchers said": a source introduced before, named or not
      } else if (anchored && cue == null) {
        score *= ANCHORED;
      }
      String verb = verbAfter(last + 1);
      if (verb == null) {
        verb = verbBefore(first, last);
      }
      if (!evidence && verb == null) {
        return null; // a mention, not sourcing: "critics of the plan gathered outside"
      }
      if (cue == null) {
        cue = "unnamed source: " + tok(head).lower() + " + " + verb;
      }
      return new Source(new Span(spanStart, spanEnd), score, cue);
    }


    private boolean containsName(int from, int to) {
      for (int i = from; i <= to; i++) {
        if (Words.pos(tok(i)).equals("PROPN")) {
          return true;
        }
      }
      return false;
    }

    /** The last token of a link's or preposition's object noun phrase. */
    private int objectEnd(int linkLast) {
      int i = linkLast;
      for (int n = 0; n < 8; n++) {
        Token t = tok(i + 1);
        if (nounPhraseToken(t)) {
          i++;
        } else if (t != null && t.text().equals("-") && glued(i + 1)) {
          i += 2; // "the worst-hit streets": the tokenizer splits at the hyphen
        } else if (t != null && (t.lower().equals("of") || t.lower().equals("'s")
            || t.text().equals("-")) && nounPhraseToken(tok(i + 2))) {
          i++;
        } else {
          break;
        }
      }
      return i;
    }

    /**
     * The end of a preposition's object: a noun phrase, or up to six words before an attribution
     * verb when the tagger is confused ("residents in the worst-hit streets said", where "worst-"
     * and "hit" come out as punctuation and pronoun).
     */
    private int prepositionalObjectEnd(int preposition) {
      int end = objectEnd(preposition);
      for (int i = end + 1; i <= preposition + 6 && tok(i) != null; i++) {
        Token t = tok(i);
        if (isAttributionVerb(t)) {
          return i - 1;
        }
        boolean wordLike = t.isWord() || t.text().endsWith("-") || t.text().startsWith("-");
        if (!wordLike || CLAUSE_BREAKS.contains(t.lower()) || Words.AUXILIARIES.contains(t.lower())
            || Words.pos(t).equals("AUX") || Words.pos(t).equals("ADV")) {
          break; // "critics of the agency have long argued": the verb group starts here
        }
      }
      return end;
    }

    /** The token at {@code i} touches both neighbours, as a hyphen inside a word does. */
    private boolean glued(int i) {
      Token prev = tok(i - 1);
      Token t = tok(i);
      Token next = tok(i + 1);
      return prev != null && next != null && next.isWord() && prev.end() == t.start()
          && t.end() == next.start();
    }

    private boolean nounPhraseToken(Token t) {
      if (t == null || !t.isWord()) {
        return false;
      }
      String pos = Words.pos(t);
      return pos.equals("DET") || pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN")
          || pos.equals("NUM") || POSSESSIVES.contains(t.lower())
          || t.lower().equals("it") || t.lower().equals("them");
    }

    /** An unused clause after token {@code last}, separated only by connector words. */
    private PhraseMatcher.Match<Entry> clauseAfter(int last) {
      for (PhraseMatcher.Match<Entry> c : clauses) {
        if (usedClauses.contains(c) || c.span().start() < tok(last).end()) {
          continue;
        }
        int cFirst = LexiconForms.firstToken(doc, c.span());
        if (cFirst - last - 1 <= 5 && connectorsOnly(last + 1, cFirst)) {
          return c;
        }
      }
      return null;
    }

    /** An unused clause ending just before token {@code first}: "Speaking on condition of …, a". */
    private PhraseMatcher.Match<Entry> clauseBefore(int first) {
      for (PhraseMatcher.Match<Entry> c : clauses) {
        if (usedClauses.contains(c) || c.span().end() > tok(first).start()) {
          continue;
        }
        int cLast = LexiconForms.lastToken(doc, c.span());
        if (first - cLast - 1 <= 2 && connectorsOnly(cLast + 1, first)) {
          return c;
        }
      }
      return null;
    }

    private boolean connectorsOnly(int from, int to) {
      for (int i = from; i < to; i++) {
        if (!CLAUSE_CONNECTORS.contains(low(i))) {
          return false;
        }
      }
      return true;
    }

    /**
     * The last token of a clause, extended over what it is about: "not authorized to discuss
     * the talks", "not authorised to comment on the investigation".
     */
    private int clauseEnd(PhraseMatcher.Match<Entry> c) {
      int last = LexiconForms.lastToken(doc, c.span());
      String verb = low(last);
      if (verb.equals("discuss")) {
        return nounPhraseToken(tok(last + 1)) ? objectEnd(last) : last;
      }
      if ((verb.equals("comment") || verb.equals("speak"))
          && (low(last + 1).equals("on") || low(last + 1).equals("about"))
          && nounPhraseToken(tok(last + 2))) {
        return objectEnd(last + 1);
      }
      return last;
    }

    /** A clause's start, extended back over the participle that introduces it ("Speaking on"). */
    private int clauseStart(PhraseMatcher.Match<Entry> c) {
      int i = LexiconForms.firstToken(doc, c.span());
      Token prev = tok(i - 1);
      boolean participle = prev != null && (prev.lower().equals("speaking")
          || prev.lower().equals("spoke") || prev.lower().equals("talking"));
      return participle ? prev.start() : c.span().start();
    }

    private String clauseCue(PhraseMatcher.Match<Entry> c) {
      return "anonymity clause: " + c.value().term();
    }

    /**
     * An attribution verb after the phrase: "officials said", "critics, however, say", "experts
     * have long argued", "critics who say", "critics who have studied the plan say", "officials,
     * who asked for time, said". Participles in -ing are not finite attributions ("people
     * complaining about", "someone writing about").
     */
    private String verbAfter(int i) {
      for (int skipped = 0; tok(i) != null && skipped <= 4; i++, skipped++) {
        Token t = tok(i);
        if (isAttributionVerb(t)) {
          return t.lower();
        }
        if (t.lower().equals("who") || t.lower().equals("that")) {
          return verbAfterRelativeClause(i + 1);
        }
        if (t.lower().equals(",") && low(i + 1).equals("who")) {
          return verbAfterRelativeClause(i + 2);
        }
        if (t.lower().equals(",")) {
          int close = closingComma(i);
          if (close < 0) {
            return null; // a list or a new clause: "ignore X, explain away Y"
          }
          i = close;
          continue;
        }
        if (!verbGroupWord(t)) {
          return null;
        }
      }
      return null;
    }

    /** The comma closing a short parenthetical opened at {@code open} (", however,"), or -1. */
    private int closingComma(int open) {
      for (int j = open + 1; j <= open + 4 && tok(j) != null; j++) {
        if (low(j).equals(",")) {
          return j;
        }
        if (!tok(j).isWord() || Words.isVerbal(tok(j))) {
          return -1;
        }
      }
      return -1;
    }

    /**
     * After "who"/"that": the clause's own verb ("critics who say"), or the main verb once the
     * clause is over, right after a common noun or a closing comma ("critics who have studied
     * the plan say", "officials, who asked for time, said").
     */
    private String verbAfterRelativeClause(int from) {
      int i = from;
      while (tok(i) != null && verbGroupWord(tok(i))) {
        i++;
      }
      if (tok(i) != null && isAttributionVerb(tok(i))) {
        return low(i);
      }
      for (int j = i + 1; j < from + 12 && tok(j) != null; j++) {
        Token prev = tok(j - 1);
        // After a name, the verb has a subject of its own: "…, spokeswoman Heather Nauert said".
        boolean clauseOver = Words.pos(prev).equals("NOUN") || prev.lower().equals(",");
        if (clauseOver && isAttributionVerb(tok(j))) {
          return low(j);
        }
      }
      return null;
    }

    /**
     * The agent of a passive verb of judging or saying: "criticised as slow by some Democrats",
     * "was seen as an alarming sign by some in the party", "is perceived by many". The
     * participle stands at most six tokens before "by", within the sentence.
     */
    private String passiveBy(int first) {
      if (!low(first - 1).equals("by")) {
        return null;
      }
      for (int k = first - 2; k >= first - 7 && tok(k) != null; k--) {
        Token t = tok(k);
        String w = t.lower();
        if (CLAUSE_BREAKS.contains(w)) {
          return null;
        }
        boolean participle = w.endsWith("ed") || w.endsWith("en") || w.equals("seen");
        if (participle && Words.isVerbal(t)
            && (attributionVerbs.contains(w) || verbs.isSpeech(w))) {
          return w + " by";
        }
      }
      return null;
    }

    /** A finite attribution verb: not a participle in -ing, not a name ("State Department"). */
    private boolean isAttributionVerb(Token t) {
      return attributionVerbs.contains(t.lower()) && !t.lower().endsWith("ing")
          && !Words.pos(t).equals("PROPN")
          && !(Words.capitalised(t) && t.start() != s.span().start());
    }

    /** Auxiliaries and adverbs between a source and its verb; not "should" or "can". */
    private boolean verbGroupWord(Token t) {
      return (Words.AUXILIARIES.contains(t.lower()) || Words.pos(t).equals("ADV"))
          && !NOT_ATTRIBUTING.contains(t.lower());
    }

    /**
     * "according to officials", or an inverted attribution after a comma or a quotation:
     * ", said a senior official." (the phrase is not the subject of a clause, as in "the
     * minister said a senior official had resigned").
     */
    private String verbBefore(int first, int last) {
      if (low(first - 1).equals("to") && low(first - 2).equals("according")) {
        return "according to";
      }
      String passive = passiveBy(first);
      if (passive != null && !containsName(first, last)) {
        return passive;
      }
      int v = low(first - 1).equals(",") ? first - 2 : first - 1;
      Token verb = tok(v);
      if (verb == null || !verbs.isSpeech(verb.lower()) || !Words.isVerbal(verb)
          || verb.lower().endsWith("ing")) {
        return null;
      }
      Token beforeVerb = tok(v - 1);
      boolean inverted = beforeVerb == null || beforeVerb.lower().equals(",")
          || !beforeVerb.isWord();
      Token after = tok(last + 1);
      return inverted && (after == null || !Words.isVerbal(after)) ? verb.lower() : null;
    }

    /** "Maria Lopez, a senior official," / "said Maria Lopez, a senior official". */
    private boolean namedBefore(int first) {
      if (!low(first - 1).equals(",")) {
        return false;
      }
      int i = first - 2;
      int nameLength = 0;
      while (tok(i) != null && Words.pos(tok(i)).equals("PROPN") && Words.capitalised(tok(i))
          && !NOT_NAMES.contains(tok(i).lower())) {
        i--;
        nameLength++;
      }
      return nameLength > 0 && (tok(i) == null || !Words.pos(tok(i)).equals("ADP"));
    }

    /** "analyst John Smith said" / "a senior official, Maria Lopez, said". */
    private boolean namedAfter(int head) {
      int i = head + 1;
      if (low(i).equals(",")) {
        i++;
      }
      int nameLength = 0;
      while (tok(i) != null && Words.pos(tok(i)).equals("PROPN") && Words.capitalised(tok(i))) {
        i++;
        nameLength++;
      }
      if (nameLength == 0) {
        return false;
      }
      if (!low(head + 1).equals(",")) {
        return true;
      }
      Token after = tok(i);
      return after == null || !after.isWord() || Words.isVerbal(after);
    }

    /** "many believe", "some have argued", "others say", "according to some". */
    private Source standaloneQuantifier(int i) {
      Token q = tok(i);
      Entry e = quantifiers.get(q.lower());
      if (e == null) {
        return null;
      }
      boolean accordingTo = low(i - 1).equals("to") && low(i - 2).equals("according");
      Token prev = tok(i - 1);
      boolean clauseStart = prev == null || (!prev.isWord() && !prev.text().equals("-"))
          || Words.pos(prev).equals("CCONJ") || Words.pos(prev).equals("SCONJ");
      if (accordingTo) {
        Token next = tok(i + 1);
        boolean alone = next == null || !next.isWord() || Words.isVerbal(next);
        return alone ? new Source(q.span(), e.weight(), "vague quantifier: according to "
            + q.lower()) : null; // "according to some estimates" names what, not who
      }
      String passive = passiveBy(i);
      if (passive != null) {
        Token next = tok(i + 1);
        boolean alone = next == null || !next.isWord() || !Words.isNominal(next);
        return alone ? new Source(q.span(), e.weight(), "vague quantifier: " + passive + " "
            + q.lower()) : null;
      }
      if (!clauseStart) {
        return null;
      }
      int j = i + 1;
      for (int n = 0; n < 2 && tok(j) != null && verbGroupWord(tok(j)); n++) {
        j++;
      }
      Token verb = tok(j);
      if (verb == null || !isAttributionVerb(verb) || Words.isNominal(verb)) {
        return null;
      }
      return new Source(q.span(), e.weight(), "vague quantifier: " + q.lower() + " + "
          + verb.lower());
    }

    /**
     * An anonymity clause that no source noun claimed: with the noun phrase before it ("a man
     * who asked not to be named") or on its own ("…, he said, speaking on condition of
     * anonymity"). A name before it ("Smith, who asked not to be named") is left alone.
     */
    private Source clauseWithGenericNoun(PhraseMatcher.Match<Entry> c) {
      int cFirst = LexiconForms.firstToken(doc, c.span());
      int h = cFirst - 1;
      while (h >= s.firstToken() && cFirst - h <= 5 && CLAUSE_CONNECTORS.contains(low(h))) {
        h--;
      }
      Token head = tok(h);
      String cue = clauseCue(c);
      Token beforeHead = tok(h - 1);
      boolean described = beforeHead != null && (Words.pos(beforeHead).equals("DET")
          || Words.pos(beforeHead).equals("NUM") || Words.pos(beforeHead).equals("ADJ"));
      if (head != null && Words.pos(head).equals("PROPN") && !described) {
        return null; // a name: "Smith, who asked not to be named"
      }
      if (head != null && Words.isNominal(head) && h < cFirst - 1) {
        int first = h;
        while (first - 1 >= s.firstToken() && h - first < 4
            && (Words.pos(tok(first - 1)).equals("ADJ") || Words.pos(tok(first - 1)).equals("NUM")
                || Words.isNominal(tok(first - 1)))) {
          first--;
        }
        if (first - 1 >= s.firstToken() && (Words.pos(tok(first - 1)).equals("DET")
            || POSSESSIVES.contains(low(first - 1)))) {
          first--;
        }
        return new Source(new Span(tok(first).start(), tok(clauseEnd(c)).end()),
            c.value().weight(), cue);
      }
      return new Source(new Span(clauseStart(c), tok(clauseEnd(c)).end()), c.value().weight(),
          cue);
    }
  }
}
