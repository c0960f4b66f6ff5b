package dev.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit-code contract of the README, for every command: {@code 0} everything processed,
 * {@code 1} some inputs failed and the rest were processed, {@code 2} usage error, {@code 3}
 * nothing processed or a fatal input or output error, {@code 70} internal error. Each command's
 * failure modes are run and their codes checked, and each command's {@code --help} must list
 * every code the command was seen to return, and no code outside the contract.
 */
class ExitCodeContractTest {

  private static final Set<Integer> CONTRACT = Set.of(
      ExitCodes.OK, ExitCodes.PARTIAL, ExitCodes.USAGE, ExitCodes.FAILED, ExitCodes.INTERNAL);

  private record Run(int exit, String out, String err) {}

  @TempDir Path tmp;
  private Path article;
  private Path missing;
  private Path badLexicon;
  private Path badCsv;
  private Path goodCsv;
  private Path gold;

  /** The codes each command was seen to return, for the --help check. */
  private final Map<String, Set<Integer>> seen = new LinkedHashMap<>();
  private final List<String> failures = new ArrayList<>();

  @BeforeEach
  void writeInputs() throws IOException {
    article = tmp.resolve("council.txt");
    Files.writeString(article, "The council approved the so-called \"temporary\" curfew on"
        + " Tuesday, officials said.\n", StandardCharsets.UTF_8);
    missing = tmp.resolve("no-such-file.txt");
    badLexicon = tmp.resolve("hedges.extra.tsv");
    Files.writeString(badLexicon, "term\tscore\nallegedly\tvery\n", StandardCharsets.UTF_8);
    badCsv = tmp.resolve("labels.csv");
    Files.writeString(badCsv, "text,label\nThe mayor opened the bridge.,perhaps\n",
        StandardCharsets.UTF_8);
    goodCsv = tmp.resolve("sentences.csv");
    Files.writeString(goodCsv, "text,label\nThe mayor opened the bridge.,neutral\n"
        + "The reckless mayor rammed the bridge plan through.,biased\n", StandardCharsets.UTF_8);
    gold = tmp.resolve("gold.jsonl");
    Files.writeString(gold, "{\"id\":\"g1\",\"text\":\"Critics say the plan is rushed.\","
        + "\"spans\":[{\"type\":\"anonymous_source\",\"start\":0,\"end\":7,\"text\":\"Critics\"}]}\n",
        StandardCharsets.UTF_8);
  }

