package dev.slant.bench;

import dev.slant.Analyzer;
import dev.slant.nlp.Annotator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code slant bench} as a library call: times slant's annotation alone (the ceiling), the bare
 * OpenNLP pipeline it is built on, the full score pipeline and compare on one corpus with 1
 * thread and with all threads, and the start-up of the CLI.
 */
public final class Bench {

  /** A short self-written news item for the start-up timing. */
  static final String SAMPLE_ARTICLE = "City officials said on Tuesday that the \"temporary\""
      + " closure of the riverside market would last at least six months. Traders, who were"
      + " reportedly told of the decision only hours before, called it a reckless blow to"
      + " dozens of family businesses. A senior council member, speaking on condition of"
      + " anonymity, said the so-called safety review had been planned for a year.";

  /**
   * What to measure.
   *
   * @param corpus a directory of {@code .txt} articles, one such file, or a {@code .jsonl} file
   *     (see {@link BenchCorpus#load})
   * @param minBytes the corpus is repeated until it is at least this big
   * @param threads the "all cores" thread count; every stage also runs with 1
   * @param runs timed runs per stage (the median is reported)
   * @param stages which of {@link Workloads#OPENNLP}, {@link Workloads#BARE_OPENNLP}, {@link
   *     Workloads#SCORE} and {@link Workloads#COMPARE} to run; the opennlp stage always runs, as
   *     the others are compared to it
   * @param startupRuns runs per start-up command; 0 leaves start-up out
   * @param projectDir the checkout, whose {@code slant} launcher and {@code target/slant.jar} are
   *     timed
   * @param scratch where temporary reports are written
   */
  public record Settings(Path corpus, long minBytes, int threads, int runs, Set<String> stages,
      int startupRuns, Path projectDir, Path scratch) {

    public Settings {
      stages = new LinkedHashSet<>(stages);
      stages.add(Workloads.OPENNLP);
      for (String s : stages) {
        if (!List.of(Workloads.OPENNLP, Workloads.BARE_OPENNLP, Workloads.SCORE,
            Workloads.COMPARE).contains(s)) {
          throw new IllegalArgumentException("unknown stage '" + s
              + "' (stages: opennlp, bare-opennlp, score, compare)");
        }
      }
      stages = Set.copyOf(stages);
    }
  }

  private Bench() {}

  /**
   * @param score the analysis chain {@code slant score} uses (for the score stage)
   * @param compare the one {@code slant compare} uses (for the compare stage)
   */
  public static BenchReport run(Settings s, Analyzer score, Analyzer compare,
      PrintWriter progress) throws Exception {
    double loadAtStart = BenchReport.Machine.loadAverage();
    List<String> notes = new ArrayList<>();
    progress.println("reading the corpus ...");
    progress.flush();
    BenchCorpus corpus = BenchCorpus.load(s.corpus(), s.minBytes());
    progress.println("corpus: " + corpus.description());
    Annotator annotator = Annotator.standard();
    Workloads.TokenCounts counts = new Workloads.TokenCounts();
    Path reports = Files.createTempDirectory(s.scratch(), "slant-bench-");
    List<Benchmark.Result> results = new ArrayList<>();
    try {
      List<Benchmark.Workload> workloads = new ArrayList<>();
      workloads.add(Workloads.opennlp(annotator, counts));
      if (s.stages().contains(Workloads.BARE_OPENNLP)) {
        workloads.add(Workloads.bareOpennlp(counts));
      }
      if (s.stages().contains(Workloads.SCORE)) {
        workloads.add(Workloads.score(score, counts));
      }
      if (s.stages().contains(Workloads.COMPARE)) {
        workloads.add(Workloads.compare(compare, counts, reports));
      }
      for (int threads : s.threads() > 1 ? List.of(1, s.threads()) : List.of(1)) {
        progress.printf(Locale.ROOT, "measuring %s with %d thread(s), %d run(s) each ...%n",
            String.join(", ", workloads.stream().map(Benchmark.Workload::name).toList()),
            threads, s.runs());
        progress.flush();
        results.addAll(Benchmark.measure(workloads, corpus, threads, s.runs()));
      }
    } finally {
      Scratch.delete(reports);
    }
    long tokens = results.get(0).tokens();
    List<StartupProbe.Result> startup = new ArrayList<>();
    if (s.startupRuns() > 0) {
      startup = startup(s, notes, progress);
    }
    double loadAtEnd = BenchReport.Machine.loadAverage();
    int cores = Runtime.getRuntime().availableProcessors();
    if (Math.max(loadAtStart, loadAtEnd) > cores) {
      notes.add(String.format(Locale.ROOT, "the load average (%.2f at start, %.2f at end) was"
          + " above the %d processors: other work competed for the cores, so multi-threaded"
          + " figures and speed-ups understate this program", loadAtStart, loadAtEnd, cores));
    }
    return new BenchReport(BenchReport.Machine.current(loadAtStart),
        new BenchReport.CorpusInfo(corpus.description(), corpus.documents().size(),
            corpus.bytes(), corpus.chars(), tokens),
        results, BenchReport.ratios(results), startup, null, notes);
  }

