package dev.slant.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether output goes to a person at a terminal, for progress bars. */
final class Terminals {

  private Terminals() {}

  /**
   * True when standard error is a terminal. Java has no isatty; on Linux the file behind file
   * descriptor 2 tells (a tty or pseudo-terminal device). Elsewhere, {@link System#console()}
   * (standard input and output both terminals) is the best available guess.
   */
  static boolean stderrIsTerminal() {
    Path fd2 = Path.of("/proc/self/fd/2");
    if (Files.exists(fd2)) {
      try {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException e) {
        // Cannot tell: no progress bar, which only costs a nicety, never output.
        return false;
      }
    }
    return System.console() != null;
  }
}
