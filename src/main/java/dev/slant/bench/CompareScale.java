package dev.slant.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.slant.Analyzer;
import dev.slant.compare.Compare;
import dev.slant.compare.CompareOptions;
import dev.slant.core.Document;
import dev.slant.ingest.Inputs;
import dev.slant.ingest.ReadOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code compare} over a large corpus in a bounded heap: writes a corpus of the requested size
 * (the benchmark articles repeated, as JSON-lines files with five outlets) and runs the whole
 * comparison on it, watching memory. Run it with a small {@code -Xmx} and two sizes to see that
 * what the comparison keeps does not grow with the text it reads.
 */
public final class CompareScale {

  /** Outlets the generated articles are spread over, round robin. */
  static final int OUTLETS = 5;
  private static final long PART_BYTES = 64L << 20;

  /**
   * What the run did.
   *
   * @param input what was generated
   * @param inputBytes size of the generated files
   * @param articles articles compared
   * @param seconds wall time of the comparison (reading, analysis, report), not of generating
   * @param maxHeapBytes the heap limit ({@code -Xmx})
   * @param peakHeapBytes the heap pools' peaks: garbage included, so near the limit whatever
   *     the input size
   * @param maxHeapAfterGcBytes the most heap still in use after any collection: what the
   *     comparison kept alive at once
   * @param peakRssBytes the process's peak resident set size (-1 when unknown)
   */
  public record Result(String input, long inputBytes, int articles, int threads, double seconds,
      double mbPerSecond, long maxHeapBytes, long peakHeapBytes, long maxHeapAfterGcBytes,
      long collections, long peakRssBytes) {

    void print(PrintWriter out) {
      out.printf(Locale.ROOT, "compare at scale: %s%n", input);
      out.printf(Locale.ROOT, "  %,d articles, %.1f MB, %d threads: %.0f s, %.2f MB/s%n",
          articles, inputBytes / 1e6, threads, seconds, mbPerSecond);
      out.printf(Locale.ROOT, "  heap limit %d MB; peak heap %d MB; most heap live after a"
              + " collection %d MB (%,d collections); peak RSS %s%n",
          maxHeapBytes >> 20, peakHeapBytes >> 20, maxHeapAfterGcBytes >> 20, collections,
          peakRssBytes < 0 ? "unknown" : (peakRssBytes >> 20) + " MB");
    }
  }

  private CompareScale() {}

  /**
   * Writes JSON-lines files of about {@code targetBytes} in total into {@code dir}, one
   * {@code {"id","outlet","text"}} object per line, from the articles of {@code source} repeated.
   *
   * @return how many articles were written
   */
  public static int generate(BenchCorpus source, long targetBytes, Path dir) throws IOException {
    JsonFactory json = new JsonFactory();
    long written = 0;
    int articles = 0;
    int copy = 0;
    for (int part = 1; written < targetBytes; part++) {
      Path file = dir.resolve(String.format(Locale.ROOT, "part-%04d.jsonl", part));
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        long inPart = 0;
        while (inPart < PART_BYTES && written + inPart < targetBytes) {
          for (Document d : source.documents()) {
            String line = line(json, d.id() + "@" + copy, "outlet-" + (articles % OUTLETS),
                d.text());
            w.write(line);
            w.write('\n');
            inPart += line.getBytes(StandardCharsets.UTF_8).length + 1;
            articles++;
          }
          copy++;
        }
        written += inPart;
      }
    }
    return articles;
  }

  private static String line(JsonFactory json, String id, String outlet, String text)
      throws IOException {
    var sw = new java.io.StringWriter(text.length() + 64);
    try (JsonGenerator g = json.createGenerator(sw)) {
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeStringField("outlet", outlet);
      g.writeStringField("text", text);
      g.writeEndObject();
    }
    return sw.toString();
  }

  /**
   * Generates the corpus under {@code scratch}, compares it with {@code threads} threads into a
   * report directory there, and deletes both.
   */
  public static Result run(BenchCorpus source, long targetBytes, Analyzer analyzer, int threads,
      Path scratch, PrintWriter progress) throws IOException {
    Path work = Files.createTempDirectory(scratch, "slant-compare-scale-");
    Path corpusDir = Files.createDirectory(work.resolve("corpus"));
    try {
      progress.printf(Locale.ROOT, "writing a %.0f MB corpus to %s ...%n", targetBytes / 1e6,
          corpusDir);
      progress.flush();
      int articles = generate(source, targetBytes, corpusDir);
      long bytes = Scratch.size(corpusDir);
      progress.printf(Locale.ROOT, "comparing %,d articles with %d threads ...%n", articles,
          threads);
      progress.flush();
      Path report = work.resolve("report");
      Compare.Result result;
      long maxAfterGc;
      long collections;
      long peakHeap;
      long t0 = System.nanoTime();
      try (HeapWatch watch = HeapWatch.start()) {
        result = Compare.run(
            Inputs.read(List.of(corpusDir.toString()), ReadOptions.defaults()), analyzer,
            CompareOptions.defaults().withThreads(threads), Map.of(), report,
            outcome -> {});
        maxAfterGc = watch.maxAfterGcBytes();
        collections = watch.collections();
        peakHeap = watch.peakHeapBytes();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      Workloads.requireAllScored(result.batch());
      String input = String.format(Locale.ROOT,
          "%d JSON-lines files in %s: the %d articles of the benchmark corpus repeated,"
              + " spread over %d outlets", countFiles(corpusDir), corpusDir,
          source.documents().size(), OUTLETS);
      return new Result(input, bytes, result.batch().scored(), threads, seconds,
          bytes / 1e6 / seconds, Runtime.getRuntime().maxMemory(), peakHeap, maxAfterGc,
          collections, HeapWatch.peakRssBytes());
    } finally {
      Scratch.delete(work);
    }
  }

  private static long countFiles(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".jsonl")).count();
    }
  }

}
