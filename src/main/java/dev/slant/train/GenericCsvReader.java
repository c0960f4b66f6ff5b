package dev.slant.train;

import dev.slant.core.InputException;
import dev.slant.detect.ml.Task;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Users' own sentence data: a comma-separated file with a header naming at least {@code text} and
 * {@code label}, optionally {@code id}, {@code group} (e.g. an article id, kept on one side of
 * every split) and {@code outlet}.
 */
final class GenericCsvReader implements CorpusReader {

  @Override
  public List<Example> read(Path path, Task task, List<String> notes) throws InputException {
    if (task.tokenLevel()) {
      throw new InputException(path.toString(), "the " + task.id() + " task needs span"
          + " annotations; use --format jsonl");
    }
    List<Example> out = new ArrayList<>();
    CsvRecords.read(path, ',', List.of("text", "label"), (r, origin) -> {
      String text = r.get("text");
      if (text.isBlank()) {
        throw new InputException(origin, "empty text");
      }
      Boolean label = Labels.parse(r.get("label"), task);
      if (label == null) {
        throw new InputException(origin, "unrecognised label '" + r.get("label")
            + "' (use " + Labels.accepted(task) + ")");
      }
      String id = r.isMapped("id") && !r.get("id").isBlank() ? r.get("id")
          : "record " + r.getRecordNumber();
      String group = r.isMapped("group") ? r.get("group") : "";
      String outlet = r.isMapped("outlet") ? r.get("outlet") : "";
      out.add(new Example(id, group, outlet, text, label, null, origin));
    });
    return out;
  }
}
