package dev.slant.bench;

import dev.slant.core.Document;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

/**
 * Times workloads over a corpus with a given number of threads and reports throughput and peak
 * heap. Each run is preceded by a warm-up pass over the first articles so that JIT compilation
 * and model loading are not measured.
 */
public final class Benchmark {

  /**
   * One measured run.
   *
   * @param cpuSeconds CPU time of the whole process during the run (all threads, GC and JIT
   *     included)
   * @param cpuWaitSeconds time the workload's threads were ready to run but waited for a free CPU
   *     (summed over threads; -1 where the platform does not report it): on a machine shared with
   *     other work it says how much of the wall time was not this program's
   */
  public record Result(
      String stage, int threads, double seconds, double mbPerSecond, double tokensPerSecond,
      long tokens, long peakHeapBytes, double cpuSeconds, double cpuWaitSeconds) {}

  /** A unit of work per article that returns how many tokens it processed. */
  public interface Workload {
    String name();

    /** Processes all documents on {@code threads} threads; returns the token count. */
    long run(List<Document> documents, int threads) throws Exception;

    /** Called after each run, untimed: removes what the run wrote. */
    default void afterRun() throws Exception {}
  }

  private static final int WARM_UP_DOCS = 200;

  private Benchmark() {}

  public static Result measure(Workload workload, BenchCorpus corpus, int threads)
      throws Exception {
    return measure(List.of(workload), corpus, threads, 1).get(0);
  }

  /**
   * Warms every workload up, then times {@code runs} rounds in which each workload runs once, and
   * returns each workload's median run (by wall time), in the order given. Interleaving the
   * workloads makes their ratios fair on a machine whose load changes during the benchmark.
   */
  public static List<Result> measure(List<Workload> workloads, BenchCorpus corpus, int threads,
      int runs) throws Exception {
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be at least 1, got " + runs);
    }
    List<Document> docs = corpus.documents();
    for (Workload w : workloads) {
      w.run(docs.subList(0, Math.min(WARM_UP_DOCS, docs.size())), threads);
      w.afterRun();
    }
    List<List<Result>> byWorkload = new ArrayList<>();
    workloads.forEach(w -> byWorkload.add(new ArrayList<>()));
    for (int r = 0; r < runs; r++) {
      for (int i = 0; i < workloads.size(); i++) {
        byWorkload.get(i).add(runOnce(workloads.get(i), corpus, threads));
      }
    }
    List<Result> medians = new ArrayList<>();
    for (List<Result> results : byWorkload) {
      results.sort(Comparator.comparingDouble(Result::seconds));
      medians.add(results.get(results.size() / 2));
    }
    return medians;
  }

  private static Result runOnce(Workload workload, BenchCorpus corpus, int threads)
      throws Exception {
    System.gc();
    resetPeaks();
    RunQueueWatch waits = RunQueueWatch.start();
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    long tokens;
    try {
      tokens = workload.run(corpus.documents(), threads);
    } finally {
      waits.close();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
    double waitSeconds = waits.stop();
    long peak = peakHeap();
    workload.afterRun();
    return new Result(workload.name(), threads, seconds, corpus.bytes() / 1e6 / seconds,
        tokens / seconds, tokens, peak, cpuSeconds, waitSeconds);
  }

  /** Runs {@code perDocument} over the documents on a pool of threads, summing its results. */
  public static long parallel(List<Document> docs, int threads, ToLongFunction<Document> perDocument)
      throws Exception {
    if (threads == 1) {
      long sum = 0;
      for (Document d : docs) {
        sum += perDocument.applyAsLong(d);
      }
      return sum;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      AtomicLong next = new AtomicLong();
      List<Future<Long>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        parts.add(pool.submit(() -> {
          long sum = 0;
          for (long i; (i = next.getAndIncrement()) < docs.size(); ) {
            sum += perDocument.applyAsLong(docs.get((int) i));
          }
          return sum;
        }));
      }
      long total = 0;
      for (Future<Long> f : parts) {
        total += f.get();
      }
      return total;
    } finally {
      pool.shutdownNow();
    }
  }

  /** CPU time used by this process so far, or 0 where the JVM does not report it. */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks: an upper bound of the peak heap in use. */
  static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