  /** Generates a corpus of about {@code targetBytes} and compares it (see {@link CompareScale}). */
  public static BenchReport compareScale(Path source, long targetBytes, int threads, Path scratch,
      Analyzer compare, PrintWriter progress) throws Exception {
    double loadAtStart = BenchReport.Machine.loadAverage();
    BenchCorpus articles = BenchCorpus.load(source, 0);
    CompareScale.Result r = CompareScale.run(articles, targetBytes, compare, threads, scratch,
        progress);
    return new BenchReport(BenchReport.Machine.current(loadAtStart), null, List.of(), null,
        List.of(), r, List.of());
  }

  /**
   * Times {@code score --text} on a short article as a user runs it: through the launcher (with
   * the JVM options it chooses) and as plain {@code java -jar} with the JVM's defaults. Without a
   * built jar, from the current class path. Each command runs once untimed first, so a build or
   * a class-data archive made on first use is not counted.
   */
  static List<StartupProbe.Result> startup(Settings s, List<String> notes, PrintWriter progress)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> args = List.of("score", "--text", SAMPLE_ARTICLE);
    Path launcher = s.projectDir().resolve("slant");
    Path jar = s.projectDir().resolve("target").resolve("slant.jar");
    List<String[]> commands = new ArrayList<>();
    if (Files.isRegularFile(jar)) {
      if (Files.isExecutable(launcher)) {
        commands.add(new String[] {"./slant (launcher)", launcher.toString()});
      }
      commands.add(new String[] {"java -jar, JVM defaults", java, "-jar", jar.toString()});
    } else {
      notes.add("target/slant.jar is not built: start-up was timed from the class path;"
          + " build it (mvn -B -DskipTests package) for the figure users see");
      commands.add(new String[] {"java -cp, JVM defaults", java, "-cp",
          System.getProperty("java.class.path"), "dev.slant.cli.Main"});
    }
    Path workDir = Files.isDirectory(s.projectDir()) ? s.projectDir() : Path.of("").toAbsolutePath();
    List<StartupProbe.Result> out = new ArrayList<>();
    for (String[] c : commands) {
      List<String> command = new ArrayList<>(List.of(c).subList(1, c.length));
      command.addAll(args);
      progress.printf(Locale.ROOT, "timing start-up: %s ...%n", c[0]);
      progress.flush();
      try {
        StartupProbe.measure(c[0], command, 1, workDir);
        out.add(StartupProbe.measure(c[0], command, s.startupRuns(), workDir));
      } catch (IOException e) {
        notes.add("start-up of " + c[0] + " could not be timed: " + e.getMessage());
      }
    }
    return out;
  }
}
