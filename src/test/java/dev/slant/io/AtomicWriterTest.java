package dev.slant.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files and folders written by {@link AtomicWriter} appear whole or not at all. */
class AtomicWriterTest {

  @TempDir Path root;

  private List<String> entries(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aFileIsReplacedWholeAndItsFolderCreated() throws IOException {
    Path model = root.resolve("models/sentence.model");
    AtomicWriter.write(model, "first version".getBytes());
    AtomicWriter.write(model, "second version".getBytes());
    assertEquals("second version", Files.readString(model));
    assertEquals(List.of("sentence.model"), entries(model.getParent()));
  }

  @Test
  void aFailedWriteKeepsThePreviousFileAndLeavesNoTemporaryFile() throws IOException {
    Path arff = root.resolve("loaded.arff");
    Files.writeString(arff, "@relation previous");
    IOException e = assertThrows(IOException.class, () -> AtomicWriter.write(arff, tmp -> {
      Files.writeString(tmp, "@relation half-writ");
      throw new IOException("disk full");
    }));
    assertEquals("disk full", e.getMessage());
    assertEquals("@relation previous", Files.readString(arff));
    assertEquals(List.of("loaded.arff"), entries(root));
  }

  @Test
  void aWrittenFileGetsOrdinaryPermissionsNotThoseOfATemporaryFile() throws IOException {
    Path out = root.resolve("annotations.jsonl");
    AtomicWriter.write(out, "{}\n".getBytes());
    if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
      Path ordinary = Files.createFile(root.resolve("ordinary.txt"));
      Set<PosixFilePermission> expected = Files.getPosixFilePermissions(ordinary);
      assertEquals(expected, Files.getPosixFilePermissions(out));
    }
  }

  @Test
  void aStreamedFileAppearsOnlyWhenCommitted() throws IOException {
    Path out = root.resolve("scores.jsonl");
    Files.writeString(out, "old run\n");
    try (AtomicWriter.Output file = AtomicWriter.open(out)) {
      file.writer().write("{\"id\":\"a1\"}\n");
      file.writer().flush();
      assertEquals("old run\n", Files.readString(out), "not in place before commit");
      file.commit();
    }
    assertEquals("{\"id\":\"a1\"}\n", Files.readString(out));
    assertEquals(List.of("scores.jsonl"), entries(root));
  }

  @Test
  void aStreamedFileClosedWithoutCommitLeavesTheTargetAndNoTemporaryFile() throws IOException {
    Path out = root.resolve("scores.jsonl");
    Files.writeString(out, "old run\n");
    try (AtomicWriter.Output file = AtomicWriter.open(out)) {
      file.writer().write("half an article");
    }
    assertEquals("old run\n", Files.readString(out));
    assertEquals(List.of("scores.jsonl"), entries(root));
  }

  @Test
  void aStreamedFileRefusesAFolderAsItsTarget() throws IOException {
    Path dir = Files.createDirectories(root.resolve("reports"));
    IOException e = assertThrows(IOException.class, () -> AtomicWriter.open(dir));
    assertEquals("it is a directory; --out needs a file name", e.getMessage());
    assertEquals(List.of(), entries(dir));
  }

  @Test
  void aFolderIsWrittenIntoAnEmptyOrMissingDirectory() throws IOException {
    Path empty = Files.createDirectories(root.resolve("empty"));
    AtomicWriter.writeDirectory(empty, "m", dir -> Files.writeString(dir.resolve("m"), "1"));
    AtomicWriter.writeDirectory(root.resolve("new/nested"), "m",
        dir -> Files.writeString(dir.resolve("m"), "2"));
    assertEquals("1", Files.readString(empty.resolve("m")));
    assertEquals("2", Files.readString(root.resolve("new/nested/m")));
  }

  @Test
  void aFolderWithoutItsMarkerIsNeverWritten() throws IOException {
    Path out = root.resolve("report");
    assertThrows(IllegalStateException.class, () -> AtomicWriter.writeDirectory(out, "m",
        dir -> Files.writeString(dir.resolve("other"), "x")));
    assertEquals(List.of(), entries(root));
  }

  @Test
  void deletingATreeRemovesALinkButNeverWhatItPointsTo() throws IOException {
    Path keep = Files.createDirectories(root.resolve("keep"));
    Files.writeString(keep.resolve("notes.txt"), "keep me");
    Path tree = Files.createDirectories(root.resolve("job/articles"));
    Files.writeString(tree.resolve("a1.html"), "<p>page</p>");
    Files.createSymbolicLink(tree.resolve("to-folder"), keep);
    Files.createSymbolicLink(tree.resolve("to-file"), keep.resolve("notes.txt"));
    AtomicWriter.deleteTree(root.resolve("job"));
    assertFalse(Files.exists(root.resolve("job"), LinkOption.NOFOLLOW_LINKS));
    assertEquals("keep me", Files.readString(keep.resolve("notes.txt")));
    assertEquals(List.of("keep"), entries(root));
  }

  @Test
  void deletingATreeThatIsItselfALinkRemovesOnlyTheLink() throws IOException {
    Path keep = Files.createDirectories(root.resolve("keep"));
    Files.writeString(keep.resolve("notes.txt"), "keep me");
    Path link = Files.createSymbolicLink(root.resolve("job"), keep);
    AtomicWriter.deleteTree(link);
    assertFalse(Files.exists(link, LinkOption.NOFOLLOW_LINKS));
    assertEquals("keep me", Files.readString(keep.resolve("notes.txt")));
  }

  @Test
  void deletingAMissingTreeIsNothingToDo() throws IOException {
    AtomicWriter.deleteTree(root.resolve("never-written"));
    assertEquals(List.of(), entries(root));
  }
}
