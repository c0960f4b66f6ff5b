package dev.slant.train;

import dev.slant.core.InputException;
import dev.slant.detect.ml.Task;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * BABE ({@code final_labels_SG2.csv}: {@code ;}-separated, BOM) and MBIC
 * ({@code final_labels_MBIC.converted.tsv}: tab-separated with CSV quoting). Both have
 * {@code text, news_link, outlet, label_bias, biased_words}. Rows labelled "No agreement" are
 * dropped. Texts are trimmed. {@code biased_words} is a Python list literal whose words are found
 * in the text by whole-word search (there are no offsets). Examples are grouped by news link, so
 * the sentences of one article stay together; outlets are normalised to lower-case slugs
 * ({@code Fox News} → {@code fox-news}), the spelling MBIC uses.
 */
final class BiasCorpusReader implements CorpusReader {

  private final String name;
  private final char delimiter;

  private BiasCorpusReader(String name, char delimiter) {
    this.name = name;
    this.delimiter = delimiter;
  }

  static BiasCorpusReader babe() {
    return new BiasCorpusReader("BABE", ';');
  }

  static BiasCorpusReader mbic() {
    return new BiasCorpusReader("MBIC", '\t');
  }

  @Override
  public List<Example> read(Path path, Task task, List<String> notes) throws InputException {
    if (task == Task.HEDGE) {
      throw new InputException(path.toString(), name + " has no hedge annotation; use --format"
          + " szeged or jsonl for the hedge task");
    }
    List<Example> out = new ArrayList<>();
    int[] dropped = {0};
    int[] missingWords = {0};
    int[] words = {0};
    CsvRecords.read(path, delimiter, List.of("text", "news_link", "outlet", "label_bias",
        "biased_words"), (r, origin) -> {
          String labelText = r.get("label_bias").strip();
          if (labelText.equalsIgnoreCase("No agreement")) {
            dropped[0]++;
            return;
          }
          boolean label;
          if (labelText.equalsIgnoreCase("Biased")) {
            label = true;
          } else if (labelText.equalsIgnoreCase("Non-biased")) {
            label = false;
          } else {
            throw new InputException(origin, "unknown label_bias '" + labelText + "'");
          }
          String text = r.get("text").strip();
          if (text.isEmpty()) {
            throw new InputException(origin, "empty text");
          }
          List<String> listed;
          try {
            listed = PythonList.parse(r.get("biased_words"));
          } catch (IllegalArgumentException e) {
            throw new InputException(origin, "biased_words: " + e.getMessage());
          }
          WordSpans.Located located = WordSpans.locate(text, listed);
          words[0] += listed.size();
          missingWords[0] += located.missing().size();
          String id = name.toLowerCase(Locale.ROOT) + ":" + r.getRecordNumber();
          out.add(new Example(id, r.get("news_link").strip(), slug(r.get("outlet")), text, label,
              located.spans(), origin));
        });
    if (dropped[0] > 0) {
      notes.add(path.getFileName() + ": dropped " + dropped[0] + " rows labelled 'No agreement'");
    }
    if (task == Task.LOADED && missingWords[0] > 0) {
      notes.add(path.getFileName() + ": " + missingWords[0] + " of " + words[0]
          + " biased_words entries do not occur as whole words in their text (typos, spelling);"
          + " they label no token");
    }
    return out;
  }

  static String slug(String outlet) {
    return outlet.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
  }
}
