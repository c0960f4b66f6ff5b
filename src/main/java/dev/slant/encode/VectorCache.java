package dev.slant.encode;

import dev.slant.io.AtomicWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Sentence vectors kept in a file between runs, so that repeated training and evaluation on one
 * corpus encode each text once. The file, one per encoder version in the given folder, holds for
 * every text the SHA-256 of its UTF-8 bytes and its vector (little-endian floats); no text is
 * stored. A vector read back is the one the encoder computed, bit for bit, so a run that uses the
 * cache gives the same results as one that does not. An unreadable or foreign file is ignored and
 * rewritten.
 */
public final class VectorCache {

  private static final String MAGIC = "slant-vectors 1\n";
  private final SentenceEncoder encoder;
  private final Path file;

  private VectorCache(SentenceEncoder encoder, Path file) {
    this.encoder = encoder;
    this.file = file;
  }

  /** The cache of {@code encoder}'s vectors in folder {@code dir}. */
  public static VectorCache in(Path dir, SentenceEncoder encoder) {
    String tag = sha256(encoder.version().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    return new VectorCache(encoder, dir.resolve(encoder.name() + "-" + tag + ".vectors"));
  }

  public Path file() {
    return file;
  }

  /** As {@link SentenceEncoder#encodeAll(List, int)}, reading and adding to the cache file. */
  public synchronized List<float[]> encodeAll(List<String> texts, int threads) {
    Map<String, float[]> known = read();
    List<String> missing = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<String> keys = new ArrayList<>(texts.size());
    for (String t : texts) {
      String key = sha256(t.getBytes(StandardCharsets.UTF_8));
      keys.add(key);
      if (!known.containsKey(key) && seen.add(key)) {
        missing.add(t);
      }
    }
    if (!missing.isEmpty()) {
      List<float[]> fresh = encoder.encodeAll(missing, threads);
      for (int i = 0; i < missing.size(); i++) {
        known.put(sha256(missing.get(i).getBytes(StandardCharsets.UTF_8)), fresh.get(i));
      }
      write(known);
    }
    List<float[]> out = new ArrayList<>(texts.size());
    for (String k : keys) {
      out.add(known.get(k).clone());
    }
    return out;
  }

  private Map<String, float[]> read() {
    Map<String, float[]> out = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      byte[] magic = MAGIC.getBytes(StandardCharsets.US_ASCII);
      int dim = encoder.dimension();
      int record = 32 + 4 * dim;
      if (bytes.length < magic.length || !java.util.Arrays.equals(bytes, 0, magic.length, magic, 0,
          magic.length) || (bytes.length - magic.length) % record != 0) {
        return out;
      }
      ByteBuffer in = ByteBuffer.wrap(bytes, magic.length, bytes.length - magic.length)
          .order(ByteOrder.LITTLE_ENDIAN);
      byte[] key = new byte[32];
      while (in.hasRemaining()) {
        in.get(key);
        float[] v = new float[dim];
        in.asFloatBuffer().get(v);
        in.position(in.position() + 4 * dim);
        out.put(HexFormat.of().formatHex(key), v);
      }
      return out;
    } catch (IOException e) {
      return new HashMap<>();
    }
  }

  private void write(Map<String, float[]> all) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(MAGIC.getBytes(StandardCharsets.US_ASCII));
    ByteBuffer record = ByteBuffer.allocate(32 + 4 * encoder.dimension())
        .order(ByteOrder.LITTLE_ENDIAN);
    for (Map.Entry<String, float[]> e : new java.util.TreeMap<>(all).entrySet()) {
      record.clear();
      record.put(HexFormat.of().parseHex(e.getKey()));
      for (float x : e.getValue()) {
        record.putFloat(x);
      }
      bytes.write(record.array(), 0, record.position());
    }
    try {
      AtomicWriter.write(file, bytes.toByteArray());
    } catch (IOException e) {
      // A cache that cannot be written costs time on the next run, not correctness.
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
