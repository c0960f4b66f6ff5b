package dev.slant.lexicon;

import dev.slant.core.InputException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lexicons the detectors use, by name (the file name without {@code .tsv}), bundled ones
 * first, with user files from {@code --lexicon} layered on top. A user file overrides the bundled
 * lexicon whose name its file name starts with: {@code loaded_adjectives.tsv} or
 * {@code loaded_adjectives.newsroom.tsv} both add to and override {@code loaded_adjectives}.
 */
public final class LexiconSet {

  /** Bundled lexicon names and the columns each must have. */
  public static final Map<String, List<String>> BUNDLED = Map.of(
      "loaded_adjectives", List.of("term", "intensity", "context", "note"),
      "loaded_language", List.of("term", "pos", "intensity", "note"),
      "hedges", List.of("term", "kind", "weight", "note"),
      "anonymous_sources", List.of("term", "kind", "weight", "note"),
      "speech_verbs", List.of("term", "kind", "note"),
      "quote_cues", List.of("term", "kind", "note"));

  private final Map<String, Lexicon> lexicons;

  private LexiconSet(Map<String, Lexicon> lexicons) {
    this.lexicons = Collections.unmodifiableMap(new TreeMap<>(lexicons));
  }

  /** The bundled lexicons only. */
  public static LexiconSet bundled() throws InputException {
    return withOverrides(List.of());
  }

  public static LexiconSet withOverrides(List<Path> userFiles) throws InputException {
    Map<String, Lexicon> map = new TreeMap<>();
    for (Map.Entry<String, List<String>> e : BUNDLED.entrySet()) {
      map.put(e.getKey(), Lexicon.bundled(e.getKey() + ".tsv",
          e.getValue().toArray(String[]::new)));
    }
    for (Path file : userFiles) {
      String name = target(file);
      Lexicon user = Lexicon.load(file, BUNDLED.get(name).toArray(String[]::new));
      map.put(name, map.get(name).overriddenBy(user));
    }
    return new LexiconSet(map);
  }

  private static String target(Path file) throws InputException {
    String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = fileName.indexOf('.');
    String stem = dot < 0 ? fileName : fileName.substring(0, dot);
    if (!BUNDLED.containsKey(stem)) {
      throw new InputException(file.toString(), "a --lexicon file must be named after the lexicon"
          + " it extends, one of " + new java.util.TreeSet<>(BUNDLED.keySet())
          + " (e.g. loaded_adjectives.mine.tsv)");
    }
    return stem;
  }

  public Lexicon get(String name) {
    Lexicon l = lexicons.get(name);
    if (l == null) {
      throw new IllegalArgumentException("no lexicon named " + name);
    }
    return l;
  }

  /** Name → version, recorded in reports and model manifests. */
  public Map<String, String> versions() {
    Map<String, String> out = new TreeMap<>();
    lexicons.forEach((k, v) -> out.put(k, v.version()));
    return out;
  }
}
