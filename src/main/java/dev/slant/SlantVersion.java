package dev.slant;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * slant's one version: {@code project.version} from pom.xml, written by the build into the
 * resource {@code dev/slant/slant.properties} (the only filtered resource), so it is the same
 * whether slant runs from the jar, from target/classes in tests or as the Spark job. Everything
 * that states a version reads it here: {@code --version} of every command, model manifests,
 * {@code compare}'s report (also when {@code serve} or {@code bench} writes it), {@code serve}'s
 * {@code /api/health} and the Spark job's meta.
 */
public final class SlantVersion {

  private static final String VERSION = load();

  private SlantVersion() {}

  /** The version alone, e.g. {@code 0.1.0}, as model manifests record it. */
  public static String get() {
    return VERSION;
  }

  /** The program and its version, e.g. {@code slant 0.1.0}, as commands and reports show it. */
  public static String describe() {
    return "slant " + VERSION;
  }

  private static String load() {
    try (InputStream in = SlantVersion.class.getResourceAsStream("/dev/slant/slant.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version", "");
        if (!v.isEmpty() && !v.startsWith("${")) {
          return v;
        }
      }
    } catch (IOException e) {
      // fall through: an unknown version is recorded as such
    }
    return "unknown";
  }
}
