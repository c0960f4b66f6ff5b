package dev.slant.train;

import dev.slant.core.InputException;
import dev.slant.detect.ml.ModelManifest;
import dev.slant.detect.ml.ModelStore;
import dev.slant.detect.ml.Task;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Reads the {@code --data} inputs of a task in a format, and checks they carry its labels. */
public final class Corpora {

  /** The techniques whose PTC spans the loaded task learns unless told otherwise. */
  public static final Set<String> DEFAULT_PTC_TECHNIQUES = Set.of(PtcReader.LOADED_LANGUAGE);

  private Corpora() {}

  /** Reads the data; PTC's positive spans are its {@code Loaded_Language} ones. */
  public static Corpus read(CorpusFormat format, Task task, List<Path> paths)
      throws InputException {
    return read(format, task, paths, DEFAULT_PTC_TECHNIQUES);
  }

  /**
   * Reads the data.
   *
   * @param ptcTechniques with {@link CorpusFormat#PTC}, the techniques whose spans are positive;
   *     empty for every technique
   */
  public static Corpus read(CorpusFormat format, Task task, List<Path> paths,
      Set<String> ptcTechniques) throws InputException {
    if (paths.isEmpty()) {
      throw new InputException("--data", "no data given");
    }
    CorpusReader reader = format.reader(ptcTechniques);
    List<Example> examples = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<ModelManifest.DataFile> files = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new InputException(p.toString(), "no such file or directory");
      }
      examples.addAll(reader.read(p, task, notes));
      files.add(new ModelManifest.DataFile(String.valueOf(p.getFileName()), format.id(),
          sha256(p)));
    }
    for (Example e : examples) {
      if (task.tokenLevel() && e.spans() == null) {
        throw new InputException(e.origin(), "no \"spans\": the " + task.id()
            + " task needs span annotations on every example");
      }
      if (!task.tokenLevel() && e.label() == null) {
        throw new InputException(e.origin(), "no \"label\": the sentence task needs one on"
            + " every example");
      }
    }
    if (examples.isEmpty()) {
      throw new InputException(paths.get(0).toString(), "no examples");
    }
    return new Corpus(examples, notes, files);
  }

  /**
   * SHA-256 of a file's bytes, or of a directory's regular files (relative path and content hash
   * of each, in path order).
   */
  public static String sha256(Path p) throws InputException {
    try {
      if (!Files.isDirectory(p)) {
        return ModelStore.sha256(Files.readAllBytes(p));
      }
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      List<Path> all;
      try (Stream<Path> s = Files.walk(p)) {
        all = s.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : all) {
        md.update(p.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(ModelStore.sha256(Files.readAllBytes(f)).getBytes(StandardCharsets.US_ASCII));
        md.update((byte) '\n');
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new InputException(p.toString(), "cannot read: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
