package dev.slant.detect.ml;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.Sentence;
import dev.slant.core.Span;
import dev.slant.core.Token;
import dev.slant.encode.EncoderException;
import dev.slant.encode.Encoders;
import dev.slant.encode.SentenceEncoder;
import dev.slant.encode.VectorCache;
import dev.slant.lexicon.Inflections;
import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.LexiconSet;
import dev.slant.lexicon.PhraseMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns an annotated document and the rule detectors' findings into named features, the one place
 * where training and scoring get their vectors from. Dense attributes (lengths, quotes, word
 * classes, lexicon and finding counts) always exist; sparse ones (n-grams, word identities,
 * suffixes, neighbours) are named after their content and kept or dropped by {@link FeatureSpace}.
 * With a sentence encoder, each sentence unit also gets the encoder's vector of its text as dense
 * attributes {@code enc.000}, {@code enc.001}, …, after all the others; the encoder loads on
 * first use, so an extractor without one never loads it.
 *
 * <p>Immutable and thread-safe.
 */
public final class FeatureExtractor {

  // Small closed word classes, written for these features (not taken from any corpus).
  private static final Set<String> INTENSIFIERS = Set.of("very", "extremely", "incredibly",
      "utterly", "totally", "absolutely", "completely", "deeply", "highly", "truly", "really",
      "remarkably", "exceptionally", "enormously", "hugely", "tremendously", "terribly", "awfully",
      "outright", "downright", "entirely", "wildly", "massively", "staggeringly", "so", "too",
      "most", "even", "ever", "just");
  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "n't", "nothing",
      "nobody", "none", "neither", "nor", "without", "cannot");
  private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself", "we",
      "us", "our", "ours", "ourselves");
  private static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "yourself",
      "yourselves");
  private static final Set<String> MODALS = Set.of("may", "might", "could", "would", "should",
      "must", "perhaps", "possibly", "probably", "likely", "apparently", "seemingly");
  private static final Map<String, Set<String>> WORD_CLASSES = new TreeMap<>(Map.of(
      "intensifier", INTENSIFIERS, "negation", NEGATIONS, "first_person", FIRST_PERSON,
      "second_person", SECOND_PERSON, "modal", MODALS));
  private static final List<String> POS_TAGS =
      List.of("ADJ", "ADV", "NOUN", "PROPN", "VERB", "PRON", "NUM", "AUX");

  private final Task task;
  private final FeatureConfig config;
  private final List<String> lexiconNames = new ArrayList<>();
  /**
   * Every lexicon in one matcher, so an article is scanned once rather than once per lexicon. A
   * phrase's payload holds its weight in each lexicon, in {@link #lexiconNames} order; NaN where
   * the lexicon does not have it.
   */
  private final PhraseMatcher<double[]> lexiconMatcher;
  private final List<String> denseNames;
  /** Names of the encoder attributes, or empty without an encoder. */
  private final String[] encoderNames;
  private volatile SentenceEncoder encoder;

  public FeatureExtractor(Task task, FeatureConfig config, LexiconSet lexicons) {
    this.task = task;
    this.config = config;
    PhraseMatcher.Builder<double[]> matcher = PhraseMatcher.builder();
    if (config.lexicons()) {
      lexiconNames.addAll(new java.util.TreeSet<>(LexiconSet.BUNDLED.keySet()));
      for (int l = 0; l < lexiconNames.size(); l++) {
        addForms(matcher, l, lexiconNames.size(), lexiconNames.get(l),
            lexicons.get(lexiconNames.get(l)));
      }
    }
    this.lexiconMatcher = lexiconNames.isEmpty() ? null : matcher.build();
    if (config.encoder() != null && task.tokenLevel()) {
      throw new IllegalArgumentException("sentence encoder features are for the sentence task");
    }
    int dimension;
    try {
      dimension = config.encoder() == null ? 0 : Encoders.dimension(config.encoder());
    } catch (EncoderException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    this.encoderNames = new String[dimension];
    for (int d = 0; d < dimension; d++) {
      encoderNames[d] = String.format(java.util.Locale.ROOT, "enc.%03d", d);
    }
    this.denseNames = List.copyOf(buildDenseNames());
  }

  /**
   * The sentence encoder of these features, loaded now if it was not yet.
   *
   * @throws EncoderException if the features use none, or it cannot be loaded
   */
  public SentenceEncoder encoder() throws EncoderException {
    SentenceEncoder e = encoder;
    if (e == null) {
      if (config.encoder() == null) {
        throw new EncoderException("these features use no sentence encoder");
      }
      e = Encoders.get(config.encoder());
      encoder = e;
    }
    return e;
  }

  /** True when the features include a sentence encoder's vectors. */
  public boolean usesEncoder() {
    return encoderNames.length > 0;
  }

  private SentenceEncoder loadedEncoder() {
    try {
      return encoder();
    } catch (EncoderException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * The vectors of these texts, computed on {@code threads} threads, by text: what {@link
   * #context(AnnotatedDocument, List, Map)} takes so that a document's or a corpus's units are
   * encoded together rather than one by one. Empty without an encoder.
   */
  public Map<String, float[]> encode(List<String> texts, int threads) {
    return encode(texts, threads, null);
  }

  /**
   * As {@link #encode(List, int)}, keeping the vectors in a {@link VectorCache} in folder {@code
   * cache} between runs (none if null).
   */
  public Map<String, float[]> encode(List<String> texts, int threads, java.nio.file.Path cache) {
    if (!usesEncoder()) {
      return Map.of();
    }
    List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(texts));
    List<float[]> vectors = cache == null ? loadedEncoder().encodeAll(distinct, threads)
        : VectorCache.in(cache, loadedEncoder()).encodeAll(distinct, threads);
    Map<String, float[]> out = new java.util.HashMap<>();
    for (int i = 0; i < distinct.size(); i++) {
      out.put(distinct.get(i), vectors.get(i));
    }
    return out;
  }

  /** The text a sentence unit made of tokens {@code [from, to)} is encoded from. */
  public static String unitText(AnnotatedDocument doc, int from, int to) {
    if (from >= to) {
      return "";
    }
    return doc.text().substring(doc.tokens().get(from).start(), doc.tokens().get(to - 1).end());
  }

  public Task task() {
    return task;
  }

  public FeatureConfig config() {
    return config;
  }

  /** Attributes every model of this task and configuration has, in attribute order. */
  public List<String> denseNames() {
    return denseNames;
  }

  /** True for the tokens the token tasks classify: those with a letter or digit. */
  public static boolean isCandidate(Token t) {
    return t.isWord();
  }

  /**
   * Adds the forms of lexicon number {@code l} of {@code count} to the shared matcher; as in a
   * matcher of its own, a form added twice keeps the last weight.
   */
  private static void addForms(PhraseMatcher.Builder<double[]> b, int l, int count, String name,
      Lexicon lexicon) {
    boolean hasPos = lexicon.columns().contains("pos");
    String weightColumn = lexicon.columns().contains("intensity") ? "intensity"
        : lexicon.columns().contains("weight") ? "weight" : null;
    for (LexiconEntry e : lexicon.entries()) {
      double weight = 1.0;
      if (weightColumn != null) {
        try {
          weight = Double.parseDouble(e.get(weightColumn));
        } catch (NumberFormatException ignored) {
          // the detectors validate their columns; a feature just counts such an entry as 1
        }
      }
      Set<String> forms;
      if (hasPos) {
        String pos = e.get("pos").toLowerCase(java.util.Locale.ROOT);
        forms = pos.startsWith("verb") ? Inflections.verb(e.term())
            : pos.startsWith("noun") ? Inflections.noun(e.term()) : Set.of(e.term());
      } else if (name.contains("adjective")) {
        forms = Set.of(e.term());
      } else {
        forms = new java.util.LinkedHashSet<>(Inflections.verb(e.term()));
        forms.addAll(Inflections.noun(e.term()));
      }
      double[] payload = new double[count];
      java.util.Arrays.fill(payload, Double.NaN);
      payload[l] = weight;
      for (String f : forms) {
        b.add(f, payload, (old, added) -> {
          double[] merged = old.clone();
          merged[l] = added[l];
          return merged;
        });
      }
    }
  }

  private static List<String> sentenceStyleNames() {
    List<String> names = new ArrayList<>(List.of("len.words", "len.chars_per_word",
        "punct.exclamation", "punct.question", "caps.words", "quote.count", "quote.short",
        "quote.share", "digits.words"));
    for (String p : POS_TAGS) {
      names.add("pos." + p);
    }
    for (String c : WORD_CLASSES.keySet()) {
      names.add("class." + c);
    }
    return names;
  }

  private static List<String> tokenStyleNames() {
    List<String> names = new ArrayList<>(List.of("tok.capitalised", "tok.upper", "tok.first",
        "tok.last", "tok.position", "tok.in_quote", "tok.short_quote", "tok.hyphen", "tok.length",
        "sent.words", "sent.exclamations", "sent.questions", "doc.title", "doc.position"));
    for (String c : WORD_CLASSES.keySet()) {
      names.add("class." + c);
    }
    return names;
  }

  private List<String> buildDenseNames() {
    List<String> names = new ArrayList<>();
    if (config.style()) {
      names.addAll(task.tokenLevel() ? tokenStyleNames() : sentenceStyleNames());
    }
    for (String l : lexiconNames) {
      names.add("lex." + l);
      names.add("lex." + l + ".weight");
      if (task.tokenLevel()) {
        names.add("lex." + l + ".near");
      }
    }
    if (task.tokenLevel() && !lexiconNames.isEmpty()) {
      names.add("lex.sentence");
      names.add("lex.document");
    }
    if (config.findings()) {
      for (FeatureType t : FeatureType.values()) {
        names.add("find." + t.id());
        names.add("find." + t.id() + ".score");
      }
    }
    names.addAll(List.of(encoderNames));
    return names;
  }

  /** What several units of one document share, computed once per document. */
  public Context context(AnnotatedDocument doc, List<Finding> findings) {
    return context(doc, findings, Map.of());
  }

  /**
   * As {@link #context(AnnotatedDocument, List)}, with sentence vectors already computed by
   * {@link #encode}; a unit whose text is not among them is encoded on its own.
   */
  public Context context(AnnotatedDocument doc, List<Finding> findings,
      Map<String, float[]> vectors) {
    if (config.lemmas() && !doc.hasLemmas()) {
      throw new IllegalArgumentException("these features need a lemmatised document");
    }
    return new Context(doc, findings, vectors);
  }

  /** Features of the text unit made of tokens {@code [from, to)}: a sentence or a whole example. */
  public Features sentence(Context c, int from, int to) {
    Features.Builder out = Features.builder();
    boolean style = config.style();
    List<Token> tokens = c.doc.tokens();
    int words = 0;
    int wordChars = 0;
    int quoted = 0;
    int[] posCounts = new int[POS_TAGS.size()];
    List<String> grams = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (style && t.text().equals("!")) {
        out.add("punct.exclamation", 1);
      } else if (style && t.text().equals("?")) {
        out.add("punct.question", 1);
      }
      if (!t.isWord()) {
        continue;
      }
      words++;
      wordChars += t.text().length();
      grams.add(normalise(t.lower()));
      if (!style) {
        continue;
      }
      if (isUpper(t.text()) && t.text().length() > 1) {
        out.add("caps.words", 1);
      }
      if (Character.isDigit(t.text().charAt(0))) {
        out.add("digits.words", 1);
      }
      int pos = POS_TAGS.indexOf(t.pos());
      if (pos >= 0) {
        posCounts[pos]++;
      }
      for (Map.Entry<String, Set<String>> e : WORD_CLASSES.entrySet()) {
        if (e.getValue().contains(t.lower())) {
          out.add("class." + e.getKey(), 1);
        }
      }
      if (c.inQuote[i]) {
        quoted++;
      }
    }
    for (int n = 1; n <= config.ngrams(); n++) {
      for (int i = 0; i + n <= grams.size(); i++) {
        out.add("w:" + String.join(" ", grams.subList(i, i + n)), 1);
      }
    }
    if (style) {
      out.add("len.words", Math.log1p(words));
      out.add("len.chars_per_word", words == 0 ? 0 : (double) wordChars / words);
      // Proportions rather than counts, so long and short units are comparable.
      for (int k = 0; k < posCounts.length; k++) {
        out.add("pos." + POS_TAGS.get(k), (double) posCounts[k] / Math.max(1, words));
      }
      out.add("quote.share", (double) quoted / Math.max(1, words));
    }
    Span range = c.range(from, to);
    for (Span q : config.style() ? c.quotes : List.<Span>of()) {
      if (range.contains(q)) {
        out.add("quote.count", 1);
        if (c.wordsIn(q) <= 3) {
          out.add("quote.short", 1);
        }
      }
    }
    for (int l = 0; l < lexiconNames.size(); l++) {
      for (PhraseMatcher.Match<Double> m : c.lexiconMatches.get(l)) {
        if (range.contains(m.span().start())) {
          out.add("lex." + lexiconNames.get(l), 1);
          out.add("lex." + lexiconNames.get(l) + ".weight", m.value());
        }
      }
    }
    if (config.findings()) {
      for (Finding fi : c.findings) {
        if (range.contains(fi.start())) {
          out.add("find." + fi.type().id(), 1);
          out.add("find." + fi.type().id() + ".score", fi.score());
        }
      }
    }
    if (usesEncoder()) {
      String text = unitText(c.doc, from, to);
      float[] v = c.vectors.get(text);
      if (v == null) {
        v = loadedEncoder().encode(text);
      }
      for (int d = 0; d < encoderNames.length; d++) {
        out.add(encoderNames[d], v[d]);
      }
    }
    return out.build();
  }

  /** Features of token {@code i}, which must be a {@linkplain #isCandidate candidate}. */
  public Features token(Context c, int i) {
    AnnotatedDocument doc = c.doc;
    Token t = doc.tokens().get(i);
    Sentence s = doc.sentences().get(t.sentence());
    Features.Builder f = Features.builder();
    String w = normalise(t.lower());
    f.add("w:" + w, 1);
    f.add("p:" + t.pos(), 1);
    if (config.lemmas()) {
      f.add("l:" + normalise(doc.lemma(i)), 1);
    }
    if (w.length() > 3) {
      f.add("s2:" + w.substring(w.length() - 2), 1);
      f.add("p3:" + w.substring(0, 3), 1);
    }
    if (w.length() > 4) {
      f.add("s3:" + w.substring(w.length() - 3), 1);
    }
    if (w.length() > 5) {
      f.add("s4:" + w.substring(w.length() - 4), 1);
    }
    f.add("sh:" + shape(t.text()), 1);
    for (int d = 1; d <= config.window(); d++) {
      f.add("w-" + d + ":" + neighbour(doc, s, i - d), 1);
      f.add("w+" + d + ":" + neighbour(doc, s, i + d), 1);
      f.add("p-" + d + ":" + neighbourPos(doc, s, i - d), 1);
      f.add("p+" + d + ":" + neighbourPos(doc, s, i + d), 1);
    }
    if (config.window() >= 1) {
      f.add("b-1:" + neighbour(doc, s, i - 1) + " " + w, 1);
      f.add("b+1:" + w + " " + neighbour(doc, s, i + 1), 1);
      f.add("pp-1:" + neighbourPos(doc, s, i - 1) + " " + t.pos(), 1);
      f.add("pp+1:" + t.pos() + " " + neighbourPos(doc, s, i + 1), 1);
      if (config.lemmas()) {
        f.add("l-1:" + neighbourLemma(doc, s, i - 1), 1);
        f.add("l+1:" + neighbourLemma(doc, s, i + 1), 1);
      }
    }
    if (config.style()) {
      tokenStyle(c, i, f);
    }
    for (int l = 0; l < lexiconNames.size(); l++) {
      double weight = c.lexiconWeight[l][i];
      if (weight != 0) {
        f.add("lex." + lexiconNames.get(l), 1);
        f.add("lex." + lexiconNames.get(l) + ".weight", weight);
      }
      if ((i > s.firstToken() && c.lexiconWeight[l][i - 1] != 0)
          || (i + 1 < s.endToken() && c.lexiconWeight[l][i + 1] != 0)) {
        f.add("lex." + lexiconNames.get(l) + ".near", 1);
      }
    }
    if (!lexiconNames.isEmpty()) {
      // Loaded words come in loaded sentences of loaded articles.
      f.add("lex.sentence", Math.log1p(c.lexiconTokensOfSentence[t.sentence()]));
      f.add("lex.document", 100.0 * c.lexiconTokens / doc.tokens().size());
    }
    if (config.findings()) {
      for (FeatureType type : FeatureType.values()) {
        double score = c.findingScore[type.ordinal()][i];
        if (score > 0) {
          f.add("find." + type.id(), 1);
          f.add("find." + type.id() + ".score", score);
        }
      }
    }
    return f.build();
  }

  /** Word shape with repeats collapsed: "Trump" Xx, "FOUL" X, "so-called" x-x, "1990s" dx. */
  static String shape(String text) {
    StringBuilder sb = new StringBuilder();
    char last = 0;
    for (int k = 0; k < text.length(); k++) {
      char ch = text.charAt(k);
      char m = Character.isUpperCase(ch) ? 'X' : Character.isLowerCase(ch) ? 'x'
          : Character.isDigit(ch) ? 'd' : ch;
      if (m != last) {
        sb.append(m);
      }
      last = m;
    }
    return sb.toString();
  }

  private static void tokenStyle(Context c, int i, Features.Builder f) {
    AnnotatedDocument doc = c.doc;
    Token t = doc.tokens().get(i);
    Sentence s = doc.sentences().get(t.sentence());
    boolean first = i == s.firstToken();
    char c0 = t.text().charAt(0);
    if (Character.isUpperCase(c0) && !first) {
      f.add("tok.capitalised", 1);
    }
    if (isUpper(t.text()) && t.text().length() > 1) {
      f.add("tok.upper", 1);
    }
    f.add("tok.first", first ? 1 : 0);
    f.add("tok.last", i == s.endToken() - 1 || (i == s.endToken() - 2
        && !doc.tokens().get(s.endToken() - 1).isWord()) ? 1 : 0);
    f.add("tok.position", s.tokenCount() <= 1 ? 0 : (double) (i - s.firstToken())
        / (s.tokenCount() - 1));
    f.add("tok.in_quote", c.inQuote[i] ? 1 : 0);
    f.add("tok.short_quote", c.inShortQuote[i] ? 1 : 0);
    f.add("tok.hyphen", t.text().indexOf('-') > 0 ? 1 : 0);
    f.add("tok.length", Math.log(t.text().length()));
    f.add("sent.words", Math.log1p(s.tokenCount()));
    f.add("sent.exclamations", Math.log1p(c.exclamationsOfSentence[t.sentence()]));
    f.add("sent.questions", Math.log1p(c.questionsOfSentence[t.sentence()]));
    // A first line is a headline in news files (PTC puts the title there).
    f.add("doc.title", c.titleEnd < 0 || t.start() < c.titleEnd ? 1 : 0);
    f.add("doc.position", doc.sentences().size() <= 1 ? 0
        : (double) t.sentence() / (doc.sentences().size() - 1));
    for (Map.Entry<String, Set<String>> e : WORD_CLASSES.entrySet()) {
      if (e.getValue().contains(t.lower())) {
        f.add("class." + e.getKey(), 1);
      }
    }
  }

  private static String neighbour(AnnotatedDocument doc, Sentence s, int j) {
    if (j < s.firstToken()) {
      return "<s>";
    }
    if (j >= s.endToken()) {
      return "</s>";
    }
    return normalise(doc.tokens().get(j).lower());
  }

  private static String neighbourLemma(AnnotatedDocument doc, Sentence s, int j) {
    if (j < s.firstToken()) {
      return "<s>";
    }
    if (j >= s.endToken()) {
      return "</s>";
    }
    return normalise(doc.lemma(j));
  }

  private static String neighbourPos(AnnotatedDocument doc, Sentence s, int j) {
    if (j < s.firstToken()) {
      return "<s>";
    }
    if (j >= s.endToken()) {
      return "</s>";
    }
    return doc.tokens().get(j).pos();
  }

  /** Digits become 0 so that numbers share attributes; quote marks become {@code "}. */
  static String normalise(String lower) {
    StringBuilder sb = null;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      char r = Character.isDigit(c) ? '0' : isDoubleQuote(c) ? '"' : c;
      if (r != c && sb == null) {
        sb = new StringBuilder(lower.substring(0, i));
      }
      if (sb != null) {
        sb.append(r);
      }
    }
    return sb == null ? lower : sb.toString();
  }

  private static boolean isUpper(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  static boolean isDoubleQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB'
        || c == '\u00BB';
  }

  /** Per-document precomputation: quotations, lexicon matches and finding coverage per token. */
  public final class Context {
    private final AnnotatedDocument doc;
    private final List<Finding> findings;
    private final List<Span> quotes;
    private final boolean[] inQuote;
    private final boolean[] inShortQuote;
    private final List<List<PhraseMatcher.Match<Double>>> lexiconMatches = new ArrayList<>();
    private final double[][] lexiconWeight;
    private final double[][] findingScore;
    private final int[] exclamationsOfSentence;
    private final int[] questionsOfSentence;
    private final int[] lexiconTokensOfSentence;
    private final int lexiconTokens;
    private final int titleEnd;
    private final Map<String, float[]> vectors;

    private Context(AnnotatedDocument doc, List<Finding> findings, Map<String, float[]> vectors) {
      this.doc = doc;
      this.vectors = vectors;
      this.findings = config.findings() ? List.copyOf(findings) : List.of();
      int n = doc.tokens().size();
      this.quotes = Quotations.find(doc.text());
      this.inQuote = new boolean[n];
      this.inShortQuote = new boolean[n];
      for (Span q : quotes) {
        boolean shortQuote = wordsIn(q) <= 3;
        for (int i = doc.firstTokenFrom(q.start()); i < n && doc.tokens().get(i).start() < q.end();
            i++) {
          inQuote[i] = true;
          inShortQuote[i] |= shortQuote;
        }
      }
      lexiconWeight = new double[lexiconNames.size()][n];
      findLexiconMatches(doc.text());
      for (int l = 0; l < lexiconNames.size(); l++) {
        for (PhraseMatcher.Match<Double> m : lexiconMatches.get(l)) {
          cover(m.span(), m.value(), lexiconWeight[l]);
        }
      }
      findingScore = new double[FeatureType.values().length][n];
      for (Finding fi : this.findings) {
        cover(fi.span(), fi.score(), findingScore[fi.type().ordinal()]);
      }
      int sentences = doc.sentences().size();
      exclamationsOfSentence = new int[sentences];
      questionsOfSentence = new int[sentences];
      lexiconTokensOfSentence = new int[sentences];
      int lexiconHits = 0;
      for (int i = 0; i < n; i++) {
        Token t = doc.tokens().get(i);
        for (int k = 0; k < t.text().length(); k++) {
          exclamationsOfSentence[t.sentence()] += t.text().charAt(k) == '!' ? 1 : 0;
          questionsOfSentence[t.sentence()] += t.text().charAt(k) == '?' ? 1 : 0;
        }
        for (double[] weights : lexiconWeight) {
          if (weights[i] != 0) {
            lexiconTokensOfSentence[t.sentence()]++;
            lexiconHits++;
            break;
          }
        }
      }
      lexiconTokens = lexiconHits;
      titleEnd = doc.text().indexOf('\n');
    }

    public AnnotatedDocument document() {
      return doc;
    }

    /**
     * Per lexicon, its longest match at every word start, in order of start: what each
     * lexicon's own {@link PhraseMatcher#findAll} would give, found in one scan.
     */
    private void findLexiconMatches(String text) {
      int lexicons = lexiconNames.size();
      for (int l = 0; l < lexicons; l++) {
        lexiconMatches.add(new ArrayList<>());
      }
      if (lexiconMatcher == null) {
        return;
      }
      int[] end = new int[lexicons];
      double[] weight = new double[lexicons];
      PhraseMatcher.MatchEnd<double[]> longest = (e, weights) -> {
        for (int l = 0; l < lexicons; l++) {
          if (!Double.isNaN(weights[l])) {
            end[l] = e; // matches come shortest first
            weight[l] = weights[l];
          }
        }
      };
      for (int i = 0; i < text.length(); i++) {
        if (!PhraseMatcher.isWordStart(text, i, 0)) {
          continue;
        }
        java.util.Arrays.fill(end, -1);
        lexiconMatcher.matchesAt(text, i, text.length(), longest);
        for (int l = 0; l < lexicons; l++) {
          if (end[l] >= 0) {
            lexiconMatches.get(l).add(new PhraseMatcher.Match<>(new Span(i, end[l]), weight[l]));
          }
        }
      }
    }

    private void cover(Span span, double value, double[] perToken) {
      for (int i = doc.firstTokenFrom(span.start()); i < perToken.length
          && doc.tokens().get(i).start() < span.end(); i++) {
        perToken[i] = Math.max(perToken[i], Math.max(value, Double.MIN_VALUE));
      }
      int inside = doc.tokenIndexAt(span.start());
      if (inside >= 0) {
        perToken[inside] = Math.max(perToken[inside], Math.max(value, Double.MIN_VALUE));
      }
    }

    private int wordsIn(Span q) {
      int words = 0;
      for (int i = doc.firstTokenFrom(q.start()); i < doc.tokens().size()
          && doc.tokens().get(i).start() < q.end(); i++) {
        if (doc.tokens().get(i).isWord()) {
          words++;
        }
      }
      return words;
    }

    private Span range(int from, int to) {
      List<Token> tokens = doc.tokens();
      if (from >= to) {
        return new Span(0, 0);
      }
      return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }
  }
}
