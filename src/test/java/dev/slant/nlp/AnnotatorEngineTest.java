package dev.slant.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Document;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * The fast engine (cached tokenizer decisions, compiled POS model) gives exactly what OpenNLP's
 * own TokenizerME and greedy decoding through its context generator give.
 */
class AnnotatorEngineTest {

  /** Self-written news-like text full of the chunks a tokenizer has to think about. */
  private static final String[] TEXTS = {
    "WASHINGTON (AP) — The senator's aides didn't say whether she'd vote; \"We'll see,\" one"
        + " said at 7pm on Tuesday.",
    "Shares fell 3.5% to $12.40 after the U.S.-based firm's Q3 report (its 2nd miss in a row)."
        + " Analysts at J.P. Morgan called it \"a disaster.\"",
    "The so-called experts—who spoke on condition of anonymity—insisted it was 'fine'.",
    "Follow @newsdesk on Twitter or e-mail tips@example.org; see www.example.com/story?id=42.",
    "He wrote: “I can't believe this!!!” … then deleted the post.Later he apologised.",
    "CruzThe rally drew 5m viewers, a touchscreen-only kiosk and A&amp;B's CEO, Mr. O'Neill Jr.",
    "Fans replied \"👩‍👩‍👧\" within minutes 😂😂.",
    "Rep. Smith (R-Texas), Sen. Doe (D-N.Y.) and Gov. Roe, i.e. the usual suspects, etc., met"
        + " at 10:30 a.m. ET on Jan. 5, 2019.",
    "BREAKING:Officials say 2,400 troops—roughly 10x last year's—were sent to the border.",
    "",
    "   \t  ",
    "a",
  };

  @Test
  void fastAndOpenNlpEnginesGiveTheSameSentencesTokensAndTags() {
    Annotator fast = Annotator.of(false, Annotator.Engine.FAST);
    Annotator opennlp = Annotator.of(false, Annotator.Engine.OPENNLP);
    // Twice, so the second pass runs from the caches the first filled.
    for (int pass = 0; pass < 2; pass++) {
      for (String text : TEXTS) {
        AnnotatedDocument a = fast.annotate(Document.of("a", text));
        AnnotatedDocument b = opennlp.annotate(Document.of("a", text));
        assertEquals(b.sentences(), a.sentences(), text);
        assertEquals(b.tokens(), a.tokens(), text);
      }
    }
  }

  @Test
  void lemmatisingAnnotatorsAgreeToo() {
    Annotator fast = Annotator.of(true, Annotator.Engine.FAST);
    Annotator opennlp = Annotator.of(true, Annotator.Engine.OPENNLP);
    for (String text : TEXTS) {
      AnnotatedDocument a = fast.annotate(Document.of("a", text));
      AnnotatedDocument b = opennlp.annotate(Document.of("a", text));
      assertEquals(b.tokens(), a.tokens(), text);
      for (int i = 0; i < a.tokens().size(); i++) {
        assertEquals(b.lemma(i), a.lemma(i), text);
      }
    }
  }

  @Test
  void chunkTokenizerSplitsLikeTokenizerMeEvenWhenItsCacheKeepsEmptying() {
    TokenizerME reference = new TokenizerME(EnglishModels.tokens());
    // Cache generations of 2 chunks turn over many times per sentence.
    ChunkTokenizer tiny = new ChunkTokenizer(new TokenizerME(EnglishModels.tokens()), 2);
    ChunkTokenizer normal = new ChunkTokenizer(new TokenizerME(EnglishModels.tokens()));
    for (int pass = 0; pass < 2; pass++) {
      for (String text : TEXTS) {
        Span[] expected = reference.tokenizePos(text);
        assertArrayEquals(expected, tiny.tokenizePos(text), text);
        assertArrayEquals(expected, normal.tokenizePos(text), text);
      }
    }
    assertTrue(normal.misses() < normal.lookups(), "the second pass is served from the cache");
  }

  @Test
  void runTogetherWordsAreStillSplitWhereTheModelSplitsThem() {
    // Chunks of letters alone are usually one token, but not always: the cache holds the
    // model's decision, whatever it is, rather than assuming one.
    TokenizerME reference = new TokenizerME(EnglishModels.tokens());
    ChunkTokenizer chunks = new ChunkTokenizer(new TokenizerME(EnglishModels.tokens()));
    for (String text : new String[] {"post.Later", "didn't", "CruzThe", "(AP)", "10x", "7pm"}) {
      assertArrayEquals(reference.tokenizePos(text), chunks.tokenizePos(text), text);
      assertArrayEquals(reference.tokenizePos(text), chunks.tokenizePos(text), text);
    }
  }

  @Test
  void compiledTaggerGivesGreedyTagsAndPassesItsSelfCheck() {
    POSModel pos = EnglishModels.pos();
    CompiledPosTagger compiled = CompiledPosTagger.compile(pos);
    assertNotNull(compiled, "the bundled POS model has the feature layout the compiler expects");
    GreedyTagger greedy = new GreedyTagger((MaxentModel) pos.getArtifact("pos.model"),
        pos.getFactory().getPOSContextGenerator(), pos.getFactory().getSequenceValidator());
    String[][] sentences = {
      {"Critics", "called", "the", "plan", "reckless", "."},
      {"It", "'s", "not", "clear", "who", "leaked", "the", "memo", "."},
      {"Yes"},
      {"\"", "Fake", "news", "!", "\"", "he", "tweeted", "at", "3", "a.m."},
    };
    for (String[] s : sentences) {
      assertArrayEquals(greedy.tag(s, null), compiled.tag(s), String.join(" ", s));
    }
  }

  @Test
  void compiledFeatureNamesAreTheContextGeneratorsInOrder() {
    var contexts = EnglishModels.pos().getFactory().getPOSContextGenerator();
    String[] tokens = {"Officials", "reportedly", "said", "the", "$", "3bn", "deal", "fell",
        "through", "."};
    String[] tags = {"NOUN", "ADV", "VERB", "DET", "SYM", "NUM", "NOUN", "VERB", "ADP", "PUNCT"};
    for (int i = 0; i < tokens.length; i++) {
      String[] history = new String[tokens.length];
      System.arraycopy(tags, 0, history, 0, i);
      assertArrayEquals(contexts.getContext(i, tokens, history, null),
          CompiledPosTagger.featureNames(tokens, i, history), "token " + i);
    }
  }
}
