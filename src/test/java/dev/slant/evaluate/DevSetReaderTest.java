package dev.slant.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.core.FeatureType;
import dev.slant.core.InputException;
import dev.slant.core.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevSetReaderTest {

  private static final Path DEV_SET =
      Path.of(System.getProperty("slant.project.dir", "."), "training-data", "devset", "dev.jsonl");

  @TempDir Path tmp;

  // ---- the bundled development set

  @Test
  void bundledDevSetParsesAndEverySpanCoversItsText() throws Exception {
    List<GoldDocument> docs = DevSetReader.read(DEV_SET);
    assertTrue(docs.size() >= 180, "only " + docs.size() + " items");
    Set<String> ids = new HashSet<>();
    for (GoldDocument d : docs) {
      assertTrue(ids.add(d.id()), "duplicate id " + d.id());
      assertFalse(d.text().contains("\r"), d.id() + " contains a carriage return");
      for (GoldSpan s : d.spans()) {
        assertEquals(s.text(), d.text().substring(s.span().start(), s.span().end()), d.id());
        assertEquals(s.text(), s.text().strip(), d.id() + ": span with surrounding whitespace");
      }
    }
  }

  @Test
  void bundledDevSetHasAtLeastFortySpansOfEveryType() throws Exception {
    Map<FeatureType, Integer> counts = DevSetReader.countByType(DevSetReader.read(DEV_SET));
    for (FeatureType t : FeatureType.values()) {
      assertTrue(counts.get(t) >= 40, t.id() + " has only " + counts.get(t) + " spans");
    }
  }

  @Test
  void bundledDevSetIsAtLeastFortyPercentHardNegativesAndTrickyCases() throws Exception {
    List<GoldDocument> docs = DevSetReader.read(DEV_SET);
    long hard = docs.stream().filter(d -> d.spans().isEmpty() || !d.note().isEmpty()).count();
    assertTrue(hard * 100 >= 40L * docs.size(), hard + " of " + docs.size());
  }

  @Test
  void bundledDevSetCountsOffsetsInUtf16UnitsPastEmoji() throws Exception {
    // The flag emoji is two supplementary characters, four UTF-16 units.
    GoldDocument flag = DevSetReader.read(DEV_SET).stream()
        .filter(d -> d.text().startsWith("\uD83C\uDDFA\uD83C\uDDE6 Crowds")).findFirst().orElseThrow();
    assertEquals(List.of(new Span(31, 37)), flag.spansOf(FeatureType.LOADED_ADJECTIVE));
    assertEquals("heroic", flag.spans().get(0).text());
  }

  // ---- the format

  @Test
  void readsSpansInReadingOrderWithNotesAndBlankLines() throws Exception {
    Path f = write("""
        {"id":"a","text":"The so-called \\"peace plan\\" stalled.","spans":[\
        {"type":"scare_quote","start":14,"end":26,"text":"\\"peace plan\\""},\
        {"type":"attribution_hedge","start":4,"end":13,"text":"so-called"}],"note":"pair"}

        {"id":"b","text":"Rates rose.","spans":[]}
        """);
    List<GoldDocument> docs = DevSetReader.read(f);
    assertEquals(2, docs.size());
    GoldDocument a = docs.get(0);
    assertEquals(List.of(
        new GoldSpan(FeatureType.ATTRIBUTION_HEDGE, new Span(4, 13), "so-called"),
        new GoldSpan(FeatureType.SCARE_QUOTE, new Span(14, 26), "\"peace plan\"")), a.spans());
    assertEquals("pair", a.note());
    assertEquals(f + ":1", a.origin());
    assertEquals(f + ":3", docs.get(1).origin());
    assertEquals("", docs.get(1).note());
  }

  @Test
  void malformedJsonNamesFileAndLine() throws Exception {
    Path f = write("""
        {"id":"a","text":"Fine.","spans":[]}
        {"id":"b","text":"Broken.","spans":[}
        """);
    InputException e = assertThrows(InputException.class, () -> DevSetReader.read(f));
    assertEquals(f + ":2", e.origin());
    assertTrue(e.getMessage().startsWith("malformed JSON"), e.getMessage());
  }

  @Test
  void spanTextThatDisagreesWithTheOffsetsIsRejected() throws Exception {
    // Offsets counted in code points land one unit early after the emoji.
    Path f = write("""
        {"id":"a","text":"\uD83D\uDE21 The draconian curfew","spans":\
        [{"type":"loaded_adjective","start":6,"end":15,"text":"draconian"}]}
        """);
    InputException e = assertThrows(InputException.class, () -> DevSetReader.read(f));
    assertEquals(f + ":1", e.origin());
    assertEquals("spans[0]: \"text\" is \"draconian\" but [6, 15) covers \" draconia\""
        + " (offsets are UTF-16 indices into \"text\")", e.getMessage());
  }

  @Test
  void everyKindOfBadSpanIsAnErrorOnItsLine() throws Exception {
    String text = "{\"id\":\"a\",\"text\":\"Critics say so.\",\"spans\":[%s]}";
    Map<String, String> cases = Map.of(
        "{\"type\":\"bias\",\"start\":0,\"end\":7,\"text\":\"Critics\"}", "unknown type \"bias\"",
        "{\"type\":\"anonymous_source\",\"start\":7,\"end\":7,\"text\":\"\"}", "must be less than end",
        "{\"type\":\"anonymous_source\",\"start\":0,\"end\":99,\"text\":\"Critics\"}", "past the end",
        "{\"type\":\"anonymous_source\",\"start\":0.5,\"end\":7,\"text\":\"Critics\"}",
        "must be a non-negative integer",
        "{\"type\":\"anonymous_source\",\"start\":0,\"end\":7}", "missing \"spans[0].text\"",
        "{\"type\":\"anonymous_source\",\"start\":0,\"end\":7,\"text\":\"Critics\",\"label\":1}",
        "unknown key \"spans[0].label\"",
        "{\"type\":\"anonymous_source\",\"start\":0,\"end\":7,\"text\":\"Critics\"},"
            + "{\"type\":\"anonymous_source\",\"start\":0,\"end\":7,\"text\":\"Critics\"}",
        "spans[1]: duplicate anonymous_source span [0, 7)");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      Path f = write("{\"id\":\"ok\",\"text\":\"x\",\"spans\":[]}\n" + text.formatted(c.getKey()) + "\n");
      InputException e = assertThrows(InputException.class, () -> DevSetReader.read(f), c.getKey());
      assertEquals(f + ":2", e.origin(), c.getKey());
      assertTrue(e.getMessage().contains(c.getValue()), e.getMessage());
    }
  }

  @Test
  void aSpanMayNotSplitAnEmoji() throws Exception {
    Path f = write("{\"id\":\"a\",\"text\":\"Goal \uD83D\uDD25\",\"spans\":[{\"type\":\"loaded_language\","
        + "\"start\":5,\"end\":6,\"text\":\"\\uD83D\"}]}\n"); // a JSON escape: a lone surrogate
    InputException e = assertThrows(InputException.class, () -> DevSetReader.read(f));
    assertTrue(e.getMessage().contains("splits a character"), e.getMessage());
  }

  @Test
  void documentLevelProblemsAreReported() throws Exception {
    Map<String, String> cases = Map.of(
        "{\"id\":\"a\",\"text\":\"x\"}", "missing \"spans\" (use [] for a text without spans)",
        "{\"id\":\"a\",\"text\":\"x\",\"spans\":[],\"id\":\"b\"}", "malformed JSON: Duplicate field 'id'",
        "{\"id\":\"a\",\"text\":\"x\",\"spans\":[]} {}", "malformed JSON",
        "[1,2]", "expected a JSON object",
        "{\"id\":\"\",\"text\":\"x\",\"spans\":[]}", "\"id\" is empty",
        "{\"id\":\"a\",\"text\":3,\"spans\":[]}", "\"text\" must be a string",
        "{\"id\":\"a\",\"body\":\"x\",\"text\":\"x\",\"spans\":[]}", "unknown key \"body\"");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      Path f = write(c.getKey() + "\n");
      InputException e = assertThrows(InputException.class, () -> DevSetReader.read(f), c.getKey());
      assertEquals(f + ":1", e.origin(), c.getKey());
      assertTrue(e.getMessage().startsWith(c.getValue()), c.getKey() + " -> " + e.getMessage());
    }
  }

  @Test
  void duplicateIdsMissingFilesAndEmptyFilesAreErrors() throws Exception {
    Path dup = write("{\"id\":\"a\",\"text\":\"x\",\"spans\":[]}\n{\"id\":\"a\",\"text\":\"y\",\"spans\":[]}\n");
    InputException e = assertThrows(InputException.class, () -> DevSetReader.read(dup));
    assertEquals(dup + ":2: duplicate id \"a\"", e.describe());

    Path missing = tmp.resolve("nope.jsonl");
    assertEquals(missing + ": file not found",
        assertThrows(InputException.class, () -> DevSetReader.read(missing)).describe());

    Path empty = write("\n\n");
    assertEquals(empty + ": contains no documents",
        assertThrows(InputException.class, () -> DevSetReader.read(empty)).describe());

    assertEquals(tmp + ": is a directory, expected a .jsonl file",
        assertThrows(InputException.class, () -> DevSetReader.read(tmp)).describe());
  }

  @Test
  void aLeadingBomAndCrlfLineEndsAreTolerated() throws Exception {
    Path f = tmp.resolve("bom.jsonl");
    Files.writeString(f, "\uFEFF{\"id\":\"a\",\"text\":\"x\",\"spans\":[]}\r\n"
        + "{\"id\":\"b\",\"text\":\"y\",\"spans\":[]}\r\n", StandardCharsets.UTF_8);
    assertEquals(List.of("a", "b"), DevSetReader.read(f).stream().map(GoldDocument::id).toList());
  }

  @Test
  void invalidUtf8IsReportedForTheFile() throws Exception {
    Path f = tmp.resolve("latin1.jsonl");
    Files.write(f, new byte[] {'{', '"', (byte) 0xE9, '"', '}', '\n'});
    assertEquals(f + ": not valid UTF-8",
        assertThrows(InputException.class, () -> DevSetReader.read(f)).describe());
  }

  private int files;

  private Path write(String content) throws IOException {
    Path f = tmp.resolve("set" + (files++) + ".jsonl");
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }
}
