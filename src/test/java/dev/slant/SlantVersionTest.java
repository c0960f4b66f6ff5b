package dev.slant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slant.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** slant has one version, the project's in pom.xml, and every command states the same one. */
class SlantVersionTest {

  /** The project's own version: the first {@code <version>} in pom.xml, after the artifact id. */
  private static String pomVersion() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher m = Pattern.compile("<artifactId>slant</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(pom);
    if (!m.find()) {
      throw new AssertionError("pom.xml names no slant version");
    }
    return m.group(1);
  }

  @Test
  void theVersionIsThePomsAsTheBuildWroteIt() throws IOException {
    assertEquals(pomVersion(), SlantVersion.get());
    assertEquals("slant " + pomVersion(), SlantVersion.describe());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "score", "compare", "check", "serve", "train", "model-info"})
  void everyCommandPrintsTheSameVersion(String command) throws IOException {
    String[] args = command.isEmpty() ? new String[] {"--version"}
        : new String[] {command, "--version"};
    StringWriter out = new StringWriter();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
        new PrintWriter(new StringWriter()), args);
    assertEquals(0, code);
    assertEquals("slant " + pomVersion(), out.toString().strip());
  }
}
