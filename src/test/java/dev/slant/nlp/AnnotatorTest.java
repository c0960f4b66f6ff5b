package dev.slant.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Document;
import dev.slant.core.Sentence;
import dev.slant.core.Token;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

class AnnotatorTest {

  private static final Annotator ANNOTATOR = Annotator.standard();

  @Test
  void headlineOnItsOwnLineIsItsOwnSentence() {
    String text = "Council backs draconian curfew\n\nThe council voted on Tuesday. Critics said it was rushed.";
    AnnotatedDocument doc = ANNOTATOR.annotate(Document.of("a", text));
    List<Sentence> s = doc.sentences();
    assertEquals(3, s.size());
    assertEquals("Council backs draconian curfew", s.get(0).span().in(text));
    assertEquals("The council voted on Tuesday.", s.get(1).span().in(text));
    assertEquals("Critics said it was rushed.", s.get(2).span().in(text));
  }

  @Test
  void tokensCarryExactOffsetsAndTags() {
    String text = "  The draconian curfew was reportedly imposed in secret.";
    AnnotatedDocument doc = ANNOTATOR.annotate(Document.of("a", text));
    for (Token t : doc.tokens()) {
      assertEquals(t.text(), text.substring(t.start(), t.end()));
    }
    Token draconian = doc.tokens().get(1);
    assertEquals("draconian", draconian.text());
    assertEquals(6, draconian.start());
    assertEquals("ADJ", draconian.pos());
    assertEquals(8, doc.wordCount());
  }

  @Test
  void greedyTaggingAgreesWithBeamSearch() {
    String text = "Officials, who spoke on condition of anonymity, said the so-called peace plan was "
        + "doomed. The minister insisted that the brutal crackdown had been necessary, but critics "
        + "say it was reckless and shameful. Protesters were allegedly beaten by police.";
    AnnotatedDocument doc = ANNOTATOR.annotate(Document.of("a", text));
    POSTaggerME beam = new POSTaggerME(EnglishModels.pos());
    for (Sentence s : doc.sentences()) {
      List<Token> toks = doc.tokensOf(s);
      String[] words = toks.stream().map(Token::text).toArray(String[]::new);
      String[] greedy = toks.stream().map(Token::pos).toArray(String[]::new);
      assertArrayEquals(beam.tag(words), greedy);
    }
  }

  @Test
  void textWithoutPunctuationIsCutIntoBoundedSentences() {
    String text = "word ".repeat(5_000);
    AnnotatedDocument doc = ANNOTATOR.annotate(Document.of("a", text));
    assertTrue(doc.sentences().size() >= 10);
    for (Sentence s : doc.sentences()) {
      assertTrue(s.span().length() <= Annotator.MAX_SENTENCE_CHARS);
    }
    assertEquals(5_000, doc.wordCount());
  }

  /**
   * The OpenNLP tokenizer works on UTF-16 units and cuts "👩‍👩‍👧\"" between the two halves of 👧;
   * a token must never start or end inside a surrogate pair.
   */
  @Test
  void anEmojiBeforeAQuoteMarkIsNotCutInHalf() {
    String text = "Fans replied \"👩‍👩‍👧\" within minutes.";
    AnnotatedDocument doc = ANNOTATOR.annotate(Document.of("a", text));
    List<String> tokens = doc.tokens().stream().map(Token::text).toList();
    assertEquals(List.of("Fans", "replied", "\"", "👩‍👩‍👧", "\"", "within", "minutes", "."), tokens);
    Token family = doc.tokens().get(3);
    assertEquals(14, family.start());
    assertEquals(22, family.end());
    for (Token t : doc.tokens()) {
      assertEquals(t.text(), text.substring(t.start(), t.end()));
    }
  }

  @Test
  void lemmasWhenAsked() {
    AnnotatedDocument doc =
        Annotator.withLemmas().annotate(Document.of("a", "Troops slaughtered villagers."));
    assertEquals("slaughter", doc.lemma(1));
    assertEquals("villager", doc.lemma(2));
  }
}
