package dev.slant.ingest;

/** What counts as a control character when telling text from binary data. */
final class Controls {

  private Controls() {}

  /** C0 and C1 controls and DEL, except the whitespace controls text normally contains. */
  static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
        || (c >= 0x7F && c <= 0x9F);
  }
}
