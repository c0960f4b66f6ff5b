package dev.slant.train;

import dev.slant.detect.ml.ModelManifest;
import java.util.List;

/**
 * Examples read from one or more files, with what the reader noticed on the way (dropped rows,
 * words it could not place) and the files' content hashes for model manifests.
 */
public record Corpus(List<Example> examples, List<String> notes,
    List<ModelManifest.DataFile> files) {

  public Corpus {
    examples = List.copyOf(examples);
    notes = List.copyOf(notes);
    files = List.copyOf(files);
  }
}
