package dev.slant.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a whole directory or nothing. Content goes into a hidden temporary directory beside the
 * target (same file system, so moves are renames); only when it is complete is it moved into
 * place. If writing fails the temporary directory is deleted and a previous report is untouched;
 * a process killed mid-write leaves only a hidden {@code .NAME.tmp-…} directory beside it.
 *
 * <p>Replacing an existing report is two renames (old out of the way, new in), then the old one
 * is deleted. To avoid destroying unrelated data, an existing target is replaced only if it is
 * empty or holds the given marker file.
 */
public final class AtomicDirectory {

  /** Writes the content of a directory. */
  @FunctionalInterface
  public interface Content {
    void writeInto(Path dir) throws IOException;
  }

  private AtomicDirectory() {}

  /**
   * @param marker a file name every directory written this way contains, e.g. {@code outlets.json}
   * @throws IOException if writing fails, or the target exists and is not a replaceable report
   */
  public static void write(Path target, String marker, Content content) throws IOException {
    Path out = target.toAbsolutePath().normalize();
    Path parent = out.getParent();
    if (parent == null) {
      throw new IOException("cannot write a report to the file-system root");
    }
    Files.createDirectories(parent);
    if (Files.exists(out) && !replaceable(out, marker)) {
      throw new IOException(target + " exists and is not a slant report (no " + marker
          + "); refusing to replace it");
    }
    String name = out.getFileName().toString();
    Path temp = Files.createTempDirectory(parent, "." + name + ".tmp-");
    try {
      if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
        // Temporary directories are private; a report is meant to be read and published.
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
      content.writeInto(temp);
      if (!Files.exists(temp.resolve(marker))) {
        throw new IllegalStateException("report content did not write " + marker);
      }
      if (Files.exists(out)) {
        Path old = Files.createTempDirectory(parent, "." + name + ".old-");
        Files.delete(old);
        Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
      } else {
        Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException | RuntimeException | Error e) {
      try {
        deleteTree(temp);
      } catch (IOException | UncheckedIOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  private static boolean replaceable(Path dir, String marker) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    if (Files.isRegularFile(dir.resolve(marker))) {
      return true;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    }
  }

  /**
   * Deletes a folder and everything in it, never following a symbolic link (a link is deleted,
   * not what it points to). Nothing to do if {@code root} does not exist.
   */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
