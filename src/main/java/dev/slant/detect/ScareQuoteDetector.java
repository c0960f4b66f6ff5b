package dev.slant.detect;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.InputException;
import dev.slant.core.Sentence;
import dev.slant.core.Span;
import dev.slant.core.Token;
import dev.slant.lexicon.Inflections;
import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.LexiconSet;
import dev.slant.lexicon.PhraseMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds scare quotes: a short quoted term the writer distances themselves from (the "voluntary"
 * relocation, the so-called "peace plan", a headline's ‘Counterterrorism’). The span includes the
 * quotation marks.
 *
 * <p>{@link QuoteScanner} pairs the quotation marks on the raw text; each quotation is then read
 * against its sentence and the lexicons {@code speech_verbs} and {@code quote_cues}, and the first
 * rule that fits decides what it is:
 *
 * <ol>
 *   <li>no word inside, or a single character → not a term;
 *   <li>crosses a sentence boundary, or longer than {@value #MAX_WORDS} words or {@value
 *       #MAX_CHARS} characters → a quotation;
 *   <li>a distancing cue right before it ({@code so-called}, {@code self-styled}) → scare quote;
 *   <li>the quote is the whole sentence, or ends in {@code ?} or {@code !} → a quotation;
 *   <li>punctuation closes it ({@code ,"} or {@code ",}) and a speech verb or {@code according
 *       to} follows within {@value #WORDS_AFTER} words → direct speech;
 *   <li>a mention noun right before it ({@code the word}, {@code the slogan}) → a mention;
 *   <li>a capitalised quote within three words of a title noun ({@code her novel,}) → a title;
 *   <li>a speech verb earlier in the sentence ({@code said "never"}, {@code told MPs the lists
 *       were "stabilising"}) → words attributed to a speaker, unless a 1–2 word quote opens a noun
 *       phrase of the writer's own paraphrase: after a determiner or possessive ({@code said the
 *       "temporary" checkpoints}) or before a noun ({@code promised "guaranteed" returns});
 *   <li>a naming verb ({@code called the plan "a disaster"}, {@code dubbed 'Back Again'}) within
 *       {@value #WORDS_BEFORE} words, or anywhere earlier for 3–4 words, or a verb that names
 *       through "as" anywhere earlier with {@code as} right before the quote ({@code described
 *       the protest as a "riot"}) → a label attributed to someone. {@code so-called} disowns a
 *       term, {@code called} reports it; {@code called for} is no naming;
 *   <li>capitalised words on both sides ({@code Marcus "The Hammer" Delaney}) → a nickname (in a
 *       headline, where every word is capitalised, only for two or more quoted words);
 *   <li>after a colon and capitalised or 3+ words, or capitalised and 3+ words anywhere → a quoted
 *       sentence; Title Case of 2+ words in running text, not at the sentence start → a name
 *       ({@code "Great Replacement"}, {@code "the Mile"});
 *   <li>otherwise → a scare quote.
 * </ol>
 *
 * <p>A lexicon verb counts only when used as a verb: not after a determiner or possessive ("the
 * state", "her claim") and not tagged as an adjective or proper noun.
 *
 * <p>Score: 0.95 after a distancing cue (0.9 for 3–4 words); in a headline (a first line that is
 * one sentence without a final full stop) 0.9 for single and 0.8 for double quotes, less 0.2 for
 * 3–4 words; elsewhere 0.8, 0.7, 0.5, 0.4 for 1–4 words, plus 0.1 for a lower-case start, less 0.1
 * for punctuation inside the closing mark. A scare quote inside a longer quotation is the
 * speaker's, not the writer's: its score is multiplied by 0.6 and its cue says so.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScareQuoteDetector implements Detector {

  /** Longest scare quote, in words. */
  public static final int MAX_WORDS = 4;
  /** Longest scare quote, in characters between the marks. */
  public static final int MAX_CHARS = 40;
  /** How far before a 1–2 word quote a naming verb attributes it. */
  public static final int WORDS_BEFORE = 5;
  /** How far after a punctuation-closed quote a speech verb tags it as direct speech. */
  public static final int WORDS_AFTER = 5;

  /** What a quotation turned out to be. */
  public enum Kind {
    SCARE_QUOTE,
    /** Direct speech, a quoted sentence or a long partial quotation. */
    QUOTATION,
    /** Short quoted words or a label attributed to a speaker by a verb nearby. */
    ATTRIBUTED,
    MENTION,
    TITLE,
    NICKNAME,
    NOT_A_TERM
  }

  /** How one quotation was read, and the rule that decided it. */
  public record Reading(QuoteScanner.Quote quote, Kind kind, double score, String reason) {}

  private record Cue(String term, String kind) {}

  private static final Set<String> SPEECH_KINDS =
      Set.of("speech", "label", "label-as", "source");
  private static final Set<String> CUE_KINDS = Set.of("distancing", "mention", "title");

  /** Words after which a quote opens a noun phrase rather than reporting speech. */
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these",
      "those", "its", "his", "their", "our", "your", "my", "some", "any", "every", "each",
      "another", "such", "no", "whose");

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /** Particles that make a naming verb phrasal: "called for", "called off". */
  private static final Set<String> PARTICLES =
      Set.of("for", "on", "off", "up", "out", "in", "into", "back", "upon");

  private static boolean isDeterminer(Token t) {
    String w = t.lower();
    return DETERMINERS.contains(w) || w.equals("'s") || w.endsWith("'s") || w.endsWith("s'")
        || w.equals("'");
  }

  private final PhraseMatcher<Cue> verbs;
  private final PhraseMatcher<Cue> cues;

  public ScareQuoteDetector(LexiconSet lexicons) throws InputException {
    this.verbs = matcher(lexicons.get("speech_verbs"), SPEECH_KINDS);
    this.cues = matcher(lexicons.get("quote_cues"), CUE_KINDS);
  }

  private static PhraseMatcher<Cue> matcher(Lexicon lexicon, Set<String> kinds)
      throws InputException {
    PhraseMatcher.Builder<Cue> builder = PhraseMatcher.builder();
    for (LexiconEntry e : lexicon.entries()) {
      Cue cue = new Cue(e.term(), e.oneOf("kind", kinds));
      Set<String> forms = switch (cue.kind()) {
        case "speech", "label", "label-as" -> Inflections.verb(e.term());
        case "mention", "title" -> Inflections.noun(e.term());
        default -> Set.of(e.term());
      };
      for (String form : forms) {
        builder.add(form, cue);
      }
    }
    return builder.build();
  }

  @Override
  public Set<FeatureType> types() {
    return Set.of(FeatureType.SCARE_QUOTE);
  }

  @Override
  public List<Finding> detect(AnnotatedDocument document) {
    List<Finding> out = new ArrayList<>();
    for (Reading r : read(document)) {
      if (r.kind() == Kind.SCARE_QUOTE) {
        // The neutral wording of a scare quote is the term without the distancing marks.
        out.add(Finding.of(FeatureType.SCARE_QUOTE, document, r.quote().span(), r.score(),
            r.reason(), r.quote().inner().in(document.text()).strip()));
      }
    }
    out.sort(Finding.READING_ORDER);
    return out;
  }

  /** Every quotation in the document with what it was read as: the detector's reasoning. */
  public List<Reading> read(AnnotatedDocument document) {
    if (document.sentences().isEmpty()) {
      return List.of();
    }
    boolean headline = hasHeadline(document);
    List<Reading> out = new ArrayList<>();
    List<QuoteScanner.Quote> quotes = QuoteScanner.scan(document.text());
    QuotedWords quoted = new QuotedWords(document.text(), quotes);
    for (int i = 0; i < quotes.size(); i++) {
      out.add(new Context(document, quotes, i, quoted, headline).read());
    }
    return out;
  }

  /** A first line that is one sentence of at most 200 characters without a final full stop. */
  static boolean hasHeadline(AnnotatedDocument doc) {
    String text = doc.text();
    Sentence first = doc.sentences().get(0);
    int i = first.span().end();
    while (i < text.length() && !QuoteScanner.isLineBreak(text.charAt(i))) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
      i++;
    }
    int last = first.span().end() - 1;
    while (last > first.span().start() && (QuoteScanner.isQuoteMark(text.charAt(last))
        || ")]".indexOf(text.charAt(last)) >= 0)) {
      last--;
    }
    return first.span().length() <= 200 && text.charAt(last) != '.';
  }

  /**
   * The contents of an article's quotations, case-folded and joined, to ask whether a quote's words
   * also stand inside another quotation. Articles with more than {@value #MAX_INDEXED} quotations
   * (machine-made text, not news) skip the question, which would cost their length per quote.
   */
  static final class QuotedWords {
    static final int MAX_INDEXED = 1_000;
    private final String joined;
    private final int[] starts;

    QuotedWords(String text, List<QuoteScanner.Quote> quotes) {
      if (quotes.size() > MAX_INDEXED) {
        joined = null;
        starts = null;
        return;
      }
      StringBuilder b = new StringBuilder();
      starts = new int[quotes.size()];
      for (int i = 0; i < quotes.size(); i++) {
        starts[i] = b.length();
        QuoteScanner.Quote q = quotes.get(i);
        b.append(text, q.open() + 1, q.close()).append('\u0000');
      }
      joined = b.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The words of the quotation at {@code position} (from {@code contentStart} to {@code
     * contentEnd} in the text, trailing punctuation aside) occur in some other quotation.
     */
    boolean elsewhere(List<QuoteScanner.Quote> quotes, int position, int contentStart,
        int contentEnd) {
      if (joined == null) {
        return false;
      }
      QuoteScanner.Quote quote = quotes.get(position);
      int own = starts[position];
      String words = stripTrailingPunctuation(joined.substring(
          own + (contentStart - quote.open() - 1), own + (contentEnd - quote.open() - 1)));
      if (words.length() < 2) {
        return false;
      }
      for (int at = joined.indexOf(words); at >= 0; at = joined.indexOf(words, at + 1)) {
        int other = quoteAt(at);
        if (other != position && (quoted(other).equals(words) || longQuote(other))) {
          return true;
        }
      }
      return false;
    }

    /** The index of the quotation whose contents hold offset {@code at} of the joined text. */
    private int quoteAt(int at) {
      int i = java.util.Arrays.binarySearch(starts, at);
      return i >= 0 ? i : -i - 2;
    }

    /** The contents of quotation {@code i}, case-folded, without trailing punctuation. */
    private String quoted(int i) {
      int end = i + 1 < starts.length ? starts[i + 1] - 1 : joined.length() - 1;
      return stripTrailingPunctuation(joined.substring(starts[i], end).strip());
    }

    /** A quotation of {@value QuotedRegions#SPEECH_WORDS} words or more: someone's words. */
    private boolean longQuote(int i) {
      int end = i + 1 < starts.length ? starts[i + 1] - 1 : joined.length() - 1;
      return QuotedRegions.countWords(joined, starts[i], end) >= QuotedRegions.SPEECH_WORDS;
    }

    private static String stripTrailingPunctuation(String s) {
      int end = s.length();
      while (end > 0 && !Character.isLetterOrDigit(s.charAt(end - 1))) {
        end--;
      }
      return s.substring(0, end);
    }
  }

  /** One quotation in its document: the rules of the class comment, in order. */
  private final class Context {
    private final AnnotatedDocument doc;
    private final String text;
    private final QuoteScanner.Quote quote;
    private final int open;
    private final int close;
    private final boolean headline;
    private final boolean docHasHeadline;
    private Sentence sentence;
    private final List<QuoteScanner.Quote> quotes;
    private final int position;
    private final QuotedWords quoted;
    private int contentStart;
    private int contentEnd;

    Context(AnnotatedDocument doc, List<QuoteScanner.Quote> quotes, int position,
        QuotedWords quoted, boolean firstLineIsHeadline) {
      this.doc = doc;
      this.text = doc.text();
      this.quotes = quotes;
      this.position = position;
      this.quoted = quoted;
      this.quote = quotes.get(position);
      this.open = quote.open();
      this.close = quote.close();
      this.headline = firstLineIsHeadline && doc.sentenceIndexAt(open) == 0;
      this.docHasHeadline = firstLineIsHeadline;
    }

    Reading read() {
      contentStart = open + 1;
      contentEnd = close;
      while (contentStart < contentEnd && Character.isWhitespace(text.charAt(contentStart))) {
        contentStart++;
      }
      while (contentEnd > contentStart && Character.isWhitespace(text.charAt(contentEnd - 1))) {
        contentEnd--;
      }
      int alnum = 0;
      for (int i = contentStart; i < contentEnd && alnum < 2; i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          alnum++;
        }
      }
      if (alnum < 2 || !hasLetter()) {
        return verdict(Kind.NOT_A_TERM, "no word inside the marks");
      }
      int sentenceIndex = doc.sentenceIndexAt(open);
      if (sentenceIndex != doc.sentenceIndexAt(close)) {
        return verdict(Kind.QUOTATION, "quotation across sentences");
      }
      sentence = doc.sentences().get(sentenceIndex);
      int words = countWords(text, contentStart, contentEnd);
      if (words > MAX_WORDS || contentEnd - contentStart > MAX_CHARS) {
        return verdict(Kind.QUOTATION, "long quotation, " + words + " words");
      }
      Cue distancing = adjacentCue("distancing", "", 3);
      if (distancing != null && quote.depth() > 0) {
        return verdict(Kind.QUOTATION, distancing.term() + " inside a longer quotation");
      }
      if (distancing != null) {
        return scare(distancing.term() + " + quoted term", words >= 3 ? 0.9 : 0.95);
      }
      if (isWholeSentence()) {
        return verdict(Kind.QUOTATION, "quoted sentence");
      }
      char last = text.charAt(contentEnd - 1);
      if (last == '?' || last == '!') {
        return verdict(Kind.QUOTATION, "quoted question or exclamation");
      }
      Cue tag = closedByPunctuation() ? verbAfter() : null;
      if (tag != null) {
        return verdict(Kind.QUOTATION, "direct speech tagged by '" + tag.term() + "'");
      }
      Cue mention = adjacentCue("mention", ",:", 3);
      if (mention != null) {
        return verdict(Kind.MENTION, "mentioned after '" + mention.term() + "'");
      }
      Cue title = titleCue();
      if (title != null) {
        return verdict(Kind.TITLE, "title after '" + title.term() + "'");
      }
      Cue speaker = verbBefore(words);
      if (speaker != null) {
        return verdict(Kind.ATTRIBUTED, speaker.kind().startsWith("label")
            ? "label attributed by '" + speaker.term() + "'"
            : "words attributed by '" + speaker.term() + "'");
      }
      boolean capital = startsUpperCase();
      if (isNickname(words)) {
        return verdict(Kind.NICKNAME, "nickname between capitalised names");
      }
      if (colonBefore() && (capital || words >= 3)) {
        return verdict(Kind.QUOTATION, "quotation introduced by a colon");
      }
      if (capital && words >= 3) {
        return verdict(Kind.QUOTATION, "capitalised quotation of " + words + " words");
      }
      if (!headline && words >= 2 && !atSentenceStart() && isTitleCase()) {
        return verdict(Kind.TITLE, "title-case name");
      }
      return realNewsReading(words, capital);
    }

    /**
     * The last rules, learnt from real reporting, where nearly every short quoted term is a
     * partial quotation: a quote inside another is the speaker's; a speaker can be named in the
     * sentence before or after; words quoted again elsewhere in the
     * article (the same quoted term, or inside a quotation of four words or more) are a quoted phrase
     * or a term under discussion; a list of quoted terms is jargon under discussion; a phrase of
     * three words or more is a partial quotation; a capitalised quote inside a sentence is a name.
     */
    private Reading realNewsReading(int words, boolean capital) {
      if (quote.depth() > 0) {
        return verdict(Kind.QUOTATION, "inside a longer quotation");
      }
      Cue nearby = speakerNearby();
      if (nearby != null) {
        return verdict(Kind.ATTRIBUTED, "words attributed by '" + nearby.term() + "' nearby");
      }
      if (quotedElsewhere()) {
        return verdict(Kind.MENTION, "the same words are quoted elsewhere in the article");
      }
      if (inListOfQuotes()) {
        return verdict(Kind.MENTION, "one of a list of quoted terms");
      }
      if (!headline && words >= 3) {
        return verdict(Kind.QUOTATION, "a phrase of " + words + " words: a partial quotation");
      }
      if (!headline && capital && !atSentenceStart()) {
        return verdict(Kind.NICKNAME, "capitalised inside a sentence: a name or title");
      }
      return scare(words, capital);
    }

    /**
     * A verb of saying or naming, or "according to", in the sentence before or after the quote's
     * (the quote's own sentence is read by the earlier rules, which know the writer's paraphrase
     * from a report).
     */
    private Cue speakerNearby() {
      if (headline) {
        return null; // a headline stands alone
      }
      int index = doc.sentenceIndexAt(open);
      for (int other : new int[] {index - 1, index + 1}) {
        if (other < (docHasHeadline ? 1 : 0) || other >= doc.sentences().size()) {
          continue;
        }
        Span s = doc.sentences().get(other).span();
        List<Span> distancing = cues.findAll(text, s.start(), s.end()).stream()
            .filter(m -> m.value().kind().equals("distancing")).map(m -> m.span()).toList();
        for (PhraseMatcher.Match<Cue> m : verbs.findAll(text, s.start(), s.end())) {
          if (isVerbOrPhrase(m) && distancing.stream().noneMatch(d -> d.overlaps(m.span()))) {
            return m.value();
          }
        }
      }
      return null;
    }

    /** The quoted words, case-folded, also stand inside another quotation of the article. */
    private boolean quotedElsewhere() {
      return quoted.elsewhere(quotes, position, contentStart, contentEnd);
    }

    /** Another quotation right before or after, with only punctuation, "and" or "or" between. */
    private boolean inListOfQuotes() {
      QuoteScanner.Quote before = position > 0 ? quotes.get(position - 1) : null;
      QuoteScanner.Quote after = position + 1 < quotes.size() ? quotes.get(position + 1) : null;
      return before != null && before.close() < open && isListGap(before.close() + 1, open)
          || after != null && after.open() > close && isListGap(close + 1, after.open());
    }

    private boolean isListGap(int from, int to) {
      if (to - from > 6) {
        return false;
      }
      String gap = text.substring(from, to).strip().toLowerCase(Locale.ROOT);
      return gap.isEmpty() || gap.equals(",") || gap.equals("and") || gap.equals("or")
          || gap.equals(", and") || gap.equals(", or") || gap.equals("\u2014")
          || gap.equals("/");
    }

    private Reading scare(int words, boolean capital) {
      String count = words + (words == 1 ? " word" : " words");
      if (headline) {
        double score = (quote.single() ? 0.9 : 0.8) - (words >= 3 ? 0.2 : 0.0);
        return scare("headline " + (quote.single() ? "single" : "double") + " quotes, " + count,
            score);
      }
      double score = switch (words) {
        case 1 -> 0.8;
        case 2 -> 0.7;
        case 3 -> 0.5;
        default -> 0.4;
      };
      if (!capital) {
        score += 0.1;
      }
      if (",.;:".indexOf(text.charAt(contentEnd - 1)) >= 0) {
        score -= 0.1;
      }
      return scare("quoted term, " + count + ", no speech verb nearby", score);
    }

    private Reading scare(String cue, double score) {
      if (quote.depth() > 0) {
        return new Reading(quote, Kind.SCARE_QUOTE, round(score * 0.6),
            cue + ", inside a quotation");
      }
      return new Reading(quote, Kind.SCARE_QUOTE, round(score), cue);
    }

    private Reading verdict(Kind kind, String reason) {
      return new Reading(quote, kind, 0.0, reason);
    }

    private boolean hasLetter() {
      for (int i = contentStart; i < contentEnd; i++) {
        if (Character.isLetter(text.codePointAt(i))) {
          return true;
        }
      }
      return false;
    }

    /** Nothing but punctuation and space in the sentence outside the quote. */
    private boolean isWholeSentence() {
      return !hasWordChar(sentence.span().start(), open)
          && !hasWordChar(close + 1, sentence.span().end());
    }

    private boolean atSentenceStart() {
      return !hasWordChar(sentence.span().start(), open);
    }

    private boolean hasWordChar(int from, int to) {
      for (int i = from; i < to; i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    /** {@code ,"} or {@code ."} inside, or {@code ",} right after the closing mark. */
    private boolean closedByPunctuation() {
      char last = text.charAt(contentEnd - 1);
      if (",.;:\u2026\u2014\u2013-".indexOf(last) >= 0) {
        return true;
      }
      return close + 1 < text.length() && text.charAt(close + 1) == ',';
    }

    /** A speech verb or {@code according to} shortly after the quote. */
    private Cue verbAfter() {
      int to = wordsForward(close + 1, WORDS_AFTER);
      for (PhraseMatcher.Match<Cue> m : verbs.findAll(text, close + 1, to)) {
        String kind = m.value().kind();
        if ((kind.equals("speech") || kind.equals("source")) && isVerbOrPhrase(m)) {
          return m.value();
        }
      }
      return null;
    }

    /**
     * The speech or naming verb closest before the quote, in its sentence, that attributes it
     * (rules 8 and 9). A speech verb attributes unless a 1–2 word quote opens a noun phrase of the
     * writer's paraphrase; a naming verb attributes within {@link #WORDS_BEFORE} words of a 1–2
     * word quote (anywhere earlier for a longer fragment); a naming-through-"as" verb attributes a
     * quote right after {@code as}.
     */
    private Cue verbBefore(int words) {
      boolean fragment = words >= 3;
      int from = sentence.span().start();
      int labelFrom = fragment ? from : wordsBack(open, WORDS_BEFORE);
      boolean paraphrase = !fragment && (determinerBefore() || nounAfter());
      boolean afterAs = asBefore();
      // "called" inside "so-called" is no naming verb.
      List<Span> distancing = cues.findAll(text, from, open).stream()
          .filter(m -> m.value().kind().equals("distancing")).map(m -> m.span()).toList();
      Cue found = null;
      for (PhraseMatcher.Match<Cue> m : verbs.findAll(text, from, open)) {
        if (distancing.stream().anyMatch(d -> d.overlaps(m.span())) || !isVerbOrPhrase(m)) {
          continue;
        }
        boolean attributes = switch (m.value().kind()) {
          case "speech" -> !paraphrase;
          case "label" -> m.span().start() >= labelFrom && !particleAfter(m);
          case "label-as" -> afterAs;
          default -> false;
        };
        if (attributes) {
          found = m.value();
        }
      }
      return found;
    }

    /** {@code as}, {@code as a}, {@code as an} or {@code as the} right before the quote. */
    private boolean asBefore() {
      Token t = wordTokenBefore(open);
      if (t != null && ARTICLES.contains(t.lower())) {
        t = wordTokenBefore(t.start());
      }
      return t != null && t.lower().equals("as");
    }

    /** "called for", "called off": a phrasal verb, not naming. */
    private boolean particleAfter(PhraseMatcher.Match<Cue> m) {
      int i = doc.firstTokenFrom(m.span().end());
      return i < sentence.endToken() && PARTICLES.contains(doc.tokens().get(i).lower());
    }

    /** A cue of the kind that ends right before the opening mark, with only {@code gap} between. */
    private Cue adjacentCue(String kind, String gap, int window) {
      Cue found = null;
      for (PhraseMatcher.Match<Cue> m : cues.findAll(text, wordsBack(open, window), open)) {
        if (m.value().kind().equals(kind) && onlyGap(m.span().end(), open, gap)) {
          found = m.value();
        }
      }
      return found;
    }

    /** A title noun (not tagged as a verb: "polls show") within three words of a capitalised quote. */
    private Cue titleCue() {
      if (!startsUpperCase()) {
        return null;
      }
      Cue found = null;
      for (PhraseMatcher.Match<Cue> m : cues.findAll(text, wordsBack(open, 3), open)) {
        if (m.value().kind().equals("title") && !isVerb(m)) {
          found = m.value();
        }
      }
      return found;
    }

    private boolean onlyGap(int from, int to, String allowed) {
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (!Character.isWhitespace(c) && allowed.indexOf(c) < 0) {
          return false;
        }
      }
      return true;
    }

    /** The word token right before the quote is a determiner or a possessive. */
    private boolean determinerBefore() {
      Token t = wordTokenBefore(open);
      return t != null && isDeterminer(t);
    }

    /** The quote is directly followed by a noun, which it modifies. */
    private boolean nounAfter() {
      int i = doc.firstTokenFrom(close + 1);
      if (i >= sentence.endToken()) {
        return false;
      }
      Token t = doc.tokens().get(i);
      return onlyGap(close + 1, t.start(), "") && t.pos().equals("NOUN");
    }

    private boolean colonBefore() {
      int i = open - 1;
      while (i >= sentence.span().start() && Character.isWhitespace(text.charAt(i))) {
        i--;
      }
      return i >= sentence.span().start() && text.charAt(i) == ':';
    }

    /** Capitalised words right before and right after, with only a space between. */
    private boolean isNickname(int words) {
      if (headline && words < 2) {
        return false;
      }
      Token before = wordTokenBefore(open);
      int after = doc.firstTokenFrom(close + 1);
      if (before == null || after >= sentence.endToken()) {
        return false;
      }
      Token next = doc.tokens().get(after);
      return onlyGap(before.end(), open, "") && onlyGap(close + 1, next.start(), "")
          && Character.isUpperCase(before.text().codePointAt(0))
          && Character.isUpperCase(next.text().codePointAt(0));
    }

    private boolean startsUpperCase() {
      for (int i = contentStart; i < contentEnd; i++) {
        int cp = text.codePointAt(i);
        if (Character.isLetter(cp)) {
          return Character.isUpperCase(cp) || Character.isTitleCase(cp);
        }
      }
      return false;
    }

    /**
     * Every word of four or more letters and the first word capitalised ("Salt and Iron"), where
     * the first word may be a lower-case article before a capitalised one ("the Mile").
     */
    private boolean isTitleCase() {
      int index = 0;
      boolean leadingArticle = false;
      int i = contentStart;
      while (i < contentEnd) {
        int end = wordEnd(text, i, contentEnd);
        if (end == i) {
          i++;
          continue;
        }
        int cp = text.codePointAt(i);
        boolean upper = !Character.isLetter(cp) || Character.isUpperCase(cp);
        if (index == 0 && !upper) {
          leadingArticle = ARTICLES.contains(text.substring(i, end).toLowerCase(Locale.ROOT));
          if (!leadingArticle) {
            return false;
          }
        } else if (!upper && (end - i >= 4 || index == 1 && leadingArticle)) {
          return false;
        }
        index++;
        i = end;
      }
      return true;
    }

    private Token wordTokenBefore(int offset) {
      for (int i = Math.min(doc.firstTokenFrom(offset), sentence.endToken()) - 1;
          i >= sentence.firstToken(); i--) {
        Token t = doc.tokens().get(i);
        if (t.end() <= offset && t.isWord()) {
          return t;
        }
      }
      return null;
    }

    /** Start of the {@code n}th word token back from {@code offset}, within the sentence. */
    private int wordsBack(int offset, int n) {
      int start = offset;
      int words = 0;
      for (int i = Math.min(doc.firstTokenFrom(offset), sentence.endToken()) - 1;
          i >= sentence.firstToken() && words < n; i--) {
        Token t = doc.tokens().get(i);
        if (t.end() <= offset) {
          start = t.start();
          if (t.isWord()) {
            words++;
          }
        }
      }
      return start;
    }

    /** End of the {@code n}th word token from {@code offset}, within the sentence. */
    private int wordsForward(int offset, int n) {
      int end = offset;
      int words = 0;
      for (int i = Math.max(doc.firstTokenFrom(offset), sentence.firstToken());
          i < sentence.endToken() && words < n; i++) {
        Token t = doc.tokens().get(i);
        end = t.end();
        if (t.isWord()) {
          words++;
        }
      }
      return end;
    }

    /**
     * A multi-word cue, or a single word used as a verb: not after a determiner or possessive
     * ("the state", "her claim") and not tagged as an adjective or proper noun. The tag alone is not
     * trusted, since the tagger often reads a verb after a plural noun ("sponsors call") as a noun.
     */
    private boolean isVerbOrPhrase(PhraseMatcher.Match<Cue> m) {
      if (m.value().term().indexOf(' ') >= 0) {
        return true;
      }
      int i = doc.tokenIndexAt(m.span().start());
      if (i < 0) {
        return false;
      }
      String pos = doc.tokens().get(i).pos();
      Token before = wordTokenBefore(m.span().start());
      return !pos.equals("ADJ") && !pos.equals("PROPN")
          && (before == null || !isDeterminer(before));
    }

    private boolean isVerb(PhraseMatcher.Match<Cue> m) {
      int i = doc.tokenIndexAt(m.span().start());
      return i >= 0 && (doc.tokens().get(i).pos().equals("VERB")
          || doc.tokens().get(i).pos().equals("AUX"));
    }
  }

  /** Runs of letters and digits, joined by inner apostrophes and hyphens (so-called, can't). */
  static int countWords(CharSequence text, int from, int to) {
    int words = 0;
    int i = from;
    while (i < to) {
      int end = wordEnd(text, i, to);
      if (end > i) {
        words++;
        i = end;
      } else {
        i++;
      }
    }
    return words;
  }

  /** End of the word starting at {@code i}, or {@code i} if none starts there. */
  private static int wordEnd(CharSequence text, int i, int to) {
    int j = i;
    while (j < to) {
      int cp = Character.codePointAt(text, j);
      if (Character.isLetterOrDigit(cp)) {
        j += Character.charCount(cp);
      } else if (j > i && j + 1 < to && "'\u2019-\u2010\u2011".indexOf(text.charAt(j)) >= 0
          && Character.isLetterOrDigit(Character.codePointAt(text, j + 1))) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  private static double round(double score) {
    double clamped = Math.max(0.05, Math.min(1.0, score));
    return Math.round(clamped * 100) / 100.0;
  }
}
