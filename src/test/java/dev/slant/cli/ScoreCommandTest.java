package dev.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScoreCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VOTE = "The council voted 6-3 on Tuesday to approve the curfew.";
  private static final String FARES = "Island Ferries will raise fares by 12 percent, the company"
      + " said.";

  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  private static Run slant(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err),
        args);
    return new Run(code, out.toString(), err.toString());
  }

  private static Run slant(String... args) {
    return slant(new byte[0], args);
  }

  @Test
  void scoresAFileInTheTextFormatAndExitsZero() throws IOException {
    Path file = write("vote.txt", VOTE);
    Run r = slant("score", file.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().startsWith("== vote ==\nWords: 10   Sentences: 1   Framing index: "), r.out());
    assertFalse(r.out().contains("\u001B["), "no colour when not writing to a terminal");
  }

  @Test
  void aBatchWithABrokenFileScoresTheOthersAndListsTheFailure() throws IOException {
    write("batch/a.txt", VOTE);
    Path broken = write("batch/b.csv", "id,text\nb1,\"never closed\n");
    write("batch/c.jsonl", "{\"id\":\"c1\",\"text\":\"" + FARES + "\"}\n");
    Run r = slant("score", "--format", "jsonl", dir.resolve("batch").toString());
    assertEquals(ExitCodes.PARTIAL, r.code());
    assertEquals(List.of("a", "c1"), ids(r.out()));
    String failure = broken + ":2: unbalanced quote: a quoted field opened on line 2 in record 1"
        + " is never closed; rest of file not read";
    assertEquals(failure + "\n" + "scored 2 articles, 1 failed:\n  " + failure + "\n", r.err());
  }

  @Test
  void whenNothingCanBeScoredTheExitCodeIsThree() {
    Run r = slant("score", dir.resolve("missing.txt").toString());
    assertEquals(ExitCodes.FAILED, r.code());
    assertTrue(r.err().startsWith(dir.resolve("missing.txt") + ": no such file or directory\n"
        + "scored 0 articles, 1 failed:"), r.err());
  }

  @Test
  void usageErrorsExitTwoWithOneReasonAndAPointerToHelp() {
    for (String[] args : List.of(
        new String[] {"score"},
        new String[] {"score", "--format", "xml", "a.txt"},
        new String[] {"score", "--threads", "0", "a.txt"},
        new String[] {"score", "--max-article-chars", "-5", "a.txt"},
        new String[] {"score", "--colour", "a.txt"})) {
      Run r = slant(args);
      assertEquals(ExitCodes.USAGE, r.code(), String.join(" ", args));
      assertTrue(r.err().startsWith("slant score: "), r.err());
      assertTrue(r.err().endsWith("Try 'slant score --help' for more information.\n"), r.err());
      assertEquals("", r.out());
    }
    assertTrue(slant("score").err().startsWith("slant score: no input: give files, directories,"
        + " - for standard input, or --text \"...\""));
  }

  @Test
  void helpListsTheExitCodes() {
    Run r = slant("score", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("Exit codes:"), r.out());
    assertTrue(r.out().contains("--max-article-chars=N"), r.out());
  }

  @Test
  void aMalformedLexiconIsFatalAndNamedByFileAndLine() throws IOException {
    Path lexicon = write("loaded_adjectives.newsroom.tsv",
        "term\tintensity\tcontext\tnote\ndraconian\t0.9\tany\n");
    Path article = write("vote.txt", VOTE);
    Run r = slant("score", "--lexicon", lexicon.toString(), article.toString());
    assertEquals(ExitCodes.FAILED, r.code());
    assertEquals(lexicon + ":2: expected 4 tab-separated columns [term, intensity, context, note]"
        + " but found 3\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void outIsWrittenWholeAndOnlyWhenSomethingWasScored() throws IOException {
    Path article = write("vote.txt", VOTE);
    Path report = dir.resolve("out/report.html");
    Files.createDirectories(report.getParent());
    Run ok = slant("score", "--format", "html", "--out", report.toString(), article.toString());
    assertEquals(0, ok.code(), ok.err());
    assertEquals("", ok.out());
    assertEquals("scored 1 article, wrote " + report + "\n", ok.err());
    String page = Files.readString(report);
    assertTrue(page.startsWith("<!DOCTYPE html>") && page.endsWith("</html>\n"));
    assertEquals(List.of(report), list(report.getParent()), "no temporary file left behind");

    Run failed = slant("score", "--format", "html", "--out", report.toString(),
        dir.resolve("missing.txt").toString());
    assertEquals(ExitCodes.FAILED, failed.code());
    assertTrue(failed.err().endsWith("nothing was scored; " + report + " was not written\n"));
    assertEquals(page, Files.readString(report), "the previous report is untouched");
    assertEquals(List.of(report), list(report.getParent()));
  }

  @Test
  void anUnwritableOutIsAFatalErrorWithoutAStackTrace() throws IOException {
    Path article = write("vote.txt", VOTE);
    Path report = dir.resolve("no-such-dir/report.md");
    Run r = slant("score", "--format", "md", "--out", report.toString(), article.toString());
    assertEquals(ExitCodes.FAILED, r.code());
    assertEquals("slant: cannot write " + report + ": no such directory\n", r.err());
  }

  @Test
  void literalTextIsScoredBeforeTheInputs() throws IOException {
    Path article = write("fares.txt", FARES);
    Run r = slant("score", "--format", "jsonl", "--text", VOTE, article.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("text", "fares"), ids(r.out()));
  }

  @Test
  void standardInputIsReadForDash() throws IOException {
    Run r = slant(VOTE.getBytes(StandardCharsets.UTF_8), "score", "--format", "jsonl", "-");
    assertEquals(0, r.code(), r.err());
    JsonNode article = JSON.readTree(r.out());
    assertEquals("stdin", article.get("id").asText());
    assertEquals(10, article.get("words").asInt());
  }

  @Test
  void offsetsFromStandardInputIndexTheCrlfTextAsRead() throws IOException {
    String text = "Council backs curfew\r\n\r\n" + VOTE + "\r\nCritics said the vote was rushed,"
        + " according to people familiar with the matter.\r\n";
    Run r = slant(text.getBytes(StandardCharsets.UTF_8), "score", "--format", "json", "-");
    assertEquals(0, r.code(), r.err());
    JsonNode json = JSON.readTree(r.out());
    List<String> sentences = new ArrayList<>();
    for (JsonNode s : json.get("sentence_scores")) {
      String covered = text.substring(s.get("start").asInt(), s.get("end").asInt());
      assertEquals(s.get("text").asText(), covered);
      sentences.add(covered);
    }
    assertEquals(List.of("Council backs curfew", VOTE, "Critics said the vote was rushed,"
        + " according to people familiar with the matter."), sentences);
    assertEquals(24, json.get("sentence_scores").get(1).get("start").asInt(),
        "two CRLF pairs count four characters before the second sentence");
    for (JsonNode f : json.get("findings")) {
      assertEquals(f.get("text").asText(),
          text.substring(f.get("start").asInt(), f.get("end").asInt()));
    }
  }

  @Test
  void outputIsTheSameWhateverTheNumberOfThreads() throws IOException {
    for (int i = 0; i < 12; i++) {
      write("many/" + (char) ('a' + i) + ".txt", (i % 2 == 0 ? VOTE : FARES) + " Item " + i + ".");
    }
    String input = dir.resolve("many").toString();
    Run one = slant("score", "--format", "jsonl", "--threads", "1", input);
    Run four = slant("score", "--format", "jsonl", "--threads", "4", input);
    assertEquals(0, four.code(), four.err());
    assertEquals(12, ids(one.out()).size());
    assertEquals(one.out(), four.out());
  }

  @Test
  void anUnexpectedExceptionIsOneLineAndExitSeventy() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Main()).setErr(new PrintWriter(err, true));
    int code = Main.failure(new IllegalStateException("boom"), cli, null);
    assertEquals(ExitCodes.INTERNAL, code);
    assertEquals("slant: internal error: java.lang.IllegalStateException: boom (please report"
        + " this)\n", err.toString());
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, content);
  }

  private static List<String> ids(String jsonl) throws IOException {
    List<String> ids = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      if (!line.isEmpty()) {
        ids.add(JSON.readTree(line).get("id").asText());
      }
    }
    return ids;
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  private static final String FRAMED = "The regime's draconian crackdown allegedly silenced"
      + " critics, sources close to the ministry said.";

  /** A copy of a bundled model file, so tests can pass it, or a damaged copy, as a user file. */
  private Path bundledModel(String name, String as) throws IOException {
    try (var in = getClass().getClassLoader().getResourceAsStream("models/" + name)) {
      Path file = dir.resolve(as);
      Files.write(file, in.readAllBytes());
      return file;
    }
  }

  @Test
  void theBundledSentenceModelReportsBiasUnlessTurnedOff() throws IOException {
    Run r = slant("score", "--format", "json", "--text", FRAMED);
    assertEquals(0, r.code(), r.err());
    JsonNode bias = JSON.readTree(r.out()).get("bias");
    assertEquals("sentence-babe", bias.get("model").asText());
    double p = JSON.readTree(r.out()).get("sentence_scores").get(0).get("bias_probability")
        .asDouble();
    assertEquals(p, bias.get("mean_probability").asDouble(), 1e-4, "one sentence: mean = it");
    assertEquals(p, bias.get("max_probability").asDouble(), 1e-4);

    Run off = slant("score", "--format", "json", "--no-model", "--text", FRAMED);
    assertEquals(0, off.code(), off.err());
    JsonNode json = JSON.readTree(off.out());
    assertFalse(json.has("bias"));
    assertFalse(json.get("sentence_scores").get(0).has("bias_probability"));
    assertEquals(json.get("findings"), JSON.readTree(r.out()).get("findings"),
        "the sentence model does not change the findings");
  }

  @Test
  void aSentenceModelFileReplacesTheBundledOneAndIsNamedAfterItsFile() throws IOException {
    Path model = bundledModel("sentence-babe.model", "newsroom-bias.model");
    Run r = slant("score", "--format", "jsonl", "--no-model", "--model", model.toString(),
        "--text", FRAMED);
    assertEquals(0, r.code(), r.err());
    assertEquals("newsroom-bias", JSON.readTree(r.out()).get("bias").get("model").asText());
  }

  @Test
  void aHedgeModelReplacesTheHedgeRules() throws IOException {
    Path model = bundledModel("hedge-szeged.model", "hedge.model");
    Run r = slant("score", "--format", "jsonl", "--no-model", "--model", model.toString(),
        "--text", FRAMED);
    assertEquals(0, r.code(), r.err());
    JsonNode findings = JSON.readTree(r.out()).get("findings");
    assertTrue(findings.toString().contains("{\"type\":\"attribution_hedge\",\"start\":33,"
        + "\"end\":42,\"text\":\"allegedly\""), findings.toString());
    for (JsonNode f : findings) {
      if (f.get("type").asText().equals("attribution_hedge")) {
        assertTrue(f.get("cue").asText().startsWith("model:hedge:"), f.toString());
      }
    }
    Run rules = slant("score", "--format", "jsonl", "--no-model", "--text", FRAMED);
    JsonNode ruleFindings = JSON.readTree(rules.out()).get("findings");
    assertTrue(ruleFindings.findValuesAsText("cue").contains("hedges: allegedly"), rules.out());
    assertEquals(ruleFindings.findValues("type").stream()
            .filter(t -> !t.asText().equals("attribution_hedge")).toList(),
        findings.findValues("type").stream()
            .filter(t -> !t.asText().equals("attribution_hedge")).toList(),
        "only the hedge findings come from the model");
  }

  @Test
  void aTruncatedModelIsAOneLineErrorWithExitThree() throws IOException {
    Path whole = bundledModel("sentence-babe.model", "whole.model");
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.model");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    Run r = slant("score", "--model", cut.toString(), "--text", FRAMED);
    assertEquals(ExitCodes.FAILED, r.code());
    assertEquals("", r.out());
    assertEquals(cut + ": truncated model file (" + bytes.length / 2
        + " bytes; the header promises more)\n", r.err());
  }

  @Test
  void twoModelsForOneTaskAreAOneLineErrorWithExitThree() throws IOException {
    Path first = bundledModel("sentence-babe.model", "a.model");
    Path second = bundledModel("sentence-babe.model", "b.model");
    Run r = slant("score", "--model", first.toString(), "--model", second.toString(),
        "--text", FRAMED);
    assertEquals(ExitCodes.FAILED, r.code());
    assertEquals(second + ": a second model for the sentence task (the first is " + first
        + "); give one per task\n", r.err());
  }

  @Test
  void aFileThatIsNotAModelIsAOneLineErrorWithExitThree() throws IOException {
    Path text = write("notes.model", VOTE);
    Run r = slant("score", "--model", text.toString(), "--text", FRAMED);
    assertEquals(ExitCodes.FAILED, r.code());
    assertEquals(text + ": not a slant model file (no 'SLANT-MODEL' header)\n", r.err());
  }
}
