package dev.slant.nlp;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Document;
import dev.slant.core.Sentence;
import dev.slant.core.Span;
import dev.slant.core.Text;
import dev.slant.core.Token;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Splits a document into sentences and tagged tokens with the OpenNLP English models.
 *
 * <p>Thread-safe: the models are shared, and each thread gets its own set of OpenNLP tools on
 * first use. Line breaks are hard sentence boundaries (news text puts headlines, datelines and
 * paragraphs on lines of their own, often without final punctuation), and a "sentence" longer than
 * {@link #MAX_SENTENCE_CHARS} is cut at whitespace so that text without punctuation stays linear.
 */
public final class Annotator {

  /** Sentences longer than this are cut at the last whitespace before the limit. */
  public static final int MAX_SENTENCE_CHARS = 2_000;

  /**
   * The system property that selects the {@link Engine}: {@code -Dslant.annotator=opennlp} runs
   * OpenNLP's own {@code TokenizerME} and POS context generator (to check that the default,
   * faster engine gives the same tokens, tags and findings); anything else, or nothing, the
   * default {@link Engine#FAST}.
   */
  public static final String ENGINE_PROPERTY = "slant.annotator";

  /**
   * How tokens and tags are computed. Both give the same sentences, tokens and tags, checked by
   * {@code AnnotatorEngineTest} and {@code FindingsIdentityTest}.
   */
  public enum Engine {
    /**
     * {@code TokenizerME} decisions cached per whitespace chunk ({@link ChunkTokenizer}) and the
     * POS model evaluated from per-word-form parameter rows ({@link CompiledPosTagger}).
     */
    FAST,
    /** OpenNLP's {@code TokenizerME} on every sentence and greedy decoding through its context
     * generator ({@link GreedyTagger}). */
    OPENNLP;

    /** The engine {@link #ENGINE_PROPERTY} selects. */
    public static Engine selected() {
      return "opennlp".equalsIgnoreCase(System.getProperty(ENGINE_PROPERTY, "").trim())
          ? OPENNLP : FAST;
    }
  }

  private final boolean lemmas;
  private final Engine engine;
  private final ThreadLocal<Tools> tools;

  private Annotator(boolean lemmas, Engine engine) {
    this.lemmas = lemmas;
    this.engine = engine;
    this.tools = ThreadLocal.withInitial(() -> new Tools(lemmas, engine));
  }

  /** Sentences, tokens and POS tags: everything the detectors need. */
  public static Annotator standard() {
    return new Annotator(false, Engine.selected());
  }

  /** Also lemmatises every token (about twice the cost); for training features. */
  public static Annotator withLemmas() {
    return new Annotator(true, Engine.selected());
  }

  /** {@link #standard()} or {@link #withLemmas()} with the given engine, whatever is selected. */
  public static Annotator of(boolean lemmas, Engine engine) {
    return new Annotator(lemmas, engine);
  }

  public boolean lemmatises() {
    return lemmas;
  }

  public Engine engine() {
    return engine;
  }

  /** Loads the models now rather than on the first document. */
  public Annotator warmUp() {
    tools.get();
    return this;
  }

  public AnnotatedDocument annotate(Document document) {
    Tools t = tools.get();
    String text = document.text();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    List<String> lemmaList = lemmas ? new ArrayList<>() : null;
    for (Span block : lines(text)) {
      for (Span s : t.sentences(text, block)) {
        for (Span piece : capLength(text, s)) {
          int first = tokens.size();
          t.tokenize(text, piece, sentences.size(), tokens, lemmaList);
          if (tokens.size() > first) {
            sentences.add(new Sentence(sentences.size(), piece, first, tokens.size()));
          }
        }
      }
    }
    String[] lemmaArray = lemmas ? lemmaList.toArray(String[]::new) : null;
    return new AnnotatedDocument(document, sentences, tokens, lemmaArray);
  }

  /** Non-blank lines, trimmed, as spans of the text. */
  static List<Span> lines(String text) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int end = i;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      Span trimmed = trim(text, i, end);
      if (trimmed != null) {
        out.add(trimmed);
      }
      i = end + 1;
    }
    return out;
  }

  static List<Span> capLength(String text, Span s) {
    if (s.length() <= MAX_SENTENCE_CHARS) {
      return List.of(s);
    }
    List<Span> out = new ArrayList<>();
    int start = s.start();
    while (s.end() - start > MAX_SENTENCE_CHARS) {
      int cut = start + MAX_SENTENCE_CHARS;
      int ws = cut;
      while (ws > start && !Character.isWhitespace(text.charAt(ws))) {
        ws--;
      }
      if (ws > start) {
        cut = ws;
      } else if (Character.isLowSurrogate(text.charAt(cut))) {
        cut--; // never split a surrogate pair
      }
      Span piece = trim(text, start, cut);
      if (piece != null) {
        out.add(piece);
      }
      start = cut;
    }
    Span last = trim(text, start, s.end());
    if (last != null) {
      out.add(last);
    }
    return out;
  }

  /**
   * The tokenizer's spans with no boundary inside a surrogate pair: the model works on UTF-16
   * units and can cut an emoji before a quote mark (👧" → \uD83D | \uDC67"). A cut pair goes
   * whole to the token before the cut; a token left empty is dropped.
   */
  static List<Span> wholeCodePoints(String chunk, opennlp.tools.util.Span[] found) {
    List<Span> out = new ArrayList<>(found.length);
    int previousEnd = 0;
    for (opennlp.tools.util.Span f : found) {
      int start = f.getStart();
      int end = f.getEnd();
      if (splitsPair(chunk, end)) {
        end++;
      }
      if (splitsPair(chunk, start)) {
        start--;
      }
      start = Math.max(start, previousEnd);
      if (start < end) {
        out.add(new Span(start, end));
        previousEnd = end;
      }
    }
    return out;
  }

  private static boolean splitsPair(String s, int i) {
    return i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1))
        && Character.isLowSurrogate(s.charAt(i));
  }

  private static Span trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return start < end ? new Span(start, end) : null;
  }

  /** One thread's OpenNLP tools. */
  private static final class Tools {
    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final ChunkTokenizer chunkTokenizer; // null: TokenizerME on whole sentences
    private final GreedyTagger posTagger;
    private final CompiledPosTagger compiledPosTagger; // null: posTagger
    private final GreedyTagger lemmatizer;

    Tools(boolean withLemmas, Engine engine) {
      sentenceDetector = new SentenceDetectorME(EnglishModels.sentences());
      tokenizer = new TokenizerME(EnglishModels.tokens());
      POSModel pos = EnglishModels.pos();
      boolean fast = engine == Engine.FAST;
      chunkTokenizer = fast ? new ChunkTokenizer(tokenizer) : null;
      compiledPosTagger = fast ? CompiledPosTagger.compile(pos) : null;
      posTagger = compiledPosTagger != null ? null
          : new GreedyTagger(
              (MaxentModel) pos.getArtifact("pos.model"),
              pos.getFactory().getPOSContextGenerator(),
              pos.getFactory().getSequenceValidator());
      if (withLemmas) {
        LemmatizerModel lm = EnglishModels.lemmas();
        lemmatizer =
            new GreedyTagger(
                (MaxentModel) lm.getArtifact("lemmatizer.model"),
                lm.getFactory().getContextGenerator(),
                lm.getFactory().getSequenceValidator());
      } else {
        lemmatizer = null;
      }
    }

    List<Span> sentences(String text, Span block) {
      String chunk = block.in(text);
      opennlp.tools.util.Span[] found = sentenceDetector.sentPosDetect(chunk);
      List<Span> out = new ArrayList<>(found.length);
      for (opennlp.tools.util.Span f : found) {
        Span s = trim(text, block.start() + f.getStart(), block.start() + f.getEnd());
        if (s != null) {
          out.add(s);
        }
      }
      if (out.isEmpty()) {
        out.add(block);
      }
      return out;
    }

    void tokenize(String text, Span sentence, int index, List<Token> into, List<String> lemmaInto) {
      String chunk = sentence.in(text);
      List<Span> found = wholeCodePoints(chunk, chunkTokenizer != null
          ? chunkTokenizer.tokenizePos(chunk) : tokenizer.tokenizePos(chunk));
      String[] words = new String[found.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = found.get(i).in(chunk);
      }
      String[] tags = compiledPosTagger != null
          ? compiledPosTagger.tag(words) : posTagger.tag(words, null);
      for (int i = 0; i < words.length; i++) {
        int start = sentence.start() + found.get(i).start();
        int end = sentence.start() + found.get(i).end();
        into.add(new Token(start, end, words[i], Text.fold(words[i]), tags[i], index));
      }
      if (lemmaInto != null) {
        String[] ses = lemmatizer.tag(words, new Object[] {tags});
        String[] lemmas = opennlp.tools.lemmatizer.LemmatizerME.decodeLemmas(words, ses);
        for (int i = 0; i < lemmas.length; i++) {
          lemmaInto.add(Text.fold(lemmas[i]));
        }
      }
    }
  }
}
