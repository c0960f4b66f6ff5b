package dev.slant.compare;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names derived from untrusted ids and outlet names: only {@code [a-z0-9-]}, so no path
 * separator, {@code ..}, control character or reserved device name can get through, and unique
 * within one report (a second "x" becomes "x-2"). Not thread-safe: one instance per report, fed in
 * input order so names are the same on every run.
 */
public final class SafeNames {

  static final int MAX_LENGTH = 80;
  private static final Pattern NOT_SAFE = Pattern.compile("[^a-z0-9]+");
  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
  private static final Set<String> WINDOWS_DEVICES = Set.of(
      "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
      "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private final Set<String> used = new HashSet<>();

  /** The safe form of one name, not yet de-duplicated: "Harbor Post/ 12" → "harbor-post-12". */
  public static String slug(String raw) {
    String s = Normalizer.normalize(raw, Normalizer.Form.NFKD);
    s = DIACRITICS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    s = NOT_SAFE.matcher(s).replaceAll("-");
    s = trimDashes(s);
    if (s.length() > MAX_LENGTH) {
      s = trimDashes(s.substring(0, MAX_LENGTH));
    }
    if (s.isEmpty()) {
      s = "article";
    }
    return WINDOWS_DEVICES.contains(s) ? s + "-" : s;
  }

  /** A safe name not handed out before by this instance. */
  public String unique(String raw) {
    String base = slug(raw);
    String name = base;
    for (int n = 2; !used.add(name); n++) {
      name = base + "-" + n;
    }
    return name;
  }

  private static String trimDashes(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && s.charAt(from) == '-') {
      from++;
    }
    while (to > from && s.charAt(to - 1) == '-') {
      to--;
    }
    return s.substring(from, to);
  }
}
