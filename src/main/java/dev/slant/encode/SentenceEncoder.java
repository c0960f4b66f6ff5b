package dev.slant.encode;

import java.util.List;

/**
 * Turns sentences into fixed-length, L2-normalised vectors. Implementations load their model once
 * and are safe to share between threads.
 *
 * <p>A sentence's vector depends on that sentence only: {@link #encodeAll} gives, for every
 * sentence, the vector {@link #encode} gives it alone, whatever else is in the list and however
 * the work is split into batches or threads.
 */
public interface SentenceEncoder {

  /** A short name for reports and manifests, e.g. {@code e5-small-v2-q}. */
  String name();

  /**
   * Where the model comes from and which exact file it is: artifact, version and the SHA-256 of
   * the model file, recorded in model manifests and reports.
   */
  String version();

  /** Length of every vector. */
  int dimension();

  /** The wordpieces the encoder would read for this sentence, without special tokens. */
  int wordpieces(String sentence);

  /** The sentence's unit-length vector (the zero vector for a sentence with no wordpieces). */
  float[] encode(String sentence);

  /** One vector per sentence, in order, computed on the calling thread. */
  default List<float[]> encodeAll(List<String> sentences) {
    return encodeAll(sentences, 1);
  }

  /**
   * One vector per sentence, in order: the sentences' windows are ordered by length and run on
   * the calling thread and {@code threads - 1} more.
   */
  List<float[]> encodeAll(List<String> sentences, int threads);
}
