package dev.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.train.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of train, evaluate, export-arff and model-info. */
class TrainCommandsTest {

  @TempDir Path dir;

  /** Runs slant and returns {exit code, stdout, stderr}. */
  private static Object[] slant(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Object[] {code, o.toString(StandardCharsets.UTF_8),
          e.toString(StandardCharsets.UTF_8)};
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void trainEvaluateExportAndInspect() throws Exception {
    String csv = Fixtures.sentenceCsv(dir).toString();
    String model = dir.resolve("m.model").toString();
    Object[] r = slant("train", "--task", "sentence", "--data", csv, "--format", "csv",
        "--min-count", "1", "--out", model);
    assertEquals(0, r[0], Arrays.toString(r));
    assertTrue(((String) r[1]).startsWith("wrote " + model + ": sentence model"), (String) r[1]);

    Path json = dir.resolve("eval.json");
    r = slant("evaluate", "--task", "sentence", "--data", csv, "--format", "csv", "--folds", "3",
        "--json", json.toString());
    assertEquals(0, r[0], Arrays.toString(r));
    assertTrue(((String) r[1]).contains("3-fold cross-validation, stratified, grouped by article"));
    assertTrue(Files.readString(json).contains("\"macroF1\""));

    r = slant("export-arff", "--task", "sentence", "--data", csv, "--format", "csv", "--out",
        dir.resolve("x.arff").toString());
    assertEquals(0, r[0], Arrays.toString(r));

    r = slant("model-info", model);
    assertEquals(0, r[0], Arrays.toString(r));
    assertTrue(((String) r[1]).contains("sentence model, usable"), (String) r[1]);
  }

  @Test
  void badDataIsExitCodeThreeWithTheOriginAndBadOptionValuesAreUsageErrors() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "text,label\nA fine sentence.,maybe\n");
    Object[] r = slant("train", "--task", "sentence", "--data", bad.toString(), "--format", "csv",
        "--out", dir.resolve("m.model").toString());
    assertEquals(ExitCodes.FAILED, r[0]);
    assertTrue(((String) r[2]).startsWith("slant train: " + bad + ":2: unrecognised label"),
        (String) r[2]);
    assertTrue(!Files.exists(dir.resolve("m.model")));

    r = slant("train", "--task", "opinion", "--data", bad.toString(), "--format", "csv",
        "--out", dir.resolve("m.model").toString());
    assertEquals(ExitCodes.USAGE, r[0]);
    assertTrue(((String) r[2]).contains("unknown task 'opinion'"), (String) r[2]);

    r = slant("train", "--task", "sentence", "--data", bad.toString(), "--format", "csv",
        "--technique", "Doubt", "--out", dir.resolve("m.model").toString());
    assertEquals(ExitCodes.USAGE, r[0]);
    assertTrue(((String) r[2]).contains("--technique: only with --format ptc"), (String) r[2]);

    r = slant("evaluate", "--task", "sentence", "--data", bad.toString(), "--format", "csv",
        "--classifier", "java.lang.Runtime");
    assertEquals(ExitCodes.USAGE, r[0]);
    assertTrue(((String) r[2]).contains("is not a Weka classifier"), (String) r[2]);
  }

  @Test
  void aRefusedModelIsExitCodeThree() throws Exception {
    Path fake = dir.resolve("fake.model");
    Files.writeString(fake, "SLANT-MODEL 1\nmanifest 999\n{");
    Object[] r = slant("model-info", fake.toString());
    assertEquals(ExitCodes.FAILED, r[0]);
    assertTrue(((String) r[2]).contains("truncated model file"), (String) r[2]);
  }

  @Test
  void missingRequiredOptionsAreAUsageError() {
    Object[] r = slant("train", "--task", "sentence");
    assertEquals(2, r[0]);
  }
}
