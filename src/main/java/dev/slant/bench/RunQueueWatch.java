package dev.slant.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * How long the threads doing a workload were ready to run but waited for a CPU (Linux
 * {@code /proc/self/task/<tid>/schedstat}, second field), sampled every few milliseconds while
 * it runs. The workload's threads are the one that started the watch and the threads started
 * during the run, except the JVM's own (compiler and collector threads). On a machine shared with
 * other work this tells contention (waiting for a core) apart from a program's own idling
 * (waiting for another thread), which wall and CPU time alone cannot. A thread that ends between
 * two samples loses at most one interval of its figure.
 */
final class RunQueueWatch implements AutoCloseable {

  private static final Path TASKS = Path.of("/proc/self/task");
  private static final long INTERVAL_MILLIS = 20;

  private final Map<String, long[]> firstAndLast = new HashMap<>();
  /** Threads that existed at the start; of these only the caller counts. */
  private final java.util.Set<String> existing = new java.util.HashSet<>();
  private final Thread sampler;
  private final boolean available;
  private volatile boolean running = true;
  private volatile String samplerTid = "";

  private RunQueueWatch() {
    available = Files.isDirectory(TASKS);
    String caller = currentTid();
    Map<String, Long> atStart = available ? sample() : Map.of();
    if (atStart.containsKey(caller)) {
      long wait = atStart.get(caller);
      firstAndLast.put(caller, new long[] {wait, wait});
    }
    existing.addAll(atStart.keySet());
    sampler = new Thread(this::loop, "slant-bench-runqueue");
    sampler.setDaemon(true);
    if (available) {
      sampler.start();
    }
  }

  static RunQueueWatch start() {
    return new RunQueueWatch();
  }

  private void loop() {
    samplerTid = currentTid();
    while (running) {
      record(sample());
      try {
        Thread.sleep(INTERVAL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private synchronized void record(Map<String, Long> now) {
    now.forEach((tid, wait) -> {
      long[] fl = firstAndLast.get(tid);
      if (fl != null) {
        fl[1] = wait;
      } else if (!existing.contains(tid) && !tid.equals(samplerTid) && !isJvmThread(tid)) {
        // born during the run, with no wait before it
        firstAndLast.put(tid, new long[] {0, wait});
      }
    });
  }

  /** The JVM's compiler and collector threads, which start when it pleases. */
  private static boolean isJvmThread(String tid) {
    try {
      String name = Files.readString(TASKS.resolve(tid).resolve("comm"), StandardCharsets.UTF_8);
      return name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")
          || name.startsWith("GC Thread") || name.startsWith("G1 ");
    } catch (IOException e) {
      return true;
    }
  }

  /** The calling thread's id: "/proc/thread-self" links to "<pid>/task/<tid>". */
  private static String currentTid() {
    try {
      return Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "";
    }
  }

  /**
   * Stops sampling.
   *
   * @return seconds the threads spent waiting for a CPU since the start, or -1 where the
   *     platform does not report it
   */
  double stop() {
    if (!available) {
      return -1;
    }
    running = false;
    sampler.interrupt();
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    record(sample());
    long sum = 0;
    synchronized (this) {
      for (long[] fl : firstAndLast.values()) {
        sum += fl[1] - fl[0];
      }
    }
    return sum / 1e9;
  }

  private static Map<String, Long> sample() {
    Map<String, Long> waits = new HashMap<>();
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
      for (Path t : tasks) {
        try {
          String[] fields = Files.readString(t.resolve("schedstat"), StandardCharsets.UTF_8)
              .strip().split(" ");
          waits.put(t.getFileName().toString(), Long.parseLong(fields[1]));
        } catch (IOException | RuntimeException e) {
          // the thread ended while we looked
        }
      }
    } catch (IOException e) {
      return waits;
    }
    return waits;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
