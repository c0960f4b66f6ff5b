package dev.slant.encode;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/** Runs {@code body(0..n-1)} on the calling thread and {@code threads - 1} helpers. */
final class Parallel {

  private Parallel() {}

  static void forEach(int n, int threads, IntConsumer body) {
    int helpers = Math.min(threads, n) - 1;
    if (helpers <= 0) {
      for (int i = 0; i < n; i++) {
        body.accept(i);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable work = () -> {
      try {
        for (int i = next.getAndIncrement(); i < n && failure.get() == null;
            i = next.getAndIncrement()) {
          body.accept(i);
        }
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, e);
      }
    };
    Thread[] started = new Thread[helpers];
    for (int h = 0; h < helpers; h++) {
      started[h] = new Thread(work, "slant-encoder-" + h);
      started[h].setDaemon(true);
      started[h].start();
    }
    work.run();
    for (Thread t : started) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while encoding", e);
      }
    }
    Throwable f = failure.get();
    if (f instanceof RuntimeException r) {
      throw r;
    }
    if (f instanceof Error e) {
      throw e;
    }
  }
}
