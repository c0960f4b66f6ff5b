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
        + "Everyone agreed the cuts were \"savings\"";
    List<Finding> found = find(text);
    assertEquals(List.of(new Span(0, 8), new Span(79, 88)),
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
    assertTrue(one > two, one + " > " + two);
    // In real reporting a quoted phrase of three words or more is someone's words.
    assertReadAs(Kind.QUOTATION,
        "Refugees were moved to a \"temporary processing centre\" near the border.",
        "\"temporary processing centre\"");
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
  void aQuoteNestedInAQuotationIsTheSpeakers() {
    String text = "\"The 'reform' is a cut,\" the senator said.";
    assertEquals(List.of(), find(text));
    assertReadAs(Kind.QUOTATION, text, "'reform'");
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
  void namingThroughAsNeedsAsRightBeforeTheQuote() {
    assertReadAs(Kind.ATTRIBUTED, "Ministers hailed the deal as \"historic\" on Wednesday.",
        "\"historic\"");
    assertEquals("label attributed by 'hail'",
        reading("Ministers hailed the deal as \"historic\" on Wednesday.", "\"historic\"")
            .reason());
    only("Critics dismissed the \"independent\" review within hours.", 22, 35,
        "\"independent\"");
  }

  @Test
  void aNamingVerbTaggedAsANounStillAttributesButAPhrasalVerbDoesNot() {
    assertReadAs(Kind.ATTRIBUTED,
        "The bill would ban what its sponsors call “biological males” from the league.",
        "“biological males”");
    only("The report called for a “voluntary” scheme to replace the fines.", 24, 35,
        "“voluntary”");
    only("The state \"reform\" bill passed on Tuesday.", 10, 18, "\"reform\"");
  }

  @Test
  void aSpeechVerbAttributesAPredicateQuoteAnywhereEarlierInTheSentence() {
    assertReadAs(Kind.ATTRIBUTED,
        "The health secretary told MPs the waiting lists were \"stabilising\".",
        "\"stabilising\"");
  }

  @Test
  void titlesOfWorks() {
    assertReadAs(Kind.TITLE, "Her novel, \"The Quiet Harbor\", won the prize.",
        "\"The Quiet Harbor\"");
    assertReadAs(Kind.TITLE, "Her memoir, “Salt and Iron”, spent ten weeks on the list.",
        "“Salt and Iron”");
    assertReadAs(Kind.TITLE, "The party's \"Great Replacement\" rhetoric alarmed observers.",
        "\"Great Replacement\"");
    assertReadAs(Kind.TITLE, "Locals know the road simply as \"the Mile\".", "\"the Mile\"");
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
        + " spokesman sees on the morning shows or the evening bulletins, and whatever the party"
        + " wants its members at the conference next week in the north.\n"
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

  // ---- self-check ---------------------------------------------------------------------------

  /** A hand-checked sentence and the scare quotes a careful reader marks in it. */
  private record Checked(String text, List<String> scareQuotes) {}

  /**
   * Sentences written and labelled by hand, thirty per batch. Labels follow the annotation
   * conventions: a quote attributed by a speech or naming verb, a title, a nickname, a name or a
   * mentioned word is not a scare quote. Batch A was written before the detector first ran on it,
   * and four of its six errors then (hailed/dismissed/described ... as "X", sponsors call "X", a
   * speech verb far before a predicate quote, "the Mile") led to rule changes; batch B was written
   * after those changes, as the held-out check.
   */
  private static final List<Checked> BATCH_A = List.of(
      new Checked("The council's \"consultation\" lasted eleven days and drew four responses.",
          List.of("\"consultation\"")),
      new Checked("Ministers hailed the deal as \"historic\" on Wednesday.", List.of()),
      new Checked("\"This is not over,\" Ms Okafor said outside the court.", List.of()),
      new Checked("Thousands fled the so-called 'safe zone' after the shelling resumed.",
          List.of("'safe zone'")),
      new Checked("The film \"Northern Lights\" opens in cinemas next month.", List.of()),
      new Checked("Her “apology” did not mention the families by name.", List.of("“apology”")),
      new Checked("The bank’s ‘customer-first’ policy added fees to 40 accounts.",
          List.of("‘customer-first’")),
      new Checked("Hundreds joined the march chanting \"No justice, no peace\".", List.of()),
      new Checked("Locals know the road simply as \"the Mile\".", List.of()),
      new Checked("Opposition MPs called the budget \"a betrayal\".", List.of()),
      new Checked("The 'independent' review was led by the minister's former adviser.",
          List.of("'independent'")),
      new Checked("Fighters of the Islamic State, which calls itself a \"caliphate\", withdrew.",
          List.of()),
      new Checked("Economists say the ‘recovery’ has bypassed most households.",
          List.of("‘recovery’")),
      new Checked("Officials admitted that the “temporary” camp had housed families for six years.",
          List.of("“temporary”")),
      new Checked("The union’s slogan, ‘Fair pay now’, was painted on every bus.", List.of()),
      new Checked("The athlete, nicknamed \"the Flash\", retired on Sunday.", List.of()),
      new Checked("The health secretary told MPs the waiting lists were \"stabilising\".",
          List.of()),
      new Checked("Protesters were met with \"crowd control measures\", including tear gas.",
          List.of("\"crowd control measures\"")),
      new Checked("In the late ’60s, the band’s manager signed them to a two-album deal.",
          List.of()),
      new Checked("Police said the man had been \"known to officers\" for years.", List.of()),
      new Checked("Ticket prices for the “affordable” housing scheme start at £450,000.",
          List.of("“affordable”")),
      new Checked("The novel’s narrator, known only as ‘K’, never leaves the city.", List.of()),
      new Checked("The minister dismissed the report as “fake news.”", List.of()),
      new Checked("A government \"efficiency drive\" has closed 30 libraries since March.",
          List.of("\"efficiency drive\"")),
      new Checked("Critics of the plan point to its “light-touch” regulation of landlords.",
          List.of("“light-touch”")),
      new Checked("\"Shameful,\" tweeted the opposition leader within minutes.", List.of()),
      new Checked("The bill would ban what its sponsors call “biological males” from women's"
          + " sports.", List.of()),
      new Checked("Staff at the plant describe the new shift pattern as \"brutal\".", List.of()),
      new Checked("The regime held «elections» in March that no observer was allowed to watch.",
          List.of("«elections»")),
      new Checked("The phrase ‘levelling up’ has been dropped from the manifesto.", List.of()));

  private static final List<Checked> BATCH_B = List.of(
      new Checked("The “humanitarian pause” lasted less than four hours before shelling resumed.",
          List.of("“humanitarian pause”")),
      new Checked("Mr Diallo said the cuts were \"painful but necessary\".", List.of()),
      new Checked("A spokesperson for the firm called the allegations \"baseless\".", List.of()),
      new Checked("Tenants describe conditions in the block as \"Dickensian\".", List.of()),
      new Checked("The so-called “Tiger Cub” economies grew faster than expected.",
          List.of("“Tiger Cub”")),
      new Checked("Their ‘pro-family’ agenda included cuts to child benefit.",
          List.of("‘pro-family’")),
      new Checked("\"Absolutely not,\" replied the chairman when asked about a second vote.",
          List.of()),
      new Checked("The documentary \"Blood on the Tracks\" airs on Sunday night.", List.of()),
      new Checked("Prices at the pumps have \"stabilised\", the minister said on Monday.",
          List.of()),
      new Checked("The company's 'wellness' programme consists of a single fruit bowl.",
          List.of("'wellness'")),
      new Checked("Officers used \"reasonable force\", according to the police report.",
          List.of()),
      new Checked("Nearly 200 people were held in what authorities called \"temporary"
          + " detention\".", List.of()),
      new Checked("Critics of the scheme mock its \"light rail\" as a bus with ambitions.",
          List.of("\"light rail\"")),
      new Checked("Boxer Danny \"The Dentist\" Ruiz retired after his 40th fight.", List.of()),
      new Checked("The term 'gig economy' entered the dictionary in 2016.", List.of()),
      new Checked("Villagers were offered “compensation” of £30 each for the loss of their homes.",
          List.of("“compensation”")),
      new Checked("“We are not going anywhere”: residents vow to fight eviction", List.of()),
      new Checked("The airline blamed \"operational issues\" for the cancellations.", List.of()),
      new Checked("In the ’70s, the ‘new town’ was hailed as a model for the nation.",
          List.of("‘new town’")),
      new Checked("The opposition leader's \"plan\" amounts to three paragraphs on a website.",
          List.of("\"plan\"")),
      new Checked("Demonstrators chanted “Not in our name” as the convoy passed.", List.of()),
      new Checked("Her debut single, 'Paper Lanterns', reached number three.", List.of()),
      new Checked("The agency insists the “optimisation” will not cost any jobs.",
          List.of("“optimisation”")),
      new Checked("The prime minister described the result as \"a wake-up call\".", List.of()),
      new Checked("Hospitals have been told to prepare for a \"challenging\" winter.", List.of()),
      new Checked("The regime’s ‘anti-terror’ law has been used against 300 journalists.",
          List.of("‘anti-terror’")),
      new Checked("Rock ’n’ roll legend Marty Holt, 81, died on Friday.", List.of()),
      new Checked("Workers at the depot have been “invited” to reapply for their own jobs.",
          List.of("“invited”")),
      new Checked("The word “crisis” was removed from the draft at the last minute.", List.of()),
      new Checked("Shareholders approved the “simplification” of the group’s structure on"
          + " Thursday.", List.of("“simplification”")));

  /** Precision and recall of the detector on one batch, printed with every error. */
  private static double[] check(String name, List<Checked> batch) {
    int truePositives = 0;
    int found = 0;
    int expected = 0;
    List<String> errors = new ArrayList<>();
    for (Checked c : batch) {
      List<String> got = find(c.text()).stream().map(Finding::text).toList();
      found += got.size();
      expected += c.scareQuotes().size();
      for (String g : got) {
        if (c.scareQuotes().contains(g)) {
          truePositives++;
        } else {
          errors.add("false positive " + g + " in: " + c.text());
        }
      }
      for (String e : c.scareQuotes()) {
        if (!got.contains(e)) {
          errors.add("missed " + e + " in: " + c.text());
        }
      }
    }
    double precision = truePositives / (double) found;
    double recall = truePositives / (double) expected;
    System.out.printf("scare-quote self-check, batch %s: %d sentences, %d expected, %d found,"
        + " %d correct, precision %.3f, recall %.3f%n", name, batch.size(), expected, found,
        truePositives, precision, recall);
    errors.forEach(e -> System.out.println("  " + e));
    return new double[] {precision, recall};
  }

  @Test
  void selfCheckOnHandCheckedSentences() {
    assertEquals(30, BATCH_A.size());
    assertEquals(30, BATCH_B.size());
    double[] a = check("A", BATCH_A);
    double[] b = check("B", BATCH_B);
    // Floors just under the measured figures (A: 11/11 and 11/12; B: 12/14 and 12/12), so that a
    // rule change that costs a correct answer shows up here. A's miss is the three-word
    // euphemism, which the real-news rule reads as a partial quotation.
    assertTrue(a[0] >= 0.99 && a[1] >= 0.9, "batch A");
    assertTrue(b[0] >= 0.85 && b[1] >= 0.99, "batch B");
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
