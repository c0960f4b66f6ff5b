package dev.slant.ingest;

import java.nio.file.Path;

/**
 * A file to read articles from.
 *
 * @param path where it is
 * @param origin how error messages name it: the path as the user gave it
 * @param idBase the default article id: the file name without extension, or the path below the
 *     scanned directory without extension; CSV and JSONL records add {@code :N}
 * @param folderOutlet the outlet implied by the folder the file was found in, or ""
 */
record SourceFile(Path path, String origin, String idBase, String folderOutlet) {}
