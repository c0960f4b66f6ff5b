package dev.slant.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Files and folders that appear complete or not at all. Content is written under a hidden
 * temporary name beside the target (same file system, so the final move is a rename) and moved
 * into place only when it is complete; a run that fails or is killed halfway leaves the previous
 * file or folder intact and at most a hidden {@code .NAME.….tmp} beside it. Temporary files get
 * ordinary permissions, not the owner-only ones of {@link Files#createTempFile}.
 *
 * <ul>
 *   <li>{@link #write(Path, byte[])} and {@link #write(Path, FileContent)}: a file written in one
 *       go (models, ARFF exports, annotations);
 *   <li>{@link #open(Path)}: a file written as a stream and committed at the end ({@code score
 *       --out});
 *   <li>{@link #writeDirectory(Path, String, DirectoryContent)}: a whole folder ({@code compare}'s
 *       report);
 *   <li>{@link #deleteTree(Path)}: deletes a folder without ever following a symbolic link.
 * </ul>
 */
public final class AtomicWriter {

  /** Writes a file's content to the given temporary path. */
  @FunctionalInterface
  public interface FileContent {
    void writeTo(Path tmp) throws IOException;
  }

  /** Writes the content of a folder into the given temporary folder. */
  @FunctionalInterface
  public interface DirectoryContent {
    void writeInto(Path dir) throws IOException;
  }

  private AtomicWriter() {}

  /** Writes {@code bytes} to {@code target}, creating its folder if needed. */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, tmp -> {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        out.write(bytes);
      }
    });
  }

  /** Lets {@code content} write a temporary file, then moves it over {@code target}. */
  public static void write(Path target, FileContent content) throws IOException {
    Path out = target.toAbsolutePath();
    Files.createDirectories(out.getParent());
    Path tmp = createTempFile(out);
    try {
      content.writeTo(tmp);
      moveIntoPlace(tmp, out);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * A UTF-8 text file written as a stream: nothing appears at {@code target} until {@link
   * Output#commit()}; closing without committing removes the temporary file.
   *
   * @throws IOException if the temporary file cannot be created, or {@code target} is a folder
   *     (checked first, since moving a file onto an empty folder would replace it)
   */
  public static Output open(Path target) throws IOException {
    Path out = target.toAbsolutePath();
    if (Files.isDirectory(out)) {
      throw new IOException("it is a directory; --out needs a file name");
    }
    return new Output(out, createTempFile(out));
  }

  /** A file being written by {@link #open(Path)}. */
  public static final class Output implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final Writer writer;
    private boolean committed;

    private Output(Path target, Path temp) throws IOException {
      this.target = target;
      this.temp = temp;
      this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp),
          StandardCharsets.UTF_8));
    }

    public Writer writer() {
      return writer;
    }

    /** Finishes writing and puts the file in place. */
    public void commit() throws IOException {
      writer.close();
      moveIntoPlace(temp, target);
      committed = true;
    }

    /** Without a {@link #commit()}: discards the temporary file; the target is untouched. */
    @Override
    public void close() {
      if (!committed) {
        try {
          writer.close();
        } catch (IOException ignored) {
          // the file is being discarded
        }
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // nothing more can be done; it is a hidden .tmp file
        }
      }
    }
  }

  /**
   * Writes a whole folder or nothing. Replacing an existing folder is two renames (old out of the
   * way, new in), then the old one is deleted. To avoid destroying unrelated data, an existing
   * target is replaced only if it is empty or holds the marker file.
   *
   * @param marker a file name every folder written this way contains, e.g. {@code outlets.json};
   *     {@code content} must write it
   * @throws IOException if writing fails, or the target exists and is not a replaceable folder
   */
  public static void writeDirectory(Path target, String marker, DirectoryContent content)
      throws IOException {
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

  /** A new, empty hidden file beside {@code target} (an absolute path). */
  private static Path createTempFile(Path target) throws IOException {
    Path dir = target.getParent();
    for (int attempt = 0; ; attempt++) {
      Path candidate = dir.resolve("." + target.getFileName() + "."
          + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
      try {
        return Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 10) {
          throw e;
        }
      }
    }
  }

  /** Moves a finished temporary file over the target, atomically where the file system can. */
  private static void moveIntoPlace(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
