package dev.slant.train;

import dev.slant.core.InputException;
import dev.slant.core.Span;
import dev.slant.detect.ml.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Propaganda Techniques Corpus (SemEval-2020 Task 11) training articles with their
 * technique spans; for the loaded task the {@code Loaded_Language} spans are positive. {@code
 * --data} names the corpus folder (or its {@code datasets} folder) holding {@code train-articles}
 * and {@code train-labels-task2-technique-classification}. Each article is one example, its own
 * group.
 *
 * <p>Label offsets count Unicode code points in the file as decoded with its BOM kept; they are
 * converted to UTF-16 offsets into the text with the BOM removed, the text slant analyses.
 */
final class PtcReader implements CorpusReader {

  static final String LOADED_LANGUAGE = "Loaded_Language";

  @Override
  public List<Example> read(Path path, Task task, List<String> notes) throws InputException {
    if (task != Task.LOADED) {
      throw new InputException(path.toString(), "PTC is read for the loaded task only"
          + " (its Loaded_Language spans)");
    }
    Path root = Files.isDirectory(path.resolve("datasets")) ? path.resolve("datasets") : path;
    Path articles = root.resolve("train-articles");
    Path labels = root.resolve("train-labels-task2-technique-classification");
    if (!Files.isDirectory(articles) || !Files.isDirectory(labels)) {
      throw new InputException(path.toString(), "not a PTC folder: expected train-articles/ and"
          + " train-labels-task2-technique-classification/ in it or in its datasets/ folder");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(articles)) {
      files = s.filter(p -> p.getFileName().toString().matches("article\\d+\\.txt"))
          .sorted().toList();
    } catch (IOException e) {
      throw new InputException(articles.toString(), "cannot list: " + e.getMessage(), e);
    }
    List<Example> out = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String id = name.substring("article".length(), name.length() - ".txt".length());
      Path labelFile = labels.resolve("article" + id + ".task2-TC.labels");
      String withBom = CsvRecords.decodeKeepingBom(file);
      int shift = withBom.startsWith("\uFEFF") ? 1 : 0;
      String text = withBom.substring(shift);
      List<Span> spans = new ArrayList<>();
      if (Files.exists(labelFile)) {
        List<String> lines;
        try {
          lines = Files.readAllLines(labelFile);
        } catch (IOException e) {
          throw new InputException(labelFile.toString(), "cannot read: " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (line.isBlank()) {
            continue;
          }
          String origin = labelFile + ":" + (i + 1);
          String[] cells = line.split("\t", -1); // technique names contain commas
          if (cells.length != 4 || !cells[0].equals(id)) {
            throw new InputException(origin, "expected 'id<TAB>technique<TAB>start<TAB>end'"
                + " for article " + id);
          }
          if (!cells[1].equals(LOADED_LANGUAGE)) {
            continue;
          }
          try {
            int cpStart = Integer.parseInt(cells[2]);
            int cpEnd = Integer.parseInt(cells[3]);
            int start = withBom.offsetByCodePoints(0, cpStart) - shift;
            int end = withBom.offsetByCodePoints(0, cpEnd) - shift;
            spans.add(new Span(start, end));
          } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new InputException(origin, "offsets do not fit article " + id);
          }
        }
      }
      spans.sort(null);
      out.add(new Example(id, id, "", text, !spans.isEmpty(), spans, file.toString()));
    }
    if (out.isEmpty()) {
      throw new InputException(articles.toString(), "no article*.txt files");
    }
    return out;
  }
}
