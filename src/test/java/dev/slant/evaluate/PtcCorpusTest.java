package dev.slant.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.InputException;
import dev.slant.core.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PtcCorpusTest {

  private static final Path PTC = Path.of(System.getProperty("slant.shared.data", "../shared/data"),
      "semeval2020-task11-ptc");
  private static final String LL = "Loaded_Language";
  private static final Set<FeatureType> LOADED =
      EnumSet.of(FeatureType.LOADED_ADJECTIVE, FeatureType.LOADED_LANGUAGE);

  @TempDir Path tmp;

  // ---- offsets on a self-written corpus (always runs)

  @Test
  void bomIsKeptForPtcOffsetsAndStrippedForSlant() throws Exception {
    // PTC counts the BOM as character 0: "draconian" is [5, 14) in PTC, [4, 13) in slant's text.
    PtcCorpus corpus = corpus(tmp, "1", "\uFEFFThe draconian curfew\n", "1\tLoaded_Language\t5\t14\n");
    PtcArticle a = corpus.read("1");
    assertTrue(a.hasBom());
    assertEquals("The draconian curfew\n", a.text());
    assertEquals("\uFEFFThe draconian curfew\n", a.rawText());
    assertEquals(a.text(), a.document().text());
    Span s = a.toSlant(a.labels().get(0));
    assertEquals(new Span(4, 13), s);
    assertEquals("draconian", s.in(a.text()));
    assertEquals(new Span(5, 14), a.toPtc(s));
  }

  @Test
  void codePointOffsetsBecomeUtf16OffsetsAfterEmoji() throws Exception {
    // Two emoji are two code points but four UTF-16 units.
    String text = "\uD83D\uDD25\uD83D\uDD25 Fans slammed the board\n";
    PtcCorpus corpus = corpus(tmp, "2", text, "2\tLoaded_Language\t8\t15\n");
    PtcArticle a = corpus.read("2");
    assertFalse(a.hasBom());
    Span s = a.toSlant(a.labels().get(0));
    assertEquals(new Span(10, 17), s);
    assertEquals("slammed", s.in(a.text()));
    assertEquals(new Span(8, 15), a.toPtc(s));
  }

  @Test
  void charOverlapIsScoredInPtcCodePoints() throws Exception {
    // Gold "firestorm of outrage" (20 code points); slant predicts "outrage" after an emoji and a
    // BOM. P = 7/7, R = 7/20, whatever the UTF-16 offsets are.
    String raw = "\uFEFF\uD83D\uDCE2 It set off a firestorm of outrage\n";
    int start = raw.codePointCount(0, raw.indexOf("firestorm"));
    PtcCorpus corpus = corpus(tmp, "3", raw, "3\tLoaded_Language\t" + start + "\t" + (start + 20) + "\n");
    PtcArticle a = corpus.read("3");
    int outrage = a.text().indexOf("outrage");
    Finding f = new Finding(FeatureType.LOADED_LANGUAGE, new Span(outrage, outrage + 7), "outrage",
        0, 1.0, "test");
    Finding otherType = new Finding(FeatureType.SCARE_QUOTE, new Span(0, 2), a.text().substring(0, 2),
        0, 1.0, "test");
    PtcReport r = PtcEvaluation.score(List.of(a), List.of(List.of(f, otherType)), LL, LOADED,
        LOADED, List.of());
    assertEquals(1.0, r.charOverlap().precision(), 1e-12);
    assertEquals(0.35, r.charOverlap().recall(), 1e-12);
    assertEquals(new MatchCounts(1, 1, 0, 0), r.exact());
    assertEquals(new MatchCounts(1, 1, 1, 1), r.overlap());
    assertEquals(List.of("FN~ firestorm of outrage", "FP~ outrage"), r.errors().stream()
        .map(e -> e.kind().abbreviation() + (e.partial() ? "~" : "") + " " + e.text()).toList());
  }

  @Test
  void malformedLabelsNameFileAndLine() throws Exception {
    String text = "\uFEFFA shameful vote\n";
    String[][] cases = {
        {"4\tLoaded_Language 2 10\n", "expected 4 TAB-separated columns"},
        {"4\tDoubt\t2\t10\n4\tLoaded_Language\t10\t99\n", "outside the article"},
        {"4\tLoaded_Language\tten\t12\n", "start must be a non-negative integer"},
        {"5\tLoaded_Language\t2\t10\n", "label for article 5 in the file of 4"},
        {"4\tLoaded_Language\t0\t3\n", "span starts on the byte-order mark"},
    };
    for (int i = 0; i < cases.length; i++) {
      Path dir = Files.createDirectory(tmp.resolve("c" + i));
      PtcCorpus corpus = corpus(dir, "4", text, cases[i][0]);
      InputException e = assertThrows(InputException.class, () -> corpus.read("4"));
      int line = cases[i][0].split("\n").length;
      assertEquals(corpus.labelsPath("4") + ":" + line, e.origin(), cases[i][0]);
      assertTrue(e.getMessage().contains(cases[i][1]), e.getMessage());
    }
  }

  @Test
  void folderProblemsAreInputErrors() throws Exception {
    assertEquals(tmp + ": not a PTC folder: expected train-articles/ and"
            + " train-labels-task2-technique-classification/ in it or in its datasets/ folder",
        assertThrows(InputException.class, () -> PtcCorpus.open(tmp)).describe());
    Path missing = tmp.resolve("nowhere");
    assertEquals(missing + ": PTC folder not found",
        assertThrows(InputException.class, () -> PtcCorpus.open(missing)).describe());
    // The distribution's top folder works too, and a missing labels file is named.
    PtcCorpus corpus = corpus(tmp.resolve("datasets"), "6", "Text\n", "");
    Files.delete(corpus.labelsPath("6"));
    assertEquals(List.of("6"), PtcCorpus.open(tmp).articleIds());
    assertEquals(corpus.labelsPath("6") + ": file not found",
        assertThrows(InputException.class, () -> PtcCorpus.open(tmp).read("6")).describe());
  }

  @Test
  void articleIdsAreInNumericOrder() throws Exception {
    PtcCorpus corpus = corpus(tmp, "10", "a\n", "");
    corpus(tmp, "9", "b\n", "");
    corpus(tmp, "111", "c\n", "");
    assertEquals(List.of("9", "10", "111"), corpus.articleIds());
  }

  // ---- the real corpus (skipped when the shared data is absent)

  @Test
  void workedExampleOfTheDataReadme() throws Exception {
    PtcCorpus corpus = realCorpus();
    PtcArticle a = corpus.read("111111113");
    PtcLabel label = a.labels().stream()
        .filter(l -> l.technique().equals(LL) && l.start() == 259 && l.end() == 279)
        .findFirst().orElseThrow();
    assertEquals("firestorm of outrage", a.toSlant(label).in(a.text()));
  }

  @Test
  void bothBomArticlesShiftEverySpanByOne() throws Exception {
    PtcCorpus corpus = realCorpus();
    for (String id : List.of("712382330", "705409419")) {
      PtcArticle a = corpus.read(id);
      assertTrue(a.hasBom(), id);
      assertFalse(a.text().startsWith("\uFEFF"), id);
      assertFalse(a.labels().isEmpty(), id);
      for (PtcLabel l : a.labels()) {
        Span s = a.toSlant(l);
        assertEquals(l.start() - 1, s.start(), id); // no supplementary characters in these two
        assertEquals(codePointSubstring(a.rawText(), l.start(), l.end()), s.in(a.text()), id);
        assertEquals(new Span(l.start(), l.end()), a.toPtc(s));
      }
    }
  }

  @Test
  void emojiArticleShiftsLaterSpansByTheSupplementaryCharactersBeforeThem() throws Exception {
    PtcArticle a = realCorpus().read("755170235");
    assertFalse(a.hasBom());
    for (PtcLabel l : a.labels()) {
      String before = codePointSubstring(a.rawText(), 0, l.start());
      long supplementary = before.codePoints().filter(Character::isSupplementaryCodePoint).count();
      assertEquals(l.start() + supplementary, a.toSlant(l).start());
    }
    assertTrue(a.labels().stream().anyMatch(l -> a.toSlant(l).start() > l.start()),
        "expected spans after the emoji");
  }

  @Test
  void everyMappedSpanIsTrimmedAndRoundTrips() throws Exception {
    // The data README: no span starts or ends with whitespace, so an offset error shows up here.
    List<PtcArticle> articles = realCorpus().readAll();
    assertEquals(297, articles.size());
    int loaded = 0;
    for (PtcArticle a : articles) {
      for (PtcLabel l : a.labels()) {
        Span s = a.toSlant(l);
        String covered = s.in(a.text());
        assertEquals(covered.strip(), covered, a.id() + ":" + l.line());
        assertEquals(new Span(l.start(), l.end()), a.toPtc(s));
        loaded += l.technique().equals(LL) ? 1 : 0;
      }
    }
    assertEquals(1733, loaded);
  }

  @Test
  void predictingTheGoldSpansScoresOneAndShiftingThemDoesNot() throws Exception {
    List<PtcArticle> articles = realCorpus().readAll();
    List<List<Finding>> oracle = new ArrayList<>();
    List<List<Finding>> shifted = new ArrayList<>();
    for (PtcArticle a : articles) {
      List<Finding> o = new ArrayList<>();
      List<Finding> sh = new ArrayList<>();
      for (PtcLabel l : a.labelsOf(LL)) {
        Span s = a.toSlant(l);
        o.add(new Finding(FeatureType.LOADED_LANGUAGE, s, s.in(a.text()), 0, 1.0, "gold"));
        Span t = new Span(s.start() + 1, s.end() + 1);
        sh.add(new Finding(FeatureType.LOADED_LANGUAGE, t, t.in(a.text()), 0, 1.0, "shifted"));
      }
      oracle.add(o);
      shifted.add(sh);
    }
    PtcReport perfect = PtcEvaluation.score(articles, oracle, LL, LOADED, LOADED, List.of());
    assertEquals(1.0, perfect.charOverlap().f1(), 1e-9);
    assertEquals(1.0, perfect.exact().f1(), 1e-12);
    assertTrue(perfect.errors().isEmpty());
    PtcReport off = PtcEvaluation.score(articles, shifted, LL, LOADED, LOADED, List.of());
    assertEquals(0.0, off.exact().f1(), 1e-12);
    assertTrue(off.charOverlap().f1() > 0.8 && off.charOverlap().f1() < 1.0,
        "F1 " + off.charOverlap().f1());
  }

  private static PtcCorpus realCorpus() throws InputException {
    Assumptions.assumeTrue(Files.isDirectory(PTC), "PTC data absent at " + PTC + ": skipping");
    return PtcCorpus.open(PTC);
  }

  private static String codePointSubstring(String s, int start, int end) {
    return s.substring(s.offsetByCodePoints(0, start), s.offsetByCodePoints(0, end));
  }

  private static PtcCorpus corpus(Path dir, String id, String text, String labels)
      throws IOException, InputException {
    Path articles = Files.createDirectories(dir.resolve(PtcCorpus.ARTICLES));
    Path labelDir = Files.createDirectories(dir.resolve(PtcCorpus.LABELS));
    Files.writeString(articles.resolve("article" + id + ".txt"), text, StandardCharsets.UTF_8);
    Files.writeString(labelDir.resolve("article" + id + ".task2-TC.labels"), labels,
        StandardCharsets.UTF_8);
    return PtcCorpus.open(dir);
  }
}
