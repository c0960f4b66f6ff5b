package dev.slant.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the characters read since the last {@link #restart()} and fails once there are more
 * than the budget. Guards a parser that buffers a whole record: an unbalanced quote in a large
 * CSV file would otherwise pull the rest of the file into one field.
 */
final class BudgetReader extends FilterReader {

  /** Thrown when one record uses up the budget. */
  static final class Exceeded extends IOException {
    Exceeded(long budget) {
      super("more than " + budget + " characters");
    }
  }

  private final long budget;
  private long used;

  BudgetReader(Reader in, long budget) {
    super(in);
    this.budget = budget;
  }

  void restart() {
    used = 0;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      spend(1);
    }
    return c;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int n = super.read(cbuf, off, len);
    if (n > 0) {
      spend(n);
    }
    return n;
  }

  private void spend(int n) throws Exceeded {
    used += n;
    if (used > budget) {
      throw new Exceeded(budget);
    }
  }
}
