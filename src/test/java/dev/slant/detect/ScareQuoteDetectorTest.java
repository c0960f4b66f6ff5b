package dev.slant.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Document;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.InputException;
import dev.slant.core.Span;
import dev.slant.detect.ScareQuoteDetector.Kind;
import dev.slant.detect.ScareQuoteDetector.Reading;
import dev.slant.lexicon.LexiconSet;
import dev.slant.nlp.Annotator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScareQuoteDetectorTest {

  private static final Annotator ANNOTATOR = Annotator.standard();
  private static ScareQuoteDetector detector;

  @BeforeAll
  static void load() throws InputException {
    detector = new ScareQuoteDetector(LexiconSet.bundled());
  }

  private static AnnotatedDocument annotate(String text) {
    return ANNOTATOR.annotate(Document.of("t", text));
  }

  private static List<Finding> find(String text) {
    return detector.detect(annotate(text));
  }

  /** The only finding in the text, checked against the expected span and covered text. */
  private static Finding only(String text, int start, int end, String covered) {
    List<Finding> found = find(text);
    assertEquals(1, found.size(), () -> "findings in <" + text + ">: " + found);
    Finding f = found.get(0);
    assertEquals(FeatureType.SCARE_QUOTE, f.type());
    assertEquals(new Span(start, end), f.span());
    assertEquals(covered, f.text());
    return f;
  }

  /** How the detector read the quotation whose covered text (marks included) is given. */
  private static Reading reading(String text, String quoted) {
    return detector.read(annotate(text)).stream()
        .filter(r -> r.quote().span().in(text).equals(quoted))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quotation " + quoted + " in " + text));
  }

  private static void assertReadAs(Kind kind, String text, String quoted) {
    Reading r = reading(text, quoted);
    assertEquals(kind, r.kind(), () -> quoted + " read as " + r);
    assertTrue(find(text).stream().noneMatch(f -> f.text().equals(quoted)));
  }

  // ---- scare quotes -------------------------------------------------------------------------

  @Test
  void aSingleQuotedWordInTheWritersVoice() {
    Finding f = only("The government announced the \"voluntary\" relocation of 300 families.",
        29, 40, "\"voluntary\"");
    assertEquals(0.9, f.score());
    assertEquals("quoted term, 1 word, no speech verb nearby", f.cue());
    assertEquals(0, f.sentence());
  }

  @Test
  void curlySingleQuotes() {
    only("The company began its ‘restructuring’ of the sales team on Monday.",
        22, 37, "‘restructuring’");
  }

  @Test
  void soCalledIsAStrongerCueAndStaysOutOfTheSpan() {
    Finding f = only("Critics mocked the so-called \"peace plan\" unveiled on Monday.",
        29, 41, "\"peace plan\"");
    assertEquals(0.95, f.score());
    assertEquals("so-called + quoted term", f.cue());
    assertEquals("so called + quoted term",
        only("The so called 'moderates' in the party voted with the government.",
            14, 25, "'moderates'").cue());
    assertEquals("self-styled + quoted term",
        only("The self-styled “patriots” blocked the road.", 16, 26, "“patriots”").cue());
  }

  @Test
  void soCalledOutranksASpeechVerbNearby() {
    Finding f = only("Officials said the so-called “reform” would save money.", 29, 37, "“reform”");
    assertEquals("so-called + quoted term", f.cue());
  }

  @Test
  void headlineWithCurlySingleQuotes() {
    String text = "‘Counterterrorism’ raids sweep through border towns\n"
        + "Police raided 40 homes overnight.";
    Finding f = only(text, 0, 18, "‘Counterterrorism’");
    assertEquals(0.9, f.score());
    assertEquals("headline single quotes, 1 word", f.cue());
  }

  @Test
  void aQuotedWordBetweenCapitalisedHeadlineWordsIsNoNickname() {
    String text = "Minister’s ‘Voluntary’ Relocation Plan Draws Fire\nThe plan moves 300 families.";
    assertEquals("headline single quotes, 1 word", only(text, 11, 22, "‘Voluntary’").cue());
  }

  @Test
  void twoScareQuotesInOneHeadline() {
    List<Finding> found = find("‘Peace’ talks collapse after ‘ceasefire’ violated\nTalks ended.");
    assertEquals(List.of(new Span(0, 7), new Span(29, 40)),
        found.stream().map(Finding::span).toList());
  }

  @Test
  void guillemetsAndLowNineQuotes() {
    only("The regime's «elections» were boycotted by every opposition party.",
        13, 24, "«elections»");
    only("Le ministre a parlé de « réforme » hier.", 23, 34, "« réforme »");
    only("The party's „reform“ plan was shelved.", 12, 20, "„reform“");
    only("The party's ‹reform› plan was shelved.", 12, 20, "‹reform›");
    only("The party's »reform« plan was shelved.", 12, 20, "»reform«");
  }

  @Test
  void quotedTermsAtTheStartAndEndOfALine() {
    String text = "\"Reform\" has become a dirty word in the capital.\n"
        + "Everyone agreed the cuts were \"reform\"";
    List<Finding> found = find(text);
    assertEquals(List.of(new Span(0, 8), new Span(79, 87)),
        found.stream().map(Finding::span).toList());
    // A capitalised start is weaker evidence than a lower-case one.
    assertEquals(0.8, found.get(0).score());
    assertEquals(0.9, found.get(1).score());
    assertEquals(1, found.get(1).sentence());
  }

  @Test
  void severalScareQuotesAndAPartialQuotationInOneSentence() {
    String text = "The union's 'fair deal' was a \"pay freeze under another name\" and the 'new'"
        + " contract a \"cut\".";
    List<Finding> found = find(text);
    assertEquals(List.of("'fair deal'", "'new'", "\"cut\""),
        found.stream().map(Finding::text).toList());
    assertEquals(new Span(12, 23), found.get(0).span());
    assertEquals(0.8, found.get(0).score());
    assertEquals("quoted term, 2 words, no speech verb nearby", found.get(0).cue());
  }

  @Test
  void longerTermsScoreLower() {
    double one = only("Refugees were moved to a \"centre\" near the border.", 25, 33, "\"centre\"")
        .score();
    double two = only("Refugees were moved to a \"processing centre\" near the border.",
        25, 44, "\"processing centre\"").score();
    double three = only("Refugees were moved to a \"temporary processing centre\" near the border.",
        25, 54, "\"temporary processing centre\"").score();
    assertTrue(one > two && two > three, one + " > " + two + " > " + three);
  }

  @Test
  void americanPunctuationInsideTheClosingMark() {
    Finding f = only("The company announced a \"restructuring,\" cutting 400 jobs.",
        24, 40, "\"restructuring,\"");
    assertEquals(0.8, f.score());
  }

  @Test
  void aQuoteOpeningANounPhraseAfterASpeechVerbIsTheWritersChoice() {
    only("Critics say the company’s ‘green’ credentials rest on a single solar farm.",
        26, 33, "‘green’");
    only("Investors were promised “guaranteed” returns of 12 per cent a year.",
        24, 36, "“guaranteed”");
    only("Officials insist the \"pause\" on hiring is not a freeze.", 21, 28, "\"pause\"");
  }

  @Test
  void aSpeechVerbAfterAnUnpunctuatedQuoteDoesNotMakeItSpeech() {
    only("The \"experts\" say the vaccine is unsafe.", 4, 13, "\"experts\"");
    only("According to the \"experts\", the vaccine is unsafe.", 17, 26, "\"experts\"");
  }

  @Test
  void aScareQuoteNestedInAQuotationIsTheSpeakersAndWeaker() {
    Finding f = only("\"The 'reform' is a cut,\" the senator said.", 5, 13, "'reform'");
    assertEquals("quoted term, 1 word, no speech verb nearby, inside a quotation", f.cue());
    assertEquals(0.54, f.score());
  }

  @Test
  void emojiInsideTheMarksKeepUtf16OffsetsAndWholeSurrogatePairs() {
    String text = "The 🔥\"reform 🔥\" was announced.";
    Finding f = only(text, 6, 17, "\"reform 🔥\"");
    assertFalse(Character.isLowSurrogate(text.charAt(f.start())));
    assertFalse(Character.isLowSurrogate(text.charAt(f.end() - 1)));
    assertReadAs(Kind.NOT_A_TERM, "Her \"🔥\" post went viral.", "\"🔥\"");
  }

  // ---- not scare quotes ---------------------------------------------------------------------

  @Test
  void directSpeech() {
    assertReadAs(Kind.QUOTATION, "\"We will not negotiate,\" the union president said.",
        "\"We will not negotiate,\"");
    assertReadAs(Kind.QUOTATION, "\"Shameful,\" tweeted the opposition leader.",
        "\"Shameful,\"");
    assertReadAs(Kind.QUOTATION, "The \"restructuring,\" officials said, cost 400 jobs.",
        "\"restructuring,\"");
    assertReadAs(Kind.QUOTATION, "The tax, \"a burden,\" according to the board, was cut.",
        "\"a burden,\"");
  }

  @Test
  void quotedSentences() {
    String text = "\"It's over,\" she said. \"We lost.\"";
    assertReadAs(Kind.QUOTATION, text, "\"It's over,\"");
    assertReadAs(Kind.QUOTATION, text, "\"We lost.\"");
    assertReadAs(Kind.QUOTATION, "“Enough is enough” read the banner outside parliament.",
        "“Enough is enough”");
    assertReadAs(Kind.QUOTATION, "Then \"awesome!\" became popular.", "\"awesome!\"");
    assertReadAs(Kind.QUOTATION,
        "Minister: ‘We will not back down’\nThe minister spoke on Monday.",
        "‘We will not back down’");
  }

  @Test
  void partialQuotationsAttributedToASpeaker() {
    assertReadAs(Kind.QUOTATION,
        "He called the plan \"a disaster for working families\" on Tuesday.",
        "\"a disaster for working families\"");
    assertReadAs(Kind.ATTRIBUTED, "The CEO told staff the merger was \"a marriage of equals\".",
        "\"a marriage of equals\"");
    assertReadAs(Kind.ATTRIBUTED, "She said \"no\" on Tuesday.", "\"no\"");
    assertReadAs(Kind.ATTRIBUTED, "He said it was \"disgraceful\" and left.", "\"disgraceful\"");
  }

  @Test
  void labelsReportedByNamingVerbs() {
    assertReadAs(Kind.ATTRIBUTED, "She called it 'rubbish' on the radio.", "'rubbish'");
    assertReadAs(Kind.ATTRIBUTED,
        "Police described the protest as a \"riot,\" though video shows a peaceful march.",
        "\"riot,\"");
    assertReadAs(Kind.ATTRIBUTED,
        "The strike, which management calls “illegal”, entered its third week.", "“illegal”");
    assertReadAs(Kind.ATTRIBUTED,
        "The board approved what it termed a \"realignment\" of regional offices.",
        "\"realignment\"");
  }

  @Test
  void titlesOfWorks() {
    assertReadAs(Kind.TITLE, "Her novel, \"The Quiet Harbor\", won the prize.",
        "\"The Quiet Harbor\"");
    assertReadAs(Kind.TITLE, "Her memoir, “Salt and Iron”, spent ten weeks on the list.",
        "“Salt and Iron”");
    assertReadAs(Kind.TITLE, "The party's \"Great Replacement\" rhetoric alarmed observers.",
        "\"Great Replacement\"");
  }

  @Test
  void aTitleNounReadAsAVerbIsNoTitleCue() {
    only("Polls show \"growing\" support for the measure.", 11, 20, "\"growing\"");
  }

  @Test
  void nicknames() {
    assertReadAs(Kind.NICKNAME, "Marcus \"The Hammer\" Delaney lost the fight.",
        "\"The Hammer\"");
    assertReadAs(Kind.NICKNAME, "Detectives questioned Tommy \"Two Shoes\" Malone for six hours.",
        "\"Two Shoes\"");
  }

  @Test
  void wordsMentionedAsWords() {
    assertReadAs(Kind.MENTION, "The word \"freedom\" appears 40 times in the speech.",
        "\"freedom\"");
    assertReadAs(Kind.MENTION, "The phrase 'deep state' appeared in 40 speeches.",
        "'deep state'");
    assertReadAs(Kind.MENTION, "Glasnost, meaning \"openness\", changed Soviet politics.",
        "\"openness\"");
    assertReadAs(Kind.MENTION, "The chant \"freedom\" echoed across the square.", "\"freedom\"");
  }

  @Test
  void singleCharactersAreNoTerms() {
    assertReadAs(Kind.NOT_A_TERM, "The \"A\" grade was rare this year.", "\"A\"");
  }

  @Test
  void apostrophesMakeNoFindings() {
    assertEquals(List.of(),
        find("In the '90s, Jones' band played rock 'n' roll and can't stop.\n"
            + "In the ’80s, the Joneses’ shop sold rock ’n’ roll records, didn’t it?"));
  }

  @Test
  void aQuoteSpanningTwoLinesIsNoFinding() {
    assertEquals(List.of(), find("The \"reform\nplan\" is dead."));
  }

  @Test
  void anUnbalancedQuoteBeforeALongParagraphSwallowsNothing() {
    String text = "The \"reform plan is dead, and everyone in the cabinet knows it, whatever the"
        + " spokesman says on the morning shows or the evening bulletins, and whatever the party"
        + " tells its members at the conference next week in the north.\n"
        + "Meanwhile the \"voluntary\" relocation continues.";
    only(text, 236, 247, "\"voluntary\"");
    String sameLine = "The \"reform plan is dead, and everyone in the cabinet knows it. The"
        + " spokesman \"denies\" it on every morning show and every evening bulletin.";
    only(sameLine, 78, 86, "\"denies\"");
  }

  @Test
  void aLineOfTenThousandQuoteMarksGivesNoFindingAndStaysInsideTheText() {
    for (String unit : List.of("\"", "“”", "'\"", "«»", "\" ")) {
      String text = unit.repeat(10_000 / unit.length());
      assertEquals(List.of(), find(text), unit);
    }
    String mixed = "the \"reform ".repeat(1_000);
    for (Finding f : find(mixed)) {
      assertTrue(f.end() <= mixed.length() && f.span().length() <= ScareQuoteDetector.MAX_CHARS + 2);
    }
  }

  @Test
  void oddInputNeverThrows() {
    for (String text : List.of("", " ", "\"", "''", "\n\"\n", "“", "a\"", "\"a", "«", "\uD83D",
        "\uDE00\"x\"", "\"\uD83D\"")) {
      for (Finding f : find(text)) {
        assertTrue(f.end() <= text.length());
      }
    }
  }

  // ---- lexicons, determinism, registration --------------------------------------------------

  @Test
  void aUserLexiconAddsSpeechVerbs(@TempDir Path dir) throws Exception {
    String text = "The minister opined that \"reform\" was overdue.";
    only(text, 25, 33, "\"reform\"");
    Path file = dir.resolve("speech_verbs.newsroom.tsv");
    Files.writeString(file, "term\tkind\tnote\nopine\tspeech\tregular forms are generated\n");
    ScareQuoteDetector withOpine =
        new ScareQuoteDetector(LexiconSet.withOverrides(List.of(file)));
    List<Reading> readings = withOpine.read(annotate(text));
    assertEquals(Kind.ATTRIBUTED, readings.get(0).kind());
    assertEquals("words attributed by 'opine'", readings.get(0).reason());
  }

  @Test
  void anUnknownKindInALexiconIsAnErrorNamingFileAndLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("quote_cues.mine.tsv");
    Files.writeString(file, "term\tkind\tnote\n# cues\nso-called\tdistancing\t\nquote\tscare\t\n");
    LexiconSet lexicons = LexiconSet.withOverrides(List.of(file));
    InputException e = assertThrows(InputException.class, () -> new ScareQuoteDetector(lexicons));
    assertEquals(file + ":4", e.origin());
  }

  @Test
  void sameInputSameFindingsAcrossRunsAndThreads() throws Exception {
    String text = "‘Peace’ talks collapse\nThe so-called \"peace plan\" and the 'voluntary'"
        + " relocation were, as one \"expert\" put it, \"a disaster for working families\".";
    AnnotatedDocument doc = annotate(text);
    List<Finding> first = detector.detect(doc);
    assertEquals(4, first.size());
    assertEquals(first, detector.detect(annotate(text)));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Finding>>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> detector.detect(doc)));
      }
      for (Future<List<Finding>> run : runs) {
        assertEquals(first, run.get());
      }
    } finally {
      pool.shutdown();
    }
    List<Finding> sorted = new ArrayList<>(first);
    sorted.sort(Finding.READING_ORDER);
    assertEquals(sorted, first);
  }

  @Test
  void isPartOfTheStandardDetectors() throws InputException {
    assertTrue(Detectors.standard(LexiconSet.bundled()).stream()
        .anyMatch(d -> d instanceof ScareQuoteDetector));
    assertEquals(java.util.Set.of(FeatureType.SCARE_QUOTE), detector.types());
    assertFalse(detector.needsLemmas());
  }
}
