package dev.slant.detect.ml;

import dev.slant.io.AtomicWriter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.slant.core.InputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import weka.classifiers.Classifier;

/**
 * Reads and writes model files. A model file is a small text header, a JSON manifest and the
 * Java-serialised Weka classifier:
 *
 * <pre>
 * SLANT-MODEL 1
 * manifest &lt;bytes&gt;
 * { ...JSON manifest... }
 * payload &lt;bytes&gt;
 * &lt;gzip of the serialised classifier&gt;
 * </pre>
 *
 * <p>The header and manifest are readable with {@code head}. Loading checks the header, lengths,
 * the manifest, and the payload's SHA-256 against the manifest before deserialising anything, and
 * then deserialises only through {@link ModelObjectFilter}. Writing goes to a temporary file that
 * is moved into place, so a crash never leaves a half-written model under the final name.
 */
public final class ModelStore {

  static final String MAGIC = "SLANT-MODEL";
  static final int FORMAT = 1;
  private static final int MAX_MANIFEST_BYTES = 64 << 20;
  /** Decompressed payload limit, against a small file that inflates to exhaust memory. */
  static final long MAX_PAYLOAD_BYTES = 1L << 30;
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ModelStore() {}

  /** Loads and checks a model file, whatever its task. */
  public static TrainedModel load(Path file) throws InputException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read model: " + e.getMessage(), e);
    }
    return read(file.toString(), bytes);
  }

  /**
   * The models bundled in the jar, by the name {@code --model} accepts: the file name under
   * {@code models/} without {@code .model}.
   */
  public static final List<String> BUNDLED = List.of("sentence-babe", "sentence-encoder",
      "loaded-babe", "hedge-szeged", "judge-realnews");

  /**
   * Loads a model file, or the bundled model of that name ({@link #BUNDLED}) when {@code path}
   * is one of those names and no such file exists.
   */
  public static TrainedModel loadFileOrBundled(Path path) throws InputException {
    String name = path.toString();
    if (BUNDLED.contains(name) && !Files.exists(path)) {
      return bundled(name + ".model");
    }
    return load(path);
  }

  /** Loads a model bundled in the jar under {@code models/}, whatever its task. */
  public static TrainedModel bundled(String name) throws InputException {
    String resource = "models/" + name;
    try (InputStream in = ModelStore.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new InputException(resource, "bundled model not found (broken installation)");
      }
      return read(resource, in.readAllBytes());
    } catch (IOException e) {
      throw new InputException(resource, "cannot read: " + e.getMessage(), e);
    }
  }

  /** Loads a model file and checks that it predicts {@code task}. */
  public static TrainedModel load(Path file, Task task) throws InputException {
    return expect(load(file), task);
  }

  /** Loads a model bundled in the jar under {@code models/}, e.g. {@code sentence-babe.model}. */
  public static TrainedModel bundled(String name, Task task) throws InputException {
    return expect(bundled(name), task);
  }

  private static TrainedModel expect(TrainedModel model, Task task) throws InputException {
    if (model.task() != task) {
      throw new InputException(model.origin(), "this is a model for the " + model.task().id()
          + " task, not the " + task.id() + " task");
    }
    return model;
  }

  static TrainedModel read(String origin, byte[] bytes) throws InputException {
    Cursor in = new Cursor(origin, bytes);
    String magic = in.line();
    if (!magic.equals(MAGIC + " " + FORMAT)) {
      if (magic.startsWith(MAGIC + " ")) {
        throw new InputException(origin, "model container format '" + magic.substring(12)
            + "' is not supported by this slant (it reads format " + FORMAT + ")");
      }
      throw new InputException(origin, "not a slant model file (no '" + MAGIC + "' header)");
    }
    int manifestLength = (int) in.length("manifest", MAX_MANIFEST_BYTES);
    byte[] manifestBytes = in.bytes(manifestLength);
    in.expectNewline();
    long payloadLength = in.length("payload", Integer.MAX_VALUE);
    byte[] payload = in.bytes((int) payloadLength);
    if (!in.atEnd()) {
      throw new InputException(origin, "unexpected bytes after the payload");
    }
    ModelManifest manifest;
    try {
      manifest = JSON.readValue(manifestBytes, ModelManifest.class);
    } catch (IOException e) {
      throw new InputException(origin, "unreadable model manifest: " + e.getMessage(), e);
    }
    checkManifest(origin, manifest);
    if (!sha256(payload).equals(manifest.payloadSha256())) {
      throw new InputException(origin, "model payload does not match its manifest checksum"
          + " (corrupted or modified file)");
    }
    Classifier probe = deserialise(origin, payload);
    return new TrainedModel(origin, manifest, payload, probe);
  }

  private static void checkManifest(String origin, ModelManifest m) throws InputException {
    if (m.format() != FORMAT) {
      throw new InputException(origin, "manifest format " + m.format() + " is not supported");
    }
    if (Task.fromId(String.valueOf(m.task())).isEmpty()) {
      throw new InputException(origin, "unknown task '" + m.task() + "' in model manifest");
    }
    if (m.features() == null || m.attributes() == null || m.payloadSha256() == null
        || m.classValues() == null || m.lexicons() == null || m.detectors() == null
        || (m.features().encoder() != null && m.encoder() == null)) {
      throw new InputException(origin, "incomplete model manifest");
    }
    if (m.features().encoder() != null && !Task.SENTENCE.id().equals(m.task())) {
      throw new InputException(origin, "a sentence encoder in a model for the " + m.task()
          + " task");
    }
    if (!FeatureSpace.of(Task.fromId(m.task()).orElseThrow(), m.attributes()).sha256()
        .equals(m.attributesSha256())) {
      throw new InputException(origin, "model attribute list does not match its checksum");
    }
    if (!m.classValues().equals(Task.fromId(m.task()).orElseThrow().classValues())) {
      throw new InputException(origin, "model class values " + m.classValues()
          + " do not match the " + m.task() + " task");
    }
  }

  /** Deserialises a payload through the allowlist filter. */
  static Classifier deserialise(String origin, byte[] payload) throws InputException {
    ModelObjectFilter filter = new ModelObjectFilter(MAX_PAYLOAD_BYTES);
    try (ObjectInputStream in = new ObjectInputStream(new java.io.BufferedInputStream(
        new java.util.zip.GZIPInputStream(new ByteArrayInputStream(payload))))) {
      in.setObjectInputFilter(filter);
      Object o = in.readObject();
      if (in.read() != -1) {
        throw new InputException(origin, "unexpected data after the serialised classifier");
      }
      if (!(o instanceof Classifier c)) {
        throw new InputException(origin, "model payload is a " + o.getClass().getName()
            + ", not a Weka classifier");
      }
      return c;
    } catch (InvalidClassException e) {
      String why = filter.rejected() != null ? filter.rejected() : e.getMessage();
      throw new InputException(origin, "refusing to load model: " + why, e);
    } catch (StackOverflowError e) {
      throw new InputException(origin, "refusing to load model: object graph too deep");
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      if (filter.rejected() != null) {
        throw new InputException(origin, "refusing to load model: " + filter.rejected(), e);
      }
      throw new InputException(origin, "corrupt model payload: " + e, e);
    }
  }

  /**
   * Serialises and compresses a classifier to the payload bytes of a model file. (Java's gzip
   * header carries no time stamp, so equal classifiers give equal bytes.)
   */
  public static byte[] serialise(Classifier classifier) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(
        new java.util.zip.GZIPOutputStream(bytes))) {
      out.writeObject(classifier);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise " + classifier.getClass().getName(), e);
    }
    return bytes.toByteArray();
  }

  /**
   * The bytes of a model file. The manifest's payload checksum is filled in here.
   */
  public static byte[] encode(ModelManifest manifest, byte[] payload) {
    ModelManifest sealed = manifest.withPayloadSha256(sha256(payload));
    byte[] json;
    try {
      json = JSON.writeValueAsBytes(sealed);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + payload.length + 64);
    out.writeBytes((MAGIC + " " + FORMAT + "\nmanifest " + json.length + "\n")
        .getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(json);
    out.writeBytes(("\npayload " + payload.length + "\n").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(payload);
    return out.toByteArray();
  }

  /** Writes a model file atomically: to a temporary file beside {@code target}, then moved. */
  public static void write(ModelManifest manifest, Classifier classifier, Path target)
      throws IOException {
    byte[] bytes = encode(manifest, serialise(classifier));
    AtomicWriter.write(target, bytes);
  }

  /** The manifest as the JSON text stored in model files. */
  public static String toJson(ModelManifest manifest) {
    try {
      return JSON.writeValueAsString(manifest);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads the header lines and sections of a model file, failing clearly on truncation. */
  private static final class Cursor {
    private final String origin;
    private final byte[] bytes;
    private int pos;

    Cursor(String origin, byte[] bytes) {
      this.origin = origin;
      this.bytes = bytes;
    }

    String line() throws InputException {
      int start = pos;
      while (pos < bytes.length && bytes[pos] != '\n' && pos - start < 64) {
        pos++;
      }
      if (pos >= bytes.length || bytes[pos] != '\n') {
        throw new InputException(origin, bytes.length == 0 ? "empty model file"
            : start == 0 ? "not a slant model file (no '" + MAGIC + "' header)"
            : "truncated model file");
      }
      String s = new String(bytes, start, pos - start, StandardCharsets.US_ASCII);
      pos++;
      return s;
    }

    long length(String section, long max) throws InputException {
      String line = line();
      if (!line.startsWith(section + " ")) {
        throw new InputException(origin, "malformed model file: expected '" + section + " <bytes>'");
      }
      try {
        long n = Long.parseLong(line.substring(section.length() + 1));
        if (n < 0 || n > max) {
          throw new InputException(origin, "malformed model file: " + section + " size " + n);
        }
        return n;
      } catch (NumberFormatException e) {
        throw new InputException(origin, "malformed model file: bad " + section + " size");
      }
    }

    byte[] bytes(int n) throws InputException {
      if (bytes.length - pos < n) {
        throw new InputException(origin, "truncated model file (" + bytes.length
            + " bytes; the header promises more)");
      }
      byte[] out = java.util.Arrays.copyOfRange(bytes, pos, pos + n);
      pos += n;
      return out;
    }

    void expectNewline() throws InputException {
      if (pos >= bytes.length) {
        throw new InputException(origin, "truncated model file");
      }
      if (bytes[pos++] != '\n') {
        throw new InputException(origin, "malformed model file after the manifest");
      }
    }

    boolean atEnd() {
      return pos == bytes.length;
    }
  }
}
