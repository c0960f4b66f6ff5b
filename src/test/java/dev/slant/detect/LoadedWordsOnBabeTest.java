package dev.slant.detect;

import static dev.slant.detect.DetectorTesting.LEXICONS;
import static dev.slant.detect.DetectorTesting.doc;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.core.AnnotatedDocument;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Checks the two loaded-word detectors against expert judgements: in BABE (Spinde et al. 2021,
 * {@code final_labels_SG2.csv}, read from the shared research data, never copied), sentences in
 * which they find a loaded word should be labelled biased far more often than sentences overall.
 * The figures are printed so that lexicon changes can be compared.
 */
class LoadedWordsOnBabeTest {

  private static final Path BABE = Path.of(System.getProperty("slant.shared.data",
      "../shared/data"), "babe", "final_labels_SG2.csv");

  @Test
  void flaggedSentencesAreMostlyBiased() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(BABE), BABE + " absent: skipping");
    List<Detector> detectors = List.of(
        new LoadedAdjectiveDetector(LEXICONS), new LoadedLanguageDetector(LEXICONS));
    int sentences = 0;
    int biased = 0;
    int flagged = 0;
    int flaggedBiased = 0;
    for (CSVRecord r : records()) {
      String label = r.get("label_bias");
      if (!label.equals("Biased") && !label.equals("Non-biased")) {
        continue; // one sentence has no agreement
      }
      AnnotatedDocument doc = doc(r.get("text").strip());
      boolean isBiased = label.equals("Biased");
      boolean isFlagged = detectors.stream().anyMatch(d -> !d.detect(doc).isEmpty());
      sentences++;
      biased += isBiased ? 1 : 0;
      flagged += isFlagged ? 1 : 0;
      flaggedBiased += isFlagged && isBiased ? 1 : 0;
    }
    double baseRate = (double) biased / sentences;
    double precision = (double) flaggedBiased / flagged;
    double recall = (double) flaggedBiased / biased;
    System.out.printf(Locale.ROOT, "BABE SG2: %d sentences, %.1f%% biased; %d flagged by loaded "
            + "words, %.1f%% of them biased (precision); %.1f%% of biased sentences flagged "
            + "(recall)%n", sentences, 100 * baseRate, flagged, 100 * precision, 100 * recall);
    assertTrue(precision >= 0.72, "precision " + precision);
    assertTrue(precision >= baseRate + 0.2, "precision " + precision + " vs base " + baseRate);
    assertTrue(recall >= 0.35, "recall " + recall);
  }

  private static List<CSVRecord> records() throws IOException {
    String content = Files.readString(BABE, StandardCharsets.UTF_8);
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader()
        .setSkipHeaderRecord(true).build();
    try (Reader in = new StringReader(content)) {
      return format.parse(in).getRecords();
    }
  }
}
