package dev.slant.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A map from keys to computed values that holds at most twice {@code generation} entries, keeping
 * the ones in use: new entries go to the young generation; when it is full it becomes the old one
 * (the previous old one is dropped) and a new young one starts; an entry found in the old
 * generation moves back into the young one. Frequent keys (the common words of running text) so
 * stay, rare ones age out, and memory does not grow with the corpus. Not thread-safe.
 */
final class BoundedCache<K, V> {

  private final int generation;
  private final Function<K, V> compute;
  private Map<K, V> young;
  private Map<K, V> old = Map.of();
  private long lookups;
  private long misses;

  BoundedCache(int generation, Function<K, V> compute) {
    if (generation < 1) {
      throw new IllegalArgumentException("generation size must be positive, got " + generation);
    }
    this.generation = generation;
    this.compute = compute;
    this.young = newGeneration();
  }

  V get(K key) {
    lookups++;
    V v = young.get(key);
    if (v != null) {
      return v;
    }
    v = old.get(key);
    if (v == null) {
      misses++;
      v = compute.apply(key);
    }
    if (young.size() >= generation) {
      old = young;
      young = newGeneration();
    }
    young.put(key, v);
    return v;
  }

  /** Lookups so far. */
  long lookups() {
    return lookups;
  }

  /** Lookups that computed their value. */
  long misses() {
    return misses;
  }

  private Map<K, V> newGeneration() {
    return new HashMap<>(Math.min(generation, 1 << 14) * 2);
  }
}
