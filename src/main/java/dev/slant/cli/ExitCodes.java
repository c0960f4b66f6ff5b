package dev.slant.cli;

/** The exit codes of every slant command. */
public final class ExitCodes {

  /** Everything was processed. */
  public static final int OK = 0;
  /** Some inputs failed (each was reported); the others were processed and written. */
  public static final int PARTIAL = 1;
  /** Bad command line: unknown option, missing or malformed value. */
  public static final int USAGE = 2;
  /** Nothing could be processed, or a fatal input error (e.g. a malformed lexicon file). */
  public static final int FAILED = 3;
  /** A defect in slant (EX_SOFTWARE); the message asks to report it. */
  public static final int INTERNAL = 70;

  private ExitCodes() {}
}
