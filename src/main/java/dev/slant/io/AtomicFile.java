package dev.slant.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files that appear complete or not at all: content is written under a hidden temporary name
 * beside the target and then moved over it, so a run killed halfway leaves the previous file
 * intact. Used for models, ARFF exports and report files.
 */
public final class AtomicFile {

  /** Writes the content to the given temporary path. */
  public interface Content {
    void writeTo(Path tmp) throws IOException;
  }

  private AtomicFile() {}

  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, tmp -> {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        out.write(bytes);
      }
    });
  }

  public static void write(Path target, Content content) throws IOException {
    Path tmp = createTemp(target);
    try {
      content.writeTo(tmp);
      moveIntoPlace(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** A new, empty hidden file beside {@code target}, with ordinary permissions. */
  public static Path createTemp(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // Not Files.createTempFile: its owner-only permissions would stay with the moved file.
    return Files.createFile(dir.resolve("." + target.getFileName() + "."
        + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp"));
  }

  /** Moves a finished temporary file over the target, atomically where the file system can. */
  public static void moveIntoPlace(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
