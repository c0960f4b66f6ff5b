package dev.slant.ingest;

import dev.slant.core.InputException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** Turns I/O problems into failures a user can act on. */
final class Failures {

  private static final String LOOP = "symbolic link loop (the link leads back to itself)";
  private static final String LOOP_REASON = "Too many levels of symbolic links";

  private Failures() {}

  static Item.Failure of(String origin, String message) {
    return new Item.Failure(new InputException(origin, message));
  }

  /** A failure for an I/O error while reading {@code path}; {@code origin} names the place. */
  static Item.Failure io(Path path, String origin, IOException e) {
    if (e instanceof TextFormatException t) {
      return new Item.Failure(new InputException(
          t.line() > 0 ? origin + ":" + t.line() : origin, t.getMessage(), t));
    }
    return new Item.Failure(new InputException(origin, describe(path, e), e));
  }

  static String describe(Path path, IOException e) {
    if (e instanceof Limits.TooLarge || e instanceof TextFormatException) {
      return e.getMessage();
    }
    if (e instanceof NoSuchFileException) {
      return path != null && Files.isSymbolicLink(path)
          ? unfollowableLink(path)
          : "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      // The reason without the path, which the origin already names.
      return f.getReason().startsWith(LOOP_REASON) ? LOOP : "cannot read: " + f.getReason();
    }
    String m = e.getMessage();
    return "cannot read: " + (m == null ? e.getClass().getSimpleName() : m);
  }

  /**
   * Why a symbolic link cannot be followed: its target does not exist, or it leads back to
   * itself (the operating system gives up after too many levels).
   */
  static String unfollowableLink(Path link) {
    try {
      link.toRealPath();
      return "cannot follow symbolic link";
    } catch (NoSuchFileException e) {
      return "broken symbolic link (its target does not exist)";
    } catch (IOException e) {
      // Resolving the link failed for another reason than a missing target: a loop.
      return LOOP;
    }
  }

  /**
   * The innermost I/O error inside an unchecked wrapper (Commons CSV and iterators wrap them), or
   * null if there is none: the innermost one is the most specific, e.g. a decoding error under a
   * parser's "error reading next record".
   */
  static IOException innermostIo(Throwable e) {
    IOException found = null;
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof IOException io) {
        found = io;
      }
    }
    return found;
  }
}
