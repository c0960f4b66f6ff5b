package dev.slant.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the wall time of a whole command as a user sees it (JVM start, class loading, model
 * loading, the work and exit) by spawning it several times and taking the median.
 */
public final class StartupProbe {

  /**
   * The timings of one command.
   *
   * @param name what was run, for the report
   * @param command the command line
   * @param runsMs wall time of every run, in run order
   * @param medianMs median of {@code runsMs}
   */
  public record Result(String name, List<String> command, List<Double> runsMs, double medianMs,
      double minMs, double maxMs) {

    public Result {
      command = List.copyOf(command);
      runsMs = List.copyOf(runsMs);
    }
  }

  private StartupProbe() {}

  /**
   * Runs {@code command} {@code runs} times, discarding its output.
   *
   * @throws IOException if it cannot be started or exits with a non-zero code (its standard
   *     error is quoted)
   */
  public static Result measure(String name, List<String> command, int runs, Path workDir)
      throws IOException, InterruptedException {
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be at least 1, got " + runs);
    }
    List<Double> times = new ArrayList<>();
    Path err = Files.createTempFile("slant-bench-stderr", ".txt");
    try {
      for (int r = 0; r < runs; r++) {
        times.add(runOnce(command, workDir, err));
      }
    } finally {
      Files.deleteIfExists(err);
    }
    List<Double> sorted = new ArrayList<>(times);
    sorted.sort(null);
    int n = sorted.size();
    double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return new Result(name, command, times, median, sorted.get(0), sorted.get(n - 1));
  }

  private static double runOnce(List<String> command, Path workDir, Path err)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command)
        .directory(workDir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile());
    long t0 = System.nanoTime();
    Process p = pb.start();
    int exit = p.waitFor();
    double ms = (System.nanoTime() - t0) / 1e6;
    if (exit != 0) {
      String stderr = Files.readString(err, StandardCharsets.UTF_8).strip();
      throw new IOException(String.join(" ", command) + " exited with " + exit
          + (stderr.isEmpty() ? "" : ": " + stderr));
    }
    return ms;
  }

  private static java.io.File nullDevice() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
