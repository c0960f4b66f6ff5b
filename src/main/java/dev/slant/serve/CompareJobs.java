package dev.slant.serve;

import dev.slant.Analyzer;
import dev.slant.Batch;
import dev.slant.compare.Compare;
import dev.slant.compare.CompareOptions;
import dev.slant.ingest.Inputs;
import dev.slant.ingest.Item;
import dev.slant.ingest.ReadOptions;
import dev.slant.io.AtomicWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The Compare page's runs of {@code slant compare}: each upload is written to a fresh temporary
 * folder (never the working directory or the annotations file), compared there in the background
 * one run at a time, and its report served from that folder until it is replaced by newer runs or
 * the server stops, when every folder is deleted. A run is named by a random 128-bit id, so one
 * cannot be guessed or walked to from another.
 */
final class CompareJobs implements AutoCloseable {

  /** Reports kept; the oldest folder is deleted when a newer run needs the room. */
  static final int KEPT = 8;

  enum State { QUEUED, RUNNING, DONE, FAILED }

  /** One run, as the progress endpoint reports it. */
  static final class Job {
    final String id;
    final Path dir;
    final String fileName;
    volatile State state = State.QUEUED;
    volatile int total = -1;
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    volatile String error = "";

    Job(String id, Path dir, String fileName) {
      this.id = id;
      this.dir = dir;
      this.fileName = fileName;
    }

    Path report() {
      return dir.resolve("report");
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Analyzer analyzer;
  private final ReadOptions readOptions;
  private final int threads;
  private final Map<String, Job> jobs = new LinkedHashMap<>();
  private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "slant-compare");
    t.setDaemon(true);
    return t;
  });

  CompareJobs(Analyzer analyzer, int maxArticleChars, int threads) {
    this.analyzer = analyzer;
    this.readOptions = new ReadOptions(maxArticleChars);
    this.threads = threads;
  }

  /**
   * Starts comparing an uploaded corpus.
   *
   * @param fileName the upload's name, whose extension says its format (.csv or .jsonl)
   * @param groupBy the column whose groups are compared
   */
  Job start(String fileName, byte[] content, String groupBy) throws IOException {
    String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    String ext = lower.endsWith(".csv") ? ".csv" : lower.endsWith(".jsonl") ? ".jsonl" : null;
    if (ext == null) {
      throw new ApiException(400, "upload a .csv or .jsonl file (one article per row, with"
          + " text and outlet columns)");
    }
    if (groupBy == null || groupBy.isBlank()) {
      groupBy = "outlet";
    }
    CompareOptions options = CompareOptions.defaults().withGroupBy(groupBy).withThreads(threads);
    Path dir = Files.createTempDirectory("slant-serve-compare-");
    // A fixed name inside the run's own folder: the uploaded name is never used as a path.
    Path input = dir.resolve("corpus" + ext);
    Files.write(input, content);
    byte[] idBytes = new byte[16];
    RANDOM.nextBytes(idBytes);
    Job job = new Job(HexFormat.of().formatHex(idBytes), dir, fileName);
    synchronized (this) {
      jobs.put(job.id, job);
      while (jobs.size() > KEPT) {
        Iterator<Job> oldest = jobs.values().iterator();
        Job old = oldest.next();
        if (old.state == State.QUEUED || old.state == State.RUNNING) {
          break;
        }
        oldest.remove();
        delete(old.dir);
      }
    }
    runner.execute(() -> run(job, input, options));
    return job;
  }

  private void run(Job job, Path input, CompareOptions options) {
    job.state = State.RUNNING;
    List<String> inputs = List.of(input.toString());
    try {
      try (Stream<Item> items = Inputs.read(inputs, readOptions)) {
        job.total = (int) items.count();
      }
      Compare.Result result = Compare.run(Inputs.read(inputs, readOptions), analyzer, options,
          Map.of(), job.report(), outcome -> {
            job.done.incrementAndGet();
            if (outcome instanceof Batch.Outcome.Failed) {
              job.failed.incrementAndGet();
            }
          });
      job.state = result.batch().scored() > 0 ? State.DONE : State.FAILED;
      if (job.state == State.FAILED) {
        job.error = "no article could be analysed";
      }
    } catch (IOException | RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      // Messages name the temporary file; the user knows it by the name they uploaded.
      job.error = message.replace(input.toString(), job.fileName);
      job.state = State.FAILED;
    } finally {
      try {
        Files.deleteIfExists(input);
      } catch (IOException ignored) {
        // deleted with the folder at the latest
      }
    }
  }

  synchronized Optional<Job> get(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /**
   * A file of a finished run's report, or empty if there is no such file. {@code relative} may
   * not leave the report folder: no {@code ..}, no absolute path, no symbolic link.
   */
  Optional<Path> reportFile(String id, String relative) {
    Optional<Job> job = get(id);
    if (job.isEmpty() || job.get().state != State.DONE) {
      return Optional.empty();
    }
    if (relative.isEmpty()) {
      relative = "index.html";
    }
    if (relative.contains("\\") || relative.contains("\0")) {
      return Optional.empty();
    }
    Path root = job.get().report().toAbsolutePath().normalize();
    Path file;
    try {
      file = root.resolve(relative).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
    if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try {
      if (!file.toRealPath().startsWith(root.toRealPath())) {
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(file);
  }

  /** Stops the runner and deletes every run's folder. */
  @Override
  public void close() {
    runner.shutdownNow();
    try {
      runner.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      for (Job job : jobs.values()) {
        delete(job.dir);
      }
      jobs.clear();
    }
  }

  static void delete(Path dir) {
    try {
      AtomicWriter.deleteTree(dir);
    } catch (IOException e) {
      // Best effort: a folder in the system's temporary directory is cleaned up by the system.
    }
  }
}
