package dev.slant.encode;

import java.util.List;

/**
 * The sentence encoders slant knows, each loaded once per JVM on first use (a holder class), so a
 * command that never asks for one never loads ONNX Runtime or the model.
 */
public final class Encoders {

  /** The int8 e5-small-v2 encoder; see {@link E5Encoder}. */
  public static final String E5_SMALL_V2_Q = "e5-small-v2-q";

  private Encoders() {}

  /** The encoder names {@link #get} accepts. */
  public static List<String> names() {
    return List.of(E5_SMALL_V2_Q);
  }

  /** Length of the named encoder's vectors, known without loading it. */
  public static int dimension(String name) throws EncoderException {
    if (!E5_SMALL_V2_Q.equals(name)) {
      throw new EncoderException("unknown sentence encoder '" + name + "' (known: "
          + String.join(", ", names()) + ")");
    }
    return E5Encoder.DIMENSION;
  }

  private static final class E5 {
    static final SentenceEncoder ENCODER;
    static final EncoderException FAILURE;

    static {
      SentenceEncoder e = null;
      EncoderException f = null;
      try {
        e = new E5Encoder(1);
      } catch (EncoderException x) {
        f = x;
      }
      ENCODER = e;
      FAILURE = f;
    }
  }

  /**
   * The shared encoder of this name, loaded on first use. Its ONNX Runtime calls use one thread
   * each: callers run in parallel ({@link SentenceEncoder#encodeAll(List, int)}, or several
   * articles at once).
   *
   * @throws EncoderException if the name is unknown or the model or its native libraries cannot
   *     be loaded
   */
  public static SentenceEncoder get(String name) throws EncoderException {
    if (!E5_SMALL_V2_Q.equals(name)) {
      throw new EncoderException("unknown sentence encoder '" + name + "' (known: "
          + String.join(", ", names()) + ")");
    }
    if (E5.FAILURE != null) {
      throw new EncoderException(E5.FAILURE.getMessage(), E5.FAILURE);
    }
    return E5.ENCODER;
  }
}
