package dev.slant.train;

import dev.slant.core.InputException;
import dev.slant.detect.ml.Task;
import java.nio.file.Path;
import java.util.List;

/** Reads labelled examples for a task from one file or directory given with {@code --data}. */
interface CorpusReader {

  /**
   * @param notes receives remarks for the user (rows dropped, words not found), one line each
   */
  List<Example> read(Path path, Task task, List<String> notes) throws InputException;
}
