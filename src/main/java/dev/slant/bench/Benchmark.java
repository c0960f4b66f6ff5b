package dev.slant.bench;

import dev.slant.core.Document;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
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

  /** One measured run. */
  public record Result(
      String stage, int threads, double seconds, double mbPerSecond, double tokensPerSecond,
      long tokens, long peakHeapBytes) {}

  /** A unit of work per article that returns how many tokens it processed. */
  public interface Workload {
    String name();

    /** Processes all documents on {@code threads} threads; returns the token count. */
    long run(List<Document> documents, int threads) throws Exception;
  }

  private static final int WARM_UP_DOCS = 200;

  private Benchmark() {}

  public static Result measure(Workload workload, BenchCorpus corpus, int threads)
      throws Exception {
    List<Document> docs = corpus.documents();
    workload.run(docs.subList(0, Math.min(WARM_UP_DOCS, docs.size())), threads);
    System.gc();
    resetPeaks();
    long t0 = System.nanoTime();
    long tokens = workload.run(docs, threads);
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Result(workload.name(), threads, seconds, corpus.bytes() / 1e6 / seconds,
        tokens / seconds, tokens, peakHeap());
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

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks: an upper bound of the peak heap in use. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
