package dev.slant.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one {@code slant bench} run measured, as a table for people and JSON for comparing runs.
 *
 * @param machine where it ran
 * @param corpus what it read
 * @param stages one result per stage and thread count, in run order
 * @param ratios derived figures: full score throughput as a fraction of the OpenNLP ceiling per
 *     thread count ({@code score_vs_opennlp.1}; {@code score_vs_opennlp_cpu} the same by CPU time
 *     used), as a multiple of the bare OpenNLP pipeline's ({@code score_vs_bare_opennlp},
 *     {@code score_vs_bare_opennlp_cpu}; when that stage ran), and each stage's speed-up from 1 thread to all threads ({@code speedup.score};
 *     {@code speedup_without_cpu_waits} estimates it for a machine without other work)
 * @param startup whole-process timings of {@code score --text} on one short article
 * @param compareScale the large-corpus compare run, when asked for
 * @param notes anything that qualifies the figures (skipped parts, a busy machine)
 */
public record BenchReport(
    Machine machine,
    CorpusInfo corpus,
    List<Benchmark.Result> stages,
    Map<String, Map<String, Double>> ratios,
    List<StartupProbe.Result> startup,
    CompareScale.Result compareScale,
    List<String> notes) {

  public BenchReport {
    stages = List.copyOf(stages);
    startup = List.copyOf(startup);
    notes = List.copyOf(notes);
  }

  /**
   * @param loadAverage the system load average (1 minute) at the start and end of the run; above
   *     the processor count, other work competed for the cores
   */
  public record Machine(int processors, String os, String java, String vm, long maxHeapBytes,
      List<String> jvmArguments, double loadAverageStart, double loadAverageEnd) {

    public static Machine current(double loadAverageStart) {
      Runtime rt = Runtime.getRuntime();
      return new Machine(rt.availableProcessors(),
          System.getProperty("os.name") + " " + System.getProperty("os.arch"),
          System.getProperty("java.version"),
          System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
          rt.maxMemory(),
          ManagementFactory.getRuntimeMXBean().getInputArguments(),
          loadAverageStart, loadAverage());
    }

    /** The 1-minute system load average, or -1 where the platform has none. */
    public static double loadAverage() {
      return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
  }

  /** @param tokens OpenNLP tokens over the whole corpus (0 when the opennlp stage did not run) */
  public record CorpusInfo(String description, int articles, long bytes, long chars, long tokens) {}

  /** Figures derived from the stage results (see the record comment). */
  public static Map<String, Map<String, Double>> ratios(List<Benchmark.Result> stages) {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    // score's throughput over the ceiling's: below 1.
    out.put("score_vs_opennlp", throughputRatios(stages, Workloads.OPENNLP, false));
    // The same by CPU time: what the work costs, whatever else ran on the machine meanwhile.
    out.put("score_vs_opennlp_cpu", throughputRatios(stages, Workloads.OPENNLP, true));
    // score's throughput over the bare OpenNLP pipeline's (sentences, TokenizerME, beam POS).
    Map<String, Double> bare = throughputRatios(stages, Workloads.BARE_OPENNLP, false);
    if (!bare.isEmpty()) {
      out.put("score_vs_bare_opennlp", bare);
      out.put("score_vs_bare_opennlp_cpu", throughputRatios(stages, Workloads.BARE_OPENNLP, true));
    }
    Map<String, Double> speedup = new LinkedHashMap<>();
    Map<String, Double> speedupWithoutWaits = new LinkedHashMap<>();
    for (Benchmark.Result s : stages) {
      if (s.threads() > 1) {
        find(stages, s.stage(), 1).ifPresent(one -> {
          speedup.put(s.stage(), one.seconds() / s.seconds());
          if (one.cpuWaitSeconds() >= 0 && s.cpuWaitSeconds() >= 0) {
            speedupWithoutWaits.put(s.stage(), (one.seconds() - one.cpuWaitSeconds())
                / (s.seconds() - s.cpuWaitSeconds() / s.threads()));
          }
        });
      }
    }
    out.put("speedup", speedup);
    // An estimate for a machine with the cores to itself: each run's wall time less the time its
    // threads waited for a free CPU (spread over its threads). Rough when a stage keeps more
    // threads busy than there are cores (compare writes pages beside its workers).
    out.put("speedup_without_cpu_waits", speedupWithoutWaits);
    return out;
  }

  /** score's throughput over another stage's, per thread count (by wall or CPU time). */
  private static Map<String, Double> throughputRatios(List<Benchmark.Result> stages,
      String other, boolean byCpu) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Benchmark.Result s : stages) {
      if (s.stage().equals(Workloads.SCORE)) {
        find(stages, other, s.threads()).ifPresent(c -> {
          String threads = Integer.toString(s.threads());
          if (!byCpu) {
            out.put(threads, s.mbPerSecond() / c.mbPerSecond());
          } else if (s.cpuSeconds() > 0 && c.cpuSeconds() > 0) {
            out.put(threads, c.cpuSeconds() / s.cpuSeconds());
          }
        });
      }
    }
    return out;
  }

  private static Optional<Benchmark.Result> find(List<Benchmark.Result> stages, String stage,
      int threads) {
    return stages.stream().filter(s -> s.stage().equals(stage) && s.threads() == threads)
        .findFirst();
  }

  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT);

  public void writeJson(Path file) throws IOException {
    Files.writeString(file, JSON.writeValueAsString(this) + "\n", StandardCharsets.UTF_8);
  }

  public static BenchReport readJson(Path file) throws IOException {
    return JSON.readValue(file.toFile(), BenchReport.class);
  }

  public void printTable(PrintWriter out) {
    Machine m = machine;
    out.printf(Locale.ROOT, "machine: %d processors, %s, Java %s (%s), max heap %d MB,"
            + " load average %.2f at start, %.2f at end%n",
        m.processors(), m.os(), m.java(), m.vm(), m.maxHeapBytes() >> 20,
        m.loadAverageStart(), m.loadAverageEnd());
    if (corpus != null) {
      out.printf(Locale.ROOT, "corpus: %s; %,d OpenNLP tokens%n", corpus.description(),
          corpus.tokens());
    }
    if (!stages.isEmpty()) {
      out.println();
      out.printf(Locale.ROOT, "%-12s %7s %9s %8s %12s %6s %10s %10s%n",
          "stage", "threads", "seconds", "MB/s", "tokens/s", "CPU", "CPU wait", "peak heap");
      for (Benchmark.Result s : stages) {
        out.printf(Locale.ROOT, "%-12s %7d %9.2f %8.3f %,12.0f %5.0f%% %9s %7d MB%n",
            s.stage(), s.threads(), s.seconds(), s.mbPerSecond(), s.tokensPerSecond(),
            100 * s.cpuSeconds() / s.seconds(),
            s.cpuWaitSeconds() < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f s",
                s.cpuWaitSeconds()),
            s.peakHeapBytes() >> 20);
      }
      out.println("(CPU: process CPU time / wall time, 100% = one core busy; CPU wait: time its"
          + " threads were ready to run but no core was free)");
      Map<String, Double> byCpu = ratios.getOrDefault("score_vs_opennlp_cpu", Map.of());
      ratios.getOrDefault("score_vs_opennlp", Map.of()).forEach((threads, r) ->
          out.printf(Locale.ROOT, "score throughput / OpenNLP ceiling, %s thread(s): %.0f%%"
                  + " (by CPU time: %.0f%%)%n",
              threads, 100 * r, 100 * byCpu.getOrDefault(threads, Double.NaN)));
      Map<String, Double> bareByCpu = ratios.getOrDefault("score_vs_bare_opennlp_cpu", Map.of());
      ratios.getOrDefault("score_vs_bare_opennlp", Map.of()).forEach((threads, r) ->
          out.printf(Locale.ROOT, "score throughput / bare OpenNLP pipeline (sentences,"
                  + " TokenizerME, beam POSTaggerME), %s thread(s): %.2f× (by CPU time: %.2f×)%n",
              threads, r, bareByCpu.getOrDefault(threads, Double.NaN)));
      Map<String, Double> withoutWaits = ratios.getOrDefault("speedup_without_cpu_waits",
          Map.of());
      ratios.getOrDefault("speedup", Map.of()).forEach((stage, r) ->
          out.printf(Locale.ROOT, "speed-up of %s from 1 thread to %d: %.2f×%s%n",
              stage, maxThreads(), r, withoutWaits.containsKey(stage)
                  ? String.format(Locale.ROOT, " (without the waits for a CPU: %.2f×)",
                      withoutWaits.get(stage)) : ""));
    }
    if (!startup.isEmpty()) {
      out.println();
      out.println("start-up + model loading, score --text on one short article (wall time):");
      for (StartupProbe.Result s : startup) {
        out.printf(Locale.ROOT, "  %-34s median %5.0f ms (min %.0f, max %.0f, %d runs)%n",
            s.name(), s.medianMs(), s.minMs(), s.maxMs(), s.runsMs().size());
      }
    }
    if (compareScale != null) {
      out.println();
      compareScale.print(out);
    }
    for (String note : notes) {
      out.println("note: " + note);
    }
    out.flush();
  }

  private int maxThreads() {
    return stages.stream().mapToInt(Benchmark.Result::threads).max().orElse(1);
  }
}
