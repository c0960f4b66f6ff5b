package dev.slant.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the readable files in a directory tree, sorted by their path below it so that every run
 * reads them in the same order. Symbolic links are followed, but a directory already visited
 * (through a loop or a second link) is not read again. Hidden files and folders (names starting
 * with a dot) and files with other extensions are passed over.
 */
final class Directories {

  /** A file to read, or a folder that could not be listed; {@code relative} uses '/' separators. */
  private record Found(String relative, Path path, FileKind kind, String problem) {}

  private Directories() {}

  static ItemCursor open(Path dir, String origin, ReadOptions options) {
    List<Found> found = new ArrayList<>();
    Set<Path> visited = new HashSet<>();
    try {
      visited.add(dir.toRealPath());
    } catch (IOException e) {
      return ItemCursor.of(Failures.io(dir, origin, e));
    }
    walk(dir, "", visited, found);
    found.sort(Comparator.comparing(Found::relative));
    if (found.isEmpty()) {
      found.add(new Found("", dir, null,
          "no articles here: the directory holds no " + FileKind.SUPPORTED + " files"));
    }
    List<Chain.Part> parts = new ArrayList<>();
    for (Found f : found) {
      String where = f.relative().isEmpty() ? origin : f.path().toString();
      parts.add(new Chain.Part(where, () -> f.problem() != null
          ? ItemCursor.of(Failures.of(where, f.problem()))
          : Inputs.openFile(f.kind(), new SourceFile(f.path(), where,
              FileKind.stem(f.relative()), outletOf(f.relative())), options)));
    }
    return new Chain(parts.iterator());
  }

  /** The first folder below the scanned directory names the outlet: {@code bbc/2024/a.txt}. */
  private static String outletOf(String relative) {
    int slash = relative.indexOf('/');
    return slash < 0 ? "" : relative.substring(0, slash);
  }

  private static void walk(Path dir, String prefix, Set<Path> visited, List<Found> out) {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      entries.forEach(children::add);
    } catch (IOException | RuntimeException e) {
      IOException io = e instanceof IOException x ? x : Failures.innermostIo(e);
      out.add(new Found(prefix, dir, null, "cannot list directory: "
          + (io == null ? e.toString() : Failures.describe(dir, io))));
      return;
    }
    for (Path child : children) {
      String name = child.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      String relative = prefix.isEmpty() ? name : prefix + "/" + name;
      if (Files.isDirectory(child)) {
        Path real;
        try {
          real = child.toRealPath();
        } catch (IOException e) {
          out.add(new Found(relative, child, null, "cannot read directory: "
              + Failures.describe(child, e)));
          continue;
        }
        if (visited.add(real)) {
          walk(child, relative, visited, out);
        }
      } else {
        FileKind.of(name, false).ifPresent(k -> out.add(Files.exists(child)
            && !Files.isRegularFile(child)
            // Opening a named pipe would wait for a writer forever; devices never end.
            ? new Found(relative, child, null,
                "not a regular file (a named pipe, socket or device); not read")
            : new Found(relative, child, k, null)));
      }
    }
  }
}
