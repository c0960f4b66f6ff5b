package dev.slant.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Document;
import dev.slant.core.Finding;
import dev.slant.core.InputException;
import dev.slant.lexicon.LexiconSet;
import dev.slant.nlp.Annotator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Shared annotator, bundled lexicons and compact renderings of findings for detector tests. */
final class DetectorTesting {

  static final Annotator ANNOTATOR = Annotator.standard();
  static final LexiconSet LEXICONS = bundled();

  private DetectorTesting() {}

  private static LexiconSet bundled() {
    try {
      return LexiconSet.bundled();
    } catch (InputException e) {
      throw new IllegalStateException(e.describe(), e);
    }
  }

  static AnnotatedDocument doc(String text) {
    return ANNOTATOR.annotate(Document.of("test", text));
  }

  /** Each finding as {@code [start,end) text}. */
  static List<String> spans(Detector detector, String text) {
    return detector.detect(doc(text)).stream()
        .map(f -> "[" + f.start() + "," + f.end() + ") " + f.text())
        .toList();
  }

  /** Each finding as {@code [start,end) text score cue}, score with two decimals. */
  static List<String> full(Detector detector, String text) {
    return detector.detect(doc(text)).stream().map(DetectorTesting::render).toList();
  }

  static String render(Finding f) {
    return "[" + f.start() + "," + f.end() + ") " + f.text() + " "
        + String.format(Locale.ROOT, "%.2f", f.score()) + " " + f.cue();
  }

  /** The detector gives the same findings on two threads at once as on one. */
  static void assertSameOnTwoThreads(Detector detector, String text) throws Exception {
    AnnotatedDocument doc = doc(text);
    List<Finding> expected = detector.detect(doc);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<Finding>>> runs = List.of(
          pool.submit(() -> repeat(detector, doc)), pool.submit(() -> repeat(detector, doc)));
      for (Future<List<Finding>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Finding> repeat(Detector detector, AnnotatedDocument doc) {
    List<Finding> last = null;
    for (int i = 0; i < 50; i++) {
      List<Finding> now = detector.detect(doc);
      if (last != null && !last.equals(now)) {
        throw new IllegalStateException("findings changed between runs");
      }
      last = now;
    }
    return last;
  }
}
