package dev.slant.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.core.FeatureType;
import dev.slant.core.InputException;
import dev.slant.core.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offset-only annotations resolve against the article corpus, and guard against its changes. */
class RealNewsCorpusTest {

  private static final String BODY_A =
      "Critics say the council's draconian curfew is unworkable.\n\nThe vote is on Friday.";
  private static final String BODY_B = "The mayor allegedly ignored the warnings.";

  @TempDir Path tmp;
  private Path articles;

  @BeforeEach
  void writeCorpus() throws IOException {
    articles = tmp.resolve("articles.jsonl");
    Files.writeString(articles, line("a1", BODY_A) + line("b2", BODY_B) + line("c3", "Unused."),
        StandardCharsets.UTF_8);
  }

  private static String line(String id, String body) {
    return "{\"ID\":\"" + id + "\",\"source\":\"Outlet\",\"content_original\":\"" + body
        .replace("\n", "\\n") + "\"}\n";
  }

  private static String span(String type, String body, String text, boolean agreed) {
    int start = body.indexOf(text);
    return "{\"type\":\"" + type + "\",\"start\":" + start + ",\"end\":" + (start + text.length())
        + ",\"hash\":\"" + RealNewsCorpus.hash(text) + "\",\"agreed\":" + agreed + "}";
  }

  private Path gold(String... lines) throws IOException {
    Path gold = tmp.resolve("gold.jsonl");
    Files.writeString(gold, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return gold;
  }

  @Test
  void spansResolveToTheArticleTextAndSplitIntoAgreedAndOptional() throws Exception {
    Path gold = gold(
        "{\"id\":\"a1\",\"split\":\"dev\",\"readers\":[\"r1\",\"r2\"],\"spans\":["
            + span("anonymous_source", BODY_A, "Critics", true) + ","
            + span("loaded_adjective", BODY_A, "draconian", false) + "],\"notes\":[]}",
        "{\"id\":\"b2\",\"split\":\"test\",\"readers\":[\"r3\"],\"spans\":["
            + span("attribution_hedge", BODY_B, "allegedly", true) + "],\"notes\":[]}");

    List<RealNewsCorpus.Article> all = RealNewsCorpus.read(gold, articles, RealNewsCorpus.Split.ALL);
    assertEquals(2, all.size());
    RealNewsCorpus.Article a1 = all.get(0);
    assertEquals(BODY_A, a1.text());
    assertEquals(List.of("Critics"), a1.agreed().stream().map(GoldSpan::text).toList());
    assertEquals(List.of("draconian"), a1.optional().stream().map(GoldSpan::text).toList());
    assertEquals(List.of(new Span(26, 35)), a1.acceptable(FeatureType.LOADED_ADJECTIVE));

    List<RealNewsCorpus.Article> test =
        RealNewsCorpus.read(gold, articles, RealNewsCorpus.Split.TEST);
    assertEquals(List.of("b2"), test.stream().map(RealNewsCorpus.Article::id).toList());
  }

  @Test
  void aChangedArticleIsCaughtByTheSpanHash() throws IOException {
    String wrongHash = span("anonymous_source", BODY_A, "Critics", true)
        .replace(RealNewsCorpus.hash("Critics"), "00000000");
    Path gold = gold("{\"id\":\"a1\",\"split\":\"dev\",\"readers\":[\"r1\"],\"spans\":["
        + wrongHash + "],\"notes\":[]}");
    InputException e = assertThrows(InputException.class,
        () -> RealNewsCorpus.read(gold, articles, RealNewsCorpus.Split.ALL));
    assertEquals(gold + ":1", e.origin());
    assertTrue(e.getMessage().contains("has the article file changed"), e.getMessage());
  }

  @Test
  void anArticleMissingFromTheCorpusNamesTheAnnotationLine() throws IOException {
    Path gold = gold("{\"id\":\"a1\",\"split\":\"dev\",\"readers\":[\"r1\"],\"spans\":[],\"notes\":[]}",
        "{\"id\":\"zz\",\"split\":\"dev\",\"readers\":[\"r1\"],\"spans\":[],\"notes\":[]}");
    InputException e = assertThrows(InputException.class,
        () -> RealNewsCorpus.read(gold, articles, RealNewsCorpus.Split.ALL));
    assertEquals(gold + ":2", e.origin());
    assertTrue(e.getMessage().contains("article zz is not in"), e.getMessage());
  }

  @Test
  void unknownKeysAndBadSplitsAreErrors() throws IOException {
    Path extra = gold("{\"id\":\"a1\",\"split\":\"dev\",\"readers\":[],\"spans\":[],\"notes\":[],"
        + "\"text\":\"copied\"}");
    assertThrows(InputException.class,
        () -> RealNewsCorpus.read(extra, articles, RealNewsCorpus.Split.ALL));
    Path badSplit = gold("{\"id\":\"a1\",\"split\":\"train\",\"readers\":[],\"spans\":[],"
        + "\"notes\":[]}");
    InputException e = assertThrows(InputException.class,
        () -> RealNewsCorpus.read(badSplit, articles, RealNewsCorpus.Split.ALL));
    assertTrue(e.getMessage().contains("\"split\" must be"), e.getMessage());
  }

  @Test
  void theTwoReaderRuleCreditsOptionalSpansButMeasuresRecallOnAgreedOnes() {
    List<Span> agreed = List.of(new Span(0, 7));
    List<Span> acceptable = List.of(new Span(0, 7), new Span(26, 35));
    MatchCounts m = MatchCounts.readerRule(agreed, acceptable,
        List.of(new Span(26, 35), new Span(40, 50)));
    assertEquals(2, m.predicted());
    assertEquals(1, m.matchedPredicted(), "the optional span counts as right");
    assertEquals(0, m.matchedGold(), "the agreed span was missed");
    assertEquals(0.5, m.precision(), 1e-9);
    assertEquals(0.0, m.recall(), 1e-9);
  }

  @Test
  void agreementPairsTheTwoReadingsOfEachArticle() throws Exception {
    Path readers = tmp.resolve("readers.jsonl");
    String critics = span("anonymous_source", BODY_A, "Critics", true).replace(",\"agreed\":true", "");
    String draconian = span("loaded_adjective", BODY_A, "draconian", true)
        .replace(",\"agreed\":true", "");
    Files.writeString(readers,
        "{\"id\":\"a1\",\"reader\":\"r1\",\"spans\":[" + critics + "," + draconian + "]}\n"
            + "{\"id\":\"a1\",\"reader\":\"r2\",\"spans\":[" + critics + "]}\n"
            + "{\"id\":\"b2\",\"reader\":\"r3\",\"spans\":[]}\n", StandardCharsets.UTF_8);
    ReaderAgreement a = ReaderAgreement.of(RealNewsCorpus.readings(readers, articles));
    assertEquals(1, a.articles());
    assertEquals(1.0, a.of(FeatureType.ANONYMOUS_SOURCE).f1(), 1e-9);
    assertEquals(2, a.micro().gold(), "the first reader's spans");
    assertEquals(1, a.micro().predicted(), "the second reader's spans");
    assertEquals(0.5, a.micro().recall(), 1e-9);
  }
}