  @Test
  void everyCommandReturnsTheDocumentedCodeForEachFailureModeAndListsItInItsHelp() {
    String a = article.toString();
    String m = missing.toString();

    expect(ExitCodes.OK, "score", "--no-model", "--format", "jsonl", a);
    expect(ExitCodes.PARTIAL, "score", "--no-model", "--format", "jsonl", a, m);
    expect(ExitCodes.USAGE, "score", "--no-such-option", a);
    expect(ExitCodes.USAGE, "score", "--threads", "many", a);
    expect(ExitCodes.FAILED, "score", "--no-model", m);
    expect(ExitCodes.FAILED, "score", "--no-model", "--lexicon", badLexicon.toString(), a);
    expect(ExitCodes.FAILED, "score", "--no-model", "--out",
        tmp.resolve("no-such-dir/out.jsonl").toString(), a);

    String report = tmp.resolve("report").toString();
    expect(ExitCodes.PARTIAL, "compare", "--no-model", "--no-progress", "--out", report, a, m);
    expect(ExitCodes.USAGE, "compare", "--no-model", a);
    expect(ExitCodes.USAGE, "compare", "--no-model", "--resamples", "0", "--out", report, a);
    expect(ExitCodes.FAILED, "compare", "--no-model", "--no-progress", "--out", report, m);

    expect(ExitCodes.OK, "check", "--no-model", "--threads", "1", "--data", gold.toString());
    expect(ExitCodes.USAGE, "check");
    expect(ExitCodes.USAGE, "check", "--data", gold.toString(), "--technique", "Doubt");
    expect(ExitCodes.FAILED, "check", "--no-model", "--data", m);
    expect(ExitCodes.FAILED, "check", "--no-model", "--data", gold.toString(), "--lexicon",
        badLexicon.toString());

    String model = tmp.resolve("m.model").toString();
    String bad = badCsv.toString();
    String good = goodCsv.toString();
    expect(ExitCodes.USAGE, "train", "--task", "sentence");
    expect(ExitCodes.USAGE, "train", "--task", "opinion", "--data", bad, "--format", "csv",
        "--out", model);
    expect(ExitCodes.USAGE, "train", "--task", "sentence", "--data", bad, "--format", "xls",
        "--out", model);
    expect(ExitCodes.USAGE, "train", "--task", "sentence", "--data", good, "--format", "csv",
        "--classifier", "NoSuchClassifier", "--out", model);
    expect(ExitCodes.USAGE, "train", "--task", "sentence", "--data", good, "--format", "csv",
        "--threshold", "2", "--out", model);
    expect(ExitCodes.FAILED, "train", "--task", "sentence", "--data", bad, "--format", "csv",
        "--out", model);
    expect(ExitCodes.FAILED, "train", "--task", "sentence", "--data", m, "--format", "csv",
        "--out", model);
    expect(ExitCodes.FAILED, "train", "--task", "sentence", "--data", good, "--format", "csv",
        "--lexicon", badLexicon.toString(), "--out", model);
    assertFalse(Files.exists(Path.of(model)), "a failed train writes no model");

    expect(ExitCodes.USAGE, "evaluate", "--task", "sentence", "--data", good, "--format", "csv",
        "--folds", "1");
    expect(ExitCodes.USAGE, "evaluate", "--task", "sentence", "--data", good, "--format", "csv",
        "--group-by", "weekday");
    expect(ExitCodes.FAILED, "evaluate", "--task", "sentence", "--data", bad, "--format", "csv");
    expect(ExitCodes.FAILED, "evaluate", "--task", "sentence", "--data", m, "--format", "csv");

    String arff = tmp.resolve("x.arff").toString();
    expect(ExitCodes.USAGE, "export-arff", "--task", "sentence", "--data", good, "--format",
        "arff", "--out", arff);
    expect(ExitCodes.FAILED, "export-arff", "--task", "sentence", "--data", bad, "--format", "csv",
        "--out", arff);

    Path fake = tmp.resolve("fake.model");
    writeQuietly(fake, "SLANT-MODEL 1\nmanifest 999\n{");
    expect(ExitCodes.USAGE, "model-info");
    expect(ExitCodes.FAILED, "model-info", fake.toString());
    expect(ExitCodes.FAILED, "model-info", m);

    expect(ExitCodes.USAGE, "train-defaults", "--data", tmp.toString());
    expect(ExitCodes.FAILED, "train-defaults", "--data", tmp.resolve("no-such-dir").toString(),
        "--out", tmp.resolve("models").toString());

    expect(ExitCodes.USAGE, "bench", "--runs", "0", "--corpus", a);
    expect(ExitCodes.FAILED, "bench", "--corpus", m);

    expect(ExitCodes.USAGE, "no-such-command");

    assertTrue(failures.isEmpty(), String.join("\n", failures));

    // The --help of each command lists every code it was seen to return, and only contract codes.
    for (Map.Entry<String, Set<Integer>> e : seen.entrySet()) {
      if (e.getKey().equals("no-such-command")) {
        continue;
      }
      Run help = run(e.getKey(), "--help");
      assertEquals(ExitCodes.OK, help.exit(), help.err());
      Set<Integer> listed = listedCodes(help.out());
      assertFalse(listed.isEmpty(), e.getKey() + " --help lists no exit codes:\n" + help.out());
      assertTrue(CONTRACT.containsAll(listed),
          e.getKey() + " --help lists codes outside the contract: " + listed);
      assertTrue(listed.containsAll(e.getValue()), e.getKey() + " returned " + e.getValue()
          + " but its --help lists only " + listed);
      assertTrue(listed.contains(ExitCodes.INTERNAL), e.getKey() + " --help omits 70");
    }
    assertEquals(Set.of("score", "compare", "check", "train", "evaluate", "export-arff",
        "model-info", "train-defaults", "bench"), new TreeSet<>(withoutUnknown()),
        "every command is covered");
  }

  private Set<String> withoutUnknown() {
    Set<String> commands = new TreeSet<>(seen.keySet());
    commands.remove("no-such-command");
    return commands;
  }

  /** The codes under the "Exit codes:" heading of a help text. */
  private static Set<Integer> listedCodes(String help) {
    Set<Integer> codes = new TreeSet<>();
    int at = help.indexOf("Exit codes:");
    if (at < 0) {
      return codes;
    }
    Matcher m = Pattern.compile("(?m)^\\s+(\\d+)\\s{2,}").matcher(help.substring(at));
    while (m.find()) {
      codes.add(Integer.parseInt(m.group(1)));
    }
    return codes;
  }

  /** Runs slant, records a mismatch (with its output) rather than stopping at the first. */
  private void expect(int code, String... args) {
    Run r = run(args);
    seen.computeIfAbsent(args[0], k -> new TreeSet<>()).add(r.exit());
    String command = String.join(" ", args).replace(tmp.toString(), "$TMP");
    if (r.exit() != code) {
      failures.add("slant " + command + ": expected exit " + code + ", got " + r.exit()
          + "; stderr: " + r.err().strip());
    }
    if (code != ExitCodes.OK && r.err().isBlank()) {
      failures.add("slant " + command + ": exit " + r.exit() + " without a message on stderr");
    }
    if (r.err().contains("\tat ") || r.err().contains("Exception")) {
      failures.add("slant " + command + ": a stack trace or exception name on stderr: "
          + r.err());
    }
  }

  private static void writeQuietly(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    int exit = Main.run(InputStream.nullInputStream(), o, e, args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
