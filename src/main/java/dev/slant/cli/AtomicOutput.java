package dev.slant.cli;

import dev.slant.io.AtomicFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An output file that appears complete or not at all: it is written to a temporary file in the
 * same directory and moved over the target on {@link #commit()}. Closing without committing
 * removes the temporary file and leaves any existing target untouched.
 */
final class AtomicOutput implements AutoCloseable {

  private final Path target;
  private final Path temp;
  private final Writer writer;
  private boolean committed;

  AtomicOutput(Path target) throws IOException {
    this.target = target.toAbsolutePath();
    if (Files.isDirectory(this.target)) {
      // Checked before anything is analysed; a move onto an empty directory would replace it.
      throw new IOException("it is a directory; --out needs a file name");
    }
    Path dir = this.target.getParent();
    Path temp = null;
    for (int attempt = 0; temp == null; attempt++) {
      Path candidate = dir.resolve("." + this.target.getFileName() + "."
          + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
      try {
        // createFile, not createTempFile: the result gets the usual permissions, not 0600.
        temp = Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 10) {
          throw e;
        }
      }
    }
    this.temp = temp;
    this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp),
        StandardCharsets.UTF_8));
  }

  Writer writer() {
    return writer;
  }

  /** Finishes writing and puts the file in place. */
  void commit() throws IOException {
    writer.close();
    AtomicFile.moveIntoPlace(temp, target);
    committed = true;
  }

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
