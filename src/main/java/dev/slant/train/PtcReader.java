package dev.slant.train;

import dev.slant.core.InputException;
import dev.slant.core.Span;
import dev.slant.detect.ml.Task;
import dev.slant.evaluate.PtcArticle;
import dev.slant.evaluate.PtcCorpus;
import dev.slant.evaluate.PtcLabel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Propaganda Techniques Corpus (SemEval-2020 Task 11) training articles as examples for the
 * loaded task: the {@code Loaded_Language} spans are positive. {@code --data} names the corpus
 * folder (or its {@code datasets} folder). Each article is one example and its own group. Reading,
 * BOM handling and the code-point-to-UTF-16 offset conversion are {@link PtcCorpus}'s, shared with
 * {@code slant check --ptc}.
 */
final class PtcReader implements CorpusReader {

  static final String LOADED_LANGUAGE = "Loaded_Language";

  @Override
  public List<Example> read(Path path, Task task, List<String> notes) throws InputException {
    if (task != Task.LOADED) {
      throw new InputException(path.toString(), "PTC is read for the loaded task only"
          + " (its Loaded_Language spans)");
    }
    List<Example> out = new ArrayList<>();
    for (PtcArticle article : PtcCorpus.open(path).readAll()) {
      List<Span> spans = new ArrayList<>();
      for (PtcLabel label : article.labels()) {
        if (label.technique().equals(LOADED_LANGUAGE)) {
          spans.add(article.toSlant(label));
        }
      }
      spans.sort(null);
      out.add(new Example(article.id(), article.id(), "", article.text(), !spans.isEmpty(), spans,
          article.origin()));
    }
    if (out.isEmpty()) {
      throw new InputException(path.toString(), "no article*.txt files");
    }
    return out;
  }
}
