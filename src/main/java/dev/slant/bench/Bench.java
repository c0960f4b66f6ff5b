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
   * @param encoderBytes with the {@link Workloads#ENCODER} stage: the encoder stages read the
   *     first articles of the corpus up to this many bytes (the encoder is far slower than the
   *     rest)
   */
  public record Settings(Path corpus, long minBytes, int threads, int runs, Set<String> stages,
      int startupRuns, Path projectDir, Path scratch, long encoderBytes) {

    public Settings {
      stages = new LinkedHashSet<>(stages);
      stages.add(Workloads.OPENNLP);
      for (String s : stages) {
        if (!List.of(Workloads.OPENNLP, Workloads.BARE_OPENNLP, Workloads.SCORE,
            Workloads.COMPARE, Workloads.ENCODER).contains(s)) {
          throw new IllegalArgumentException("unknown stage '" + s
              + "' (stages: opennlp, bare-opennlp, score, compare, encoder)");
        }
      }
      stages = Set.copyOf(stages);
    }

    public Settings(Path corpus, long minBytes, int threads, int runs, Set<String> stages,
        int startupRuns, Path projectDir, Path scratch) {
      this(corpus, minBytes, threads, runs, stages, startupRuns, projectDir, scratch, 300_000);
    }
  }

  private Bench() {}

  /**
   * @param score the analysis chain {@code slant score} uses (for the score stage)
   * @param compare the one {@code slant compare} uses (for the compare stage)
   */
  public static BenchReport run(Settings s, Analyzer score, Analyzer compare,
      PrintWriter progress) throws Exception {
    return run(s, score, compare, null, progress);
  }

  /**
   * @param withEncoder the chain of {@code score --model sentence-encoder}, for the {@link
   *     Workloads#ENCODER} stages (null when they are not asked for)
   */
  public static BenchReport run(Settings s, Analyzer score, Analyzer compare,
      Analyzer withEncoder, PrintWriter progress) throws Exception {
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
      if (s.stages().contains(Workloads.ENCODER)) {
        results.addAll(encoderStages(s, corpus, annotator, withEncoder, notes, progress));
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

  /**
   * The encoder alone and score with the sentence-encoder model, on the first articles of the
   * corpus, with 1 thread and with all: their tokens/s are the encoder's wordpieces/s.
   */
  private static List<Benchmark.Result> encoderStages(Settings s, BenchCorpus corpus,
      Annotator annotator, Analyzer withEncoder, List<String> notes, PrintWriter progress)
      throws Exception {
    if (withEncoder == null || withEncoder.biasModel().isEmpty()
        || withEncoder.biasModel().get().encoder() == null) {
      throw new IllegalArgumentException("the encoder stage needs the sentence-encoder model");
    }
    List<dev.slant.core.Document> docs = new ArrayList<>();
    long bytes = 0;
    long chars = 0;
    for (dev.slant.core.Document d : corpus.documents()) {
      if (bytes >= s.encoderBytes()) {
        break;
      }
      docs.add(d);
      bytes += d.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      chars += d.text().length();
    }
    BenchCorpus part = new BenchCorpus("the first " + docs.size() + " articles", docs, chars,
        bytes);
    dev.slant.encode.SentenceEncoder encoder =
        dev.slant.encode.Encoders.get(dev.slant.encode.Encoders.E5_SMALL_V2_Q);
    java.util.Map<String, List<String>> sentences = new java.util.HashMap<>();
    java.util.Map<String, Long> wordpieces = new java.util.HashMap<>();
    long total = 0;
    for (dev.slant.core.Document d : docs) {
      dev.slant.core.AnnotatedDocument a = annotator.annotate(d);
      List<String> texts = new ArrayList<>();
      for (dev.slant.core.Sentence sentence : a.sentences()) {
        texts.add(dev.slant.detect.ml.FeatureExtractor.unitText(a, sentence.firstToken(),
            sentence.endToken()));
      }
      sentences.put(d.id(), texts);
      long n = texts.stream().mapToLong(encoder::wordpieces).sum();
      wordpieces.put(d.id(), n);
      total += n;
    }
    notes.add(String.format(Locale.ROOT, "stages %s and %s read %s (%,d bytes, %,d sentences,"
        + " %,d wordpieces); their tokens/s are the encoder's wordpieces/s (the sentences' own"
        + " wordpieces; the 4 special and prefix tokens of each window not counted); %s is the"
        + " whole of score --model sentence-encoder, so its rate is a lower bound of the"
        + " encoder's inside score", Workloads.ENCODER, Workloads.SCORE_ENCODER,
        part.description(), bytes, sentences.values().stream().mapToInt(List::size).sum(), total,
        Workloads.SCORE_ENCODER));
    List<Benchmark.Workload> workloads = List.of(Workloads.encoder(encoder, sentences),
        Workloads.scoreWithEncoder(withEncoder, wordpieces));
    List<Benchmark.Result> out = new ArrayList<>();
    for (int threads : s.threads() > 1 ? List.of(1, s.threads()) : List.of(1)) {
      progress.printf(Locale.ROOT, "measuring encoder, score-encoder with %d thread(s) on %s ...%n",
          threads, part.description());
      progress.flush();
      out.addAll(Benchmark.measure(workloads, part, threads, s.runs()));
    }
    return out;
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
