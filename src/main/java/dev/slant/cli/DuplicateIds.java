package dev.slant.cli;

import dev.slant.core.Document;
import dev.slant.core.InputException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * Notices articles whose id repeats an earlier one in the same run (a CSV with a repeated id
 * column value, two files with the same name in different folders). Ids are kept as given, since
 * they are the key for joining results back to the user's data, but a repeat makes that join
 * ambiguous, so each is reported as a warning naming both places. The exit code is unaffected.
 */
final class DuplicateIds {

  /** Warnings printed one by one; further repeats are only counted. */
  static final int MAX_LISTED = 20;

  private final Map<String, String> firstOrigin = new HashMap<>();
  private int repeats;

  /** Records the document's id, warning on {@code err} if an earlier article had it. */
  void check(Document doc, PrintWriter err) {
    String first = firstOrigin.putIfAbsent(doc.id(), doc.origin());
    if (first == null) {
      return;
    }
    repeats++;
    if (repeats <= MAX_LISTED) {
      err.println(InputException.printable(doc.origin() + ": warning: id '" + doc.id()
          + "' is already used by " + first + "; both articles are kept under the same id"));
    }
  }

  /** A closing line for repeats beyond those listed, if any. */
  void summarise(PrintWriter err) {
    if (repeats > MAX_LISTED) {
      err.println("warning: " + repeats + " articles repeat an earlier id; the first "
          + MAX_LISTED + " are listed above");
    }
  }
}
