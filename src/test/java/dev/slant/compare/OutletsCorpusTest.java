package dev.slant.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The bundled corpus, training-data/outlets/corpus.csv, read directly with Commons CSV. */
class OutletsCorpusTest {

  private static List<CSVRecord> records() throws IOException {
    try (Reader r = Files.newBufferedReader(Fixtures.corpus())) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
          .parse(r).getRecords();
    }
  }

  @Test
  void fiveOutletsOfSixToEightShortArticlesOnTheSameStories() throws IOException {
    List<CSVRecord> rows = records();
    assertEquals(List.of("id", "outlet", "story", "title", "date", "text"),
        rows.get(0).getParser().getHeaderNames());
    Map<String, Long> perOutlet = rows.stream()
        .collect(Collectors.groupingBy(r -> r.get("outlet"), TreeMap::new,
            Collectors.counting()));
    assertEquals(5, perOutlet.size(), perOutlet.toString());
    perOutlet.forEach((o, n) -> assertTrue(n >= 6 && n <= 8, o + ": " + n));
    Set<String> ids = new HashSet<>();
    for (CSVRecord r : rows) {
      assertTrue(ids.add(r.get("id")), "duplicate id " + r.get("id"));
      int words = r.get("text").split("\\s+").length;
      assertTrue(words >= 150 && words <= 300, r.get("id") + ": " + words + " words");
      assertTrue(r.get("date").matches("\\d{4}-\\d{2}-\\d{2}"), r.get("id"));
    }
    Map<String, Long> perStory = rows.stream()
        .collect(Collectors.groupingBy(r -> r.get("story"), Collectors.counting()));
    assertEquals(6, perStory.size());
    perStory.forEach((s, n) -> assertTrue(n >= 4, s + " is covered by most outlets"));
  }

  @Test
  void theInterimReaderKeepsTheStoryColumn() {
    var docs = Fixtures.corpusItems()
        .map(i -> ((dev.slant.ingest.Item.Article) i).document()).toList();
    assertEquals(31, docs.size());
    assertEquals("fares", Columns.value(docs.get(0), "story"));
    assertEquals("Harbor Post", Columns.value(docs.get(0), "outlet"));
    assertEquals("", Columns.value(docs.get(0), "no-such-column"));
  }
}
