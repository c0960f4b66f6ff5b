package dev.slant.ingest;

import dev.slant.core.Document;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

/** A plain-text file is one article; its id is the file name without extension. */
final class TextFiles {

  private TextFiles() {}

  static Item read(SourceFile file, ReadOptions options) {
    try {
      String text = readBounded(file, Limits.maxTextBytes(options), options);
      return Articles.check(new Document(file.idBase(), file.folderOutlet(), "", "", "", text,
          file.origin()), options, "file");
    } catch (IOException e) {
      return Failures.io(file.path(), file.origin(), e);
    }
  }

  /** The decoded file, refused unread if it has more bytes than {@code maxBytes}. */
  static String readBounded(SourceFile file, long maxBytes, ReadOptions options)
      throws IOException {
    long size = Files.size(file.path());
    if (size > maxBytes) {
      throw new Limits.TooLarge(Limits.tooManyBytes("file is", size, options));
    }
    // Bounded again while reading: the size of a pipe or device is not known in advance.
    try (InputStream in = Limits.bounded(Files.newInputStream(file.path()), maxBytes, options,
        true)) {
      return DecodingReader.readAll(in);
    }
  }
}
