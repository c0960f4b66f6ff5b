package dev.slant.detect.ml;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The slant version recorded in model manifests, from a build-filtered resource, so it is the
 * same whether slant runs from the jar or from the build directory.
 */
public final class SlantVersion {

  private static final String VERSION = load();

  private SlantVersion() {}

  public static String get() {
    return VERSION;
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
