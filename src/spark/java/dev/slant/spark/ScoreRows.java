package dev.slant.spark;

import dev.slant.ArticleResult;
import dev.slant.Batch;
import dev.slant.compare.ArticleRow;
import dev.slant.compare.Collector;
import dev.slant.core.Document;
import dev.slant.core.Finding;
import dev.slant.ingest.Inputs;
import dev.slant.ingest.Item;
import dev.slant.ingest.ReadOptions;
import dev.slant.report.Format;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Scores the articles of one partition, one at a time and in order, with the executor's shared
 * {@link Pipeline}. Each input row becomes one output row ({@link #SCHEMA}): the article's line of
 * {@code slant score --format jsonl} (the same renderer) and the row compare keeps of it ({@link
 * ArticleRow#of}, with its sentence-bias verdict when the model ran) for the per-outlet
 * aggregates, or the reason it could not be scored.
 */
final class ScoreRows implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  /** Input columns, as selected by {@link ScoreJob#read}. */
  static final List<String> INPUT = List.of("id", "outlet", "title", "date", "url", "text",
      ScoreJob.FILE, ScoreJob.POSITION);

  static final StructType SCHEMA = new StructType()
      .add(ScoreJob.FILE, DataTypes.StringType, false)
      .add(ScoreJob.POSITION, DataTypes.LongType, false)
      .add("ok", DataTypes.BooleanType, false)
      .add("group", DataTypes.StringType, true)
      .add("article", ArticleRowColumns.SCHEMA, true)
      .add("terms", DataTypes.createArrayType(DataTypes.StringType, false), true)
      .add("json", DataTypes.StringType, true)
      .add("error", DataTypes.StringType, true);

  private final int maxArticleChars;
  private final boolean model;
  private final String sentenceModel;

  /**
   * @param model whether to run a bundled sentence-bias model, as without {@code --no-model}
   * @param sentenceModel which one, as {@code --model NAME}
   */
  ScoreRows(int maxArticleChars, boolean model, String sentenceModel) {
    this.maxArticleChars = maxArticleChars;
    this.model = model;
    this.sentenceModel = sentenceModel;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    ReadOptions read = new ReadOptions(maxArticleChars);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return score(rows.next(), read, model, sentenceModel);
      }
    };
  }

  private static Row score(Row in, ReadOptions read, boolean model, String sentenceModel) {
    String file = in.getAs(ScoreJob.FILE);
    long position = in.getAs(ScoreJob.POSITION);
    String id = field(in, "id");
    String origin = file + " (id " + (id.isEmpty() ? "missing" : id) + ")";
    String text = in.getAs("text");
    Item item;
    if (id.isEmpty()) {
      item = new Item.Failure(new dev.slant.core.InputException(origin, "no id"));
    } else if (text == null) {
      item = new Item.Failure(new dev.slant.core.InputException(origin, "no text"));
    } else {
      item = Inputs.article(new Document(id, field(in, "outlet"), field(in, "title"),
          field(in, "date"), field(in, "url"), text, origin), read);
    }
    // Batch gives one article the same failure handling as a whole CLI batch.
    List<Batch.Outcome> outcome = new ArrayList<>(1);
    Batch.run(Stream.of(item), Pipeline.analyzer(model, sentenceModel), 1, outcome::add);
    if (outcome.get(0) instanceof Batch.Outcome.Scored s) {
      return scored(file, position, s.result());
    }
    String error = ((Batch.Outcome.Failed) outcome.get(0)).error().describe();
    return RowFactory.create(file, position, false, null, null, null, null, error);
  }

  private static Row scored(String file, long position, ArticleResult result) {
    Document doc = result.document();
    // Grouped as compare groups by outlet (an article without one is in "(no outlet)").
    String group = doc.outlet().isEmpty() ? "(no outlet)" : doc.outlet();
    ArticleRow row = ArticleRow.of(result, group, "", "");
    List<String> terms = new ArrayList<>();
    for (Finding f : result.findings()) {
      if (Collector.TERM_TYPES.contains(f.type())) {
        terms.add(Collector.term(f.text()));
      }
    }
    String line = Format.JSONL.renderer(false).render(List.of(result));
    return RowFactory.create(file, position, true, group, ArticleRowColumns.toRow(row),
        terms.toArray(String[]::new), line.substring(0, line.length() - 1), null);
  }

  /** A text column's value, trimmed as the CLI's readers trim; "" when null. */
  private static String field(Row in, String column) {
    Object v = in.getAs(column);
    return v == null ? "" : v.toString().strip();
  }
}
