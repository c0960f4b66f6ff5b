package dev.slant;

import dev.slant.core.InputException;
import dev.slant.ingest.Item;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Analyses a stream of articles on several threads and hands the outcomes to a sink in input
 * order, so output is identical to a single-threaded run. At most a few articles per thread are in
 * flight, so memory does not grow with the corpus. A failure to read or analyse one article
 * becomes a {@link Outcome.Failed} and the batch goes on.
 */
public final class Batch {

  /** What happened to one input item. */
  public sealed interface Outcome permits Outcome.Scored, Outcome.Failed {
    record Scored(ArticleResult result) implements Outcome {}

    record Failed(InputException error) implements Outcome {}
  }

  /** Totals of a finished batch; {@code failures} lists every failure as {@code origin: message}. */
  public record Summary(int scored, int failed, List<String> failures) {
    public Summary {
      failures = List.copyOf(failures);
    }
  }

  private static final int IN_FLIGHT_PER_THREAD = 4;

  private Batch() {}

  public static Summary run(
      Stream<Item> items, Analyzer analyzer, int threads, Consumer<Outcome> sink) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    Tally tally = new Tally(sink);
    try (Stream<Item> s = items) {
      if (threads == 1) {
        s.forEach(item -> tally.accept(analyse(analyzer, item)));
      } else {
        runParallel(s.iterator(), analyzer, threads, tally);
      }
    }
    return tally.summary();
  }

  private static void runParallel(
      Iterator<Item> items, Analyzer analyzer, int threads, Tally tally) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "slant-worker");
      t.setDaemon(true);
      return t;
    });
    Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
    try {
      while (items.hasNext()) {
        Item item = items.next();
        inFlight.add(item instanceof Item.Failure f
            ? CompletableFuture.completedFuture(new Outcome.Failed(f.error()))
            : pool.submit(() -> analyse(analyzer, item)));
        if (inFlight.size() >= threads * IN_FLIGHT_PER_THREAD) {
          tally.accept(await(inFlight.removeFirst()));
        }
      }
      while (!inFlight.isEmpty()) {
        tally.accept(await(inFlight.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Outcome analyse(Analyzer analyzer, Item item) {
    if (item instanceof Item.Failure f) {
      return new Outcome.Failed(f.error());
    }
    var doc = ((Item.Article) item).document();
    try {
      return new Outcome.Scored(analyzer.analyze(doc));
    } catch (RuntimeException | StackOverflowError e) {
      // A defect must not cost the rest of the batch; it is reported with the article it hit.
      return new Outcome.Failed(new InputException(doc.origin(),
          "internal error while analysing (please report): " + e, e));
    } catch (OutOfMemoryError e) {
      // What this article allocated is garbage now, so the others can still be analysed.
      return new Outcome.Failed(new InputException(doc.origin(), String.format(Locale.ROOT,
          "not enough memory to analyse this article of %,d characters; give Java more (e.g."
              + " SLANT_JAVA_OPTS=-Xmx4g) or use fewer --threads", doc.text().length()), e));
    }
  }

  private static Outcome await(Future<Outcome> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis task failed", e.getCause());
    }
  }

  /** Counts outcomes on their way to the sink. */
  private static final class Tally implements Consumer<Outcome> {
    private final Consumer<Outcome> sink;
    private int scored;
    private final List<String> failures = new ArrayList<>();

    Tally(Consumer<Outcome> sink) {
      this.sink = sink;
    }

    @Override
    public void accept(Outcome o) {
      if (o instanceof Outcome.Failed f) {
        failures.add(f.error().describe());
      } else {
        scored++;
      }
      sink.accept(o);
    }

    Summary summary() {
      return new Summary(scored, failures.size(), Collections.unmodifiableList(failures));
    }
  }
}
