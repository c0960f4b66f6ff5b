package dev.slant.train;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Document;
import dev.slant.core.Finding;
import dev.slant.detect.Detector;
import dev.slant.detect.Detectors;
import dev.slant.nlp.Annotator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * A corpus annotated once (sentences, tokens, POS, lemmas if asked) with the rule detectors'
 * findings, so that cross-validation folds only re-fit models, never re-annotate.
 */
public final class AnnotatedCorpus {

  /** One example with its annotation and findings. */
  public record Item(Example example, AnnotatedDocument doc, List<Finding> findings) {}

  private final Corpus corpus;
  private final List<Item> items;

  private AnnotatedCorpus(Corpus corpus, List<Item> items) {
    this.corpus = corpus;
    this.items = List.copyOf(items);
  }

  /** Annotates on {@code threads} threads; the result is in corpus order whatever the threads. */
  public static AnnotatedCorpus annotate(Corpus corpus, Annotator annotator,
      List<? extends Detector> detectors, int threads) {
    List<Detector> ds = List.copyOf(detectors);
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
    try {
      List<Item> items = pool.submit(() -> corpus.examples().parallelStream()
          .map(e -> item(e, annotator, ds)).toList()).get();
      return new AnnotatedCorpus(corpus, new ArrayList<>(items));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("annotation failed", e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  private static Item item(Example e, Annotator annotator, List<Detector> detectors) {
    AnnotatedDocument doc = annotator.annotate(
        new Document(e.id(), e.outlet(), "", "", "", e.text(), e.origin()));
    return new Item(e, doc, Detectors.detectAll(detectors, doc));
  }

  public Corpus corpus() {
    return corpus;
  }

  public List<Item> items() {
    return items;
  }

  public int size() {
    return items.size();
  }
}
