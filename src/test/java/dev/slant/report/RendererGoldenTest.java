package dev.slant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.ArticleResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every format's output for the same two articles, compared byte for byte with files under
 * {@code src/test/resources/golden/}, once per line-ending convention of the input text.
 * Offsets differ between LF, CRLF and CR input (they index into the text as read); what people
 * read does not, except for those offsets.
 *
 * <p>After an intended change of output, regenerate with
 * {@code mvn -o test -Dtest=RendererGoldenTest -Dslant.golden.update=true} and review the diff.
 */
class RendererGoldenTest {

  private static final Map<String, String> EOLS = Map.of("lf", "\n", "crlf", "\r\n", "cr", "\r");
  private static final Map<Format, String> EXTENSIONS = Map.of(Format.TEXT, "txt",
      Format.JSON, "json", Format.JSONL, "jsonl", Format.MD, "md", Format.HTML, "html");

  static List<Arguments> cases() {
    return List.of(Format.values()).stream()
        .flatMap(f -> List.of("lf", "crlf", "cr").stream().map(eol -> Arguments.of(f, eol)))
        .toList();
  }

  @ParameterizedTest(name = "{0} with {1} line ends")
  @MethodSource("cases")
  void matchesGoldenFile(Format format, String eol) throws IOException {
    List<ArticleResult> results = List.of(Fixtures.curfew(EOLS.get(eol)), Fixtures.brief());
    String name = format.id() + "-" + eol + "." + EXTENSIONS.get(format);
    compare(name, format.renderer(false).render(results));
  }

  @ParameterizedTest(name = "json, one article, {0} line ends")
  @ValueSource(strings = {"lf"})
  void jsonOfOneArticleIsAnObject(String eol) throws IOException {
    compare("json-single-" + eol + ".json",
        Format.JSON.renderer(false).render(List.of(Fixtures.curfew(EOLS.get(eol)))));
  }

  @ParameterizedTest(name = "{0} line ends")
  @ValueSource(strings = {"lf", "crlf", "cr"})
  void jsonlOffsetsIndexTheTextAsRead(String eol) throws IOException {
    ArticleResult r = Fixtures.curfew(EOLS.get(eol));
    String line = Format.JSONL.renderer(false).render(List.of(r)).strip();
    JsonNode json = new ObjectMapper().readTree(line);
    String text = r.document().text();
    assertEquals(r.findings().size(), json.get("findings").size());
    for (JsonNode f : json.get("findings")) {
      assertEquals(f.get("text").asText(),
          text.substring(f.get("start").asInt(), f.get("end").asInt()));
    }
  }

  private static void compare(String name, String actual) throws IOException {
    byte[] bytes = actual.getBytes(StandardCharsets.UTF_8);
    if (Boolean.getBoolean("slant.golden.update")) {
      Path dir = Path.of(System.getProperty("slant.project.dir", "."),
          "src/test/resources/golden");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name), bytes);
      return;
    }
    try (InputStream in = RendererGoldenTest.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new AssertionError("no golden file " + name
            + " (generate with -Dslant.golden.update=true and review it)");
      }
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, name);
    }
  }
}
