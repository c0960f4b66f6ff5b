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
import java.util.Set;
import java.util.TreeSet;

/**
 * The Propaganda Techniques Corpus (SemEval-2020 Task 11) training articles as examples for the
 * loaded task: the spans of the chosen techniques are positive, {@code Loaded_Language} unless
 * {@code --technique} names others, or all of them (the corpus's span-identification task).
 * {@code --data} names the corpus folder (or its {@code datasets} folder). Each article is one
 * example and its own group. Reading, BOM handling and the code-point-to-UTF-16 offset conversion
 * are {@link PtcCorpus}'s, shared with {@code slant check --ptc}.
 */
final class PtcReader implements CorpusReader {

  static final String LOADED_LANGUAGE = "Loaded_Language";

  /** Techniques whose spans are positive; empty for every technique. */
  private final Set<String> techniques;

  PtcReader(Set<String> techniques) {
    this.techniques = Set.copyOf(techniques);
  }

  @Override
  public List<Example> read(Path path, Task task, List<String> notes) throws InputException {
    if (task != Task.LOADED) {
      throw new InputException(path.toString(), "PTC is read for the loaded task only"
          + " (its technique spans)");
    }
    List<PtcArticle> articles = PtcCorpus.open(path).readAll();
    if (articles.isEmpty()) {
      throw new InputException(path.toString(), "no article*.txt files");
    }
    PtcCorpus.requireTechniques(path.toString(), articles, techniques);
    List<Example> out = new ArrayList<>();
    for (PtcArticle article : articles) {
      List<Span> spans = new ArrayList<>();
      for (PtcLabel label : article.labels()) {
        if (techniques.isEmpty() || techniques.contains(label.technique())) {
          spans.add(article.toSlant(label));
        }
      }
      spans.sort(null);
      out.add(new Example(article.id(), article.id(), "", article.text(), !spans.isEmpty(), spans,
          article.origin()));
    }
    if (!techniques.equals(Set.of(LOADED_LANGUAGE))) {
      notes.add("positive spans: " + (techniques.isEmpty()
          ? "every PTC technique (span identification)"
          : "PTC " + String.join(", ", new TreeSet<>(techniques))));
    }
    return out;
  }
}
