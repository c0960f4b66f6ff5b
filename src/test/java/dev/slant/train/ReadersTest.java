package dev.slant.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.slant.core.InputException;
import dev.slant.core.Span;
import dev.slant.detect.ml.Task;
import dev.slant.evaluate.PtcCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corpus readers: labels, spans, and errors that point at file and line. */
class ReadersTest {

  @TempDir Path dir;

  static final Path DATA = Path.of(System.getProperty("slant.shared.data", "../shared/data"));

  private Path write(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void pythonListLiteralsWithBothQuoteStyles() {
    assertEquals(List.of("obscure", "propaganda"), PythonList.parse("['obscure', 'propaganda']"));
    assertEquals(List.of("don't", "lying"), PythonList.parse("[\"don't\", 'lying']"));
    assertEquals(List.of("it's", "say \"no\""),
        PythonList.parse("['it\\'s', 'say \"no\"']"));
    assertEquals(List.of("\"held\""), PythonList.parse("['\"held\"']"));
    assertEquals(List.of(), PythonList.parse("[]"));
    assertEquals(List.of(), PythonList.parse(""));
    assertEquals(List.of("a"), PythonList.parse("[ 'a' , ]"));
    assertThrows(IllegalArgumentException.class, () -> PythonList.parse("['open"));
    assertThrows(IllegalArgumentException.class, () -> PythonList.parse("obscure, propaganda"));
    assertThrows(IllegalArgumentException.class, () -> PythonList.parse("['a' 'b']"));
  }

  @Test
  void babeRowsWithBomSemicolonsAndEmbeddedNewlines() throws Exception {
    Path p = write("babe.csv", "\uFEFFtext;news_link;outlet;topic;type;label_bias;label_opinion;"
        + "biased_words\n"
        + "\" The mayor's \"\"reform\"\" is a cynical power grab.\";http://x/1;Fox News;t;right;"
        + "Biased;o;['cynical', \"mayor's\", '\"reform\"']\n"
        + "\"Officials said the plan\nwould be reviewed.\";http://x/1;Fox News;t;right;"
        + "Non-biased;o;[]\n"
        + "Nobody could agree on this one.;;Reuters;t;center;No agreement;o;[]\n"
        + "They don't care and they're lying, lying again.;http://x/2;Alternet;t;left;Biased;o;"
        + "[\"don't\", 'lying', 'lying', 'demoize']\n");
    List<String> notes = new ArrayList<>();
    List<Example> ex = BiasCorpusReader.babe().read(p, Task.LOADED, notes);
    assertEquals(3, ex.size());
    Example first = ex.get(0);
    assertEquals("The mayor's \"reform\" is a cynical power grab.", first.text());
    assertEquals(true, first.label());
    assertEquals("http://x/1", first.group());
    assertEquals("fox-news", first.outlet());
    assertEquals(List.of(new Span(4, 11), new Span(13, 19), new Span(26, 33)), first.spans());
    assertEquals("Officials said the plan\nwould be reviewed.", ex.get(1).text());
    assertEquals(p + ":3", ex.get(1).origin());
    assertEquals(false, ex.get(1).label());
    assertEquals(p + ":6", ex.get(2).origin());
    // "lying" occurs twice; both occurrences are marked. "demoize" occurs nowhere.
    assertEquals(List.of(new Span(5, 10), new Span(28, 33), new Span(35, 40)), ex.get(2).spans());
    assertTrue(notes.contains("babe.csv: dropped 1 rows labelled 'No agreement'"), notes.toString());
    assertTrue(notes.get(1).startsWith("babe.csv: 1 of 7 biased_words"), notes.toString());
  }

  @Test
  void babeRowWithAnUnknownLabelNamesItsLine() throws Exception {
    Path p = write("babe.csv", "text;news_link;outlet;topic;type;label_bias;label_opinion;"
        + "biased_words\n\"A\nB\";l;o;t;y;Biased;o;[]\nC;l;o;t;y;Maybe;o;[]\n");
    InputException e = assertThrows(InputException.class,
        () -> BiasCorpusReader.babe().read(p, Task.SENTENCE, new ArrayList<>()));
    assertEquals(p + ":4", e.origin());
    assertEquals("unknown label_bias 'Maybe'", e.getMessage());
  }

  @Test
  void babeBiasedWordsThatAreNotAListNameTheirLine() throws Exception {
    Path p = write("babe.csv", "text;news_link;outlet;topic;type;label_bias;label_opinion;"
        + "biased_words\nA cruel plan.;l;o;t;y;Biased;o;['cruel'\n");
    InputException e = assertThrows(InputException.class,
        () -> BiasCorpusReader.babe().read(p, Task.LOADED, new ArrayList<>()));
    assertEquals(p + ":2", e.origin());
    assertTrue(e.getMessage().startsWith("biased_words: "), e.getMessage());
  }

  @Test
  void genericCsvReadsLabelsGroupsAndOutlets() throws Exception {
    Path p = write("mine.csv", "text,label,group,outlet\n"
        + "\"A brutal, senseless crackdown.\",biased,art-1,Daily Herald\n"
        + "The vote was held on Monday.,0,art-1,Daily Herald\n"
        + "Prices rose 2 percent.,not biased,,\n");
    List<Example> ex = new GenericCsvReader().read(p, Task.SENTENCE, new ArrayList<>());
    assertEquals(3, ex.size());
    assertEquals("A brutal, senseless crackdown.", ex.get(0).text());
    assertEquals(true, ex.get(0).label());
    assertEquals("art-1", ex.get(1).group());
    assertEquals(false, ex.get(2).label());
    assertEquals("record 3", ex.get(2).group());
    assertNull(ex.get(0).spans());
  }

  @Test
  void genericCsvErrorsNameFileAndLine() throws Exception {
    Path badLabel = write("a.csv", "text,label\nFine sentence.,1\nAnother one.,perhaps\n");
    InputException e = assertThrows(InputException.class,
        () -> new GenericCsvReader().read(badLabel, Task.SENTENCE, new ArrayList<>()));
    assertEquals(badLabel + ":3", e.origin());
    assertTrue(e.getMessage().startsWith("unrecognised label 'perhaps'"), e.getMessage());

    Path shortRow = write("b.csv", "text,label\nFine sentence.,1\n\"Two\nlines\",0\nno label\n");
    e = assertThrows(InputException.class,
        () -> new GenericCsvReader().read(shortRow, Task.SENTENCE, new ArrayList<>()));
    assertEquals(shortRow + ":5", e.origin());
    assertEquals("expected 2 columns but found 1", e.getMessage());

    Path badQuote = write("c.csv", "text,label\nFine sentence.,1\n\"Unclosed \"quote\" here,1\n");
    e = assertThrows(InputException.class,
        () -> new GenericCsvReader().read(badQuote, Task.SENTENCE, new ArrayList<>()));
    assertEquals(badQuote + ":3", e.origin());
    assertTrue(e.getMessage().startsWith("malformed record"), e.getMessage());

    Path noLabel = write("d.csv", "text,score\nFine sentence.,1\n");
    e = assertThrows(InputException.class,
        () -> new GenericCsvReader().read(noLabel, Task.SENTENCE, new ArrayList<>()));
    assertEquals(noLabel + ":1", e.origin());
    assertTrue(e.getMessage().startsWith("missing column 'label'"), e.getMessage());

    e = assertThrows(InputException.class,
        () -> new GenericCsvReader().read(noLabel, Task.LOADED, new ArrayList<>()));
    assertTrue(e.getMessage().contains("use --format jsonl"), e.getMessage());
  }

  @Test
  void jsonlSpansOfTheTaskTypesArePositive() throws Exception {
    String text = "Critics say the \"voluntary\" relocation was allegedly forced by thugs.";
    Path p = write("dev.jsonl", "{\"id\":\"d1\",\"group\":\"g\",\"text\":" + json(text)
        + ",\"spans\":[{\"type\":\"scare_quote\",\"start\":16,\"end\":27,\"text\":\"\\\"voluntary\\\"\"},"
        + "{\"type\":\"attribution_hedge\",\"start\":43,\"end\":52,\"text\":\"allegedly\"},"
        + "{\"type\":\"loaded_language\",\"start\":63,\"end\":68,\"text\":\"thugs\"},"
        + "{\"type\":\"anonymous_source\",\"start\":0,\"end\":7,\"text\":\"Critics\"}]}\n\n");
    Example loaded = new GenericJsonlReader().read(p, Task.LOADED, new ArrayList<>()).get(0);
    assertEquals(List.of(new Span(63, 68)), loaded.spans());
    assertEquals("g", loaded.group());
    Example hedge = new GenericJsonlReader().read(p, Task.HEDGE, new ArrayList<>()).get(0);
    assertEquals(List.of(new Span(43, 52)), hedge.spans());
    assertEquals("allegedly", hedge.spans().get(0).in(text));
  }

  @Test
  void jsonlErrorsNameFileAndLine() throws Exception {
    Path mismatch = write("m.jsonl", "{\"text\":\"A cruel plan.\",\"spans\":[]}\n"
        + "{\"text\":\"A cruel plan.\",\"spans\":[{\"type\":\"loaded_adjective\",\"start\":2,"
        + "\"end\":7,\"text\":\"plan\"}]}\n");
    InputException e = assertThrows(InputException.class,
        () -> new GenericJsonlReader().read(mismatch, Task.LOADED, new ArrayList<>()));
    assertEquals(mismatch + ":2", e.origin());
    assertTrue(e.getMessage().contains("differs from the text at [2, 7)"), e.getMessage());

    Path broken = write("b.jsonl", "{\"text\":\"Fine.\",\"label\":true}\n{\"text\": \"oops\n");
    e = assertThrows(InputException.class,
        () -> new GenericJsonlReader().read(broken, Task.SENTENCE, new ArrayList<>()));
    assertEquals(broken + ":2", e.origin());
    assertTrue(e.getMessage().startsWith("invalid JSON"), e.getMessage());

    Path outside = write("o.jsonl", "{\"text\":\"Short.\",\"spans\":[{\"type\":\"loaded\","
        + "\"start\":3,\"end\":30}]}\n");
    e = assertThrows(InputException.class,
        () -> new GenericJsonlReader().read(outside, Task.LOADED, new ArrayList<>()));
    assertEquals(outside + ":1", e.origin());

    Path unlabelled = write("u.jsonl", "{\"text\":\"Fine.\"}\n");
    e = assertThrows(InputException.class,
        () -> Corpora.read(CorpusFormat.JSONL, Task.SENTENCE, List.of(unlabelled)));
    assertEquals(unlabelled + ":1", e.origin());
  }

  @Test
  void szegedCueOffsetsAreRecoveredFromTheXml() throws Exception {
    Path xml = DATA.resolve("szeged-uncertainty-wikiweasel/wiki.xml");
    assumeTrue(Files.isRegularFile(xml), "Szeged WikiWeasel absent: skipping");
    List<Example> all = new SzegedReader().read(xml, Task.HEDGE, new ArrayList<>());
    assertEquals(20_748, all.size());
    assertEquals(2_606, all.stream().filter(Example::label).count());
    assertEquals(3_265, all.stream().mapToInt(e -> e.spans().size()).sum());
    Example gelman = all.stream().filter(e -> e.id().equals("Juan Gelman_1470/S1.2"))
        .findFirst().orElseThrow();
    assertEquals("Juan Gelman_1470", gelman.group());
    assertEquals(List.of(new Span(63, 73), new Span(132, 140)), gelman.spans());
    assertEquals("considered", gelman.spans().get(0).in(gelman.text()));
    assertEquals("possibly", gelman.spans().get(1).in(gelman.text()));

    Path tsv = DATA.resolve("szeged-uncertainty-wikiweasel/sentences.derived.tsv");
    assumeTrue(Files.isRegularFile(tsv), "Szeged TSV absent: skipping");
    Example fromTsv = new SzegedReader().read(tsv, Task.HEDGE, new ArrayList<>()).stream()
        .filter(e -> e.id().equals("Juan Gelman_1470/S1.2")).findFirst().orElseThrow();
    assertEquals(gelman.text(), fromTsv.text());
    assertEquals(gelman.spans(), fromTsv.spans());
  }

  @Test
  void ptcSpansLandOnWordsAlsoInFilesWithABom() throws Exception {
    Path ptc = DATA.resolve("semeval2020-task11-ptc");
    assumeTrue(Files.isDirectory(ptc), "PTC absent: skipping");
    List<Example> all = new PtcReader(Corpora.DEFAULT_PTC_TECHNIQUES).read(ptc, Task.LOADED,
        new ArrayList<>());
    assertEquals(297, all.size());
    assertEquals(1_733, all.stream().mapToInt(e -> e.spans().size()).sum());
    int checked = 0;
    for (Example e : all) {
      assertTrue(!e.text().startsWith("\uFEFF"), e.id());
      for (Span s : e.spans()) {
        String covered = s.in(e.text());
        // Spans never start or end with whitespace; a BOM or code-point slip would show here.
        assertEquals(covered.strip(), covered, e.id() + " " + s);
        assertTrue(Character.isLetterOrDigit(covered.codePointAt(0))
            || !Character.isWhitespace(covered.charAt(0)), e.id());
        checked++;
      }
    }
    assertEquals(1_733, checked);
  }

  /** A one-article corpus in PTC's layout: three spans of three techniques. */
  private Path ptcFixture() throws Exception {
    String text = "Senator slams \"disgraceful\" bill\n\nThe radical senator called the bill a"
        + " disgraceful betrayal. Critics may be right.\n";
    Path articles = Files.createDirectories(dir.resolve("ptc/" + PtcCorpus.ARTICLES));
    Path labels = Files.createDirectories(dir.resolve("ptc/" + PtcCorpus.LABELS));
    Files.writeString(articles.resolve("article42.txt"), text, StandardCharsets.UTF_8);
    int loaded = text.indexOf("disgraceful betrayal");
    int radical = text.indexOf("radical senator");
    int doubt = text.indexOf("Critics may be right");
    Files.writeString(labels.resolve("article42.task2-TC.labels"),
        "42\tLoaded_Language\t" + loaded + "\t" + (loaded + 20) + "\n"
        + "42\tName_Calling,Labeling\t" + radical + "\t" + (radical + 15) + "\n"
        + "42\tDoubt\t" + doubt + "\t" + (doubt + 20) + "\n", StandardCharsets.UTF_8);
    return dir.resolve("ptc");
  }

  private static List<String> covered(Corpus c) {
    Example e = c.examples().get(0);
    return e.spans().stream().map(s -> s.in(e.text())).toList();
  }

  @Test
  void ptcLearnsLoadedLanguageUnlessOtherTechniquesAreChosen() throws Exception {
    Path ptc = ptcFixture();
    List<Path> data = List.of(ptc);
    assertEquals(List.of("disgraceful betrayal"),
        covered(Corpora.read(CorpusFormat.PTC, Task.LOADED, data)));
    // Technique names hold commas, so several are given one by one, never as a list.
    assertEquals(List.of("radical senator", "disgraceful betrayal"), covered(Corpora.read(
        CorpusFormat.PTC, Task.LOADED, data, Set.of("Loaded_Language", "Name_Calling,Labeling"))));
    Corpus all = Corpora.read(CorpusFormat.PTC, Task.LOADED, data, Set.of());
    assertEquals(List.of("radical senator", "disgraceful betrayal", "Critics may be right"),
        covered(all));
    assertTrue(all.notes().contains("positive spans: every PTC technique (span identification)"),
        all.notes().toString());
  }

  @Test
  void anUnknownPtcTechniqueNamesThoseThatArePresent() throws Exception {
    InputException e = assertThrows(InputException.class, () -> Corpora.read(CorpusFormat.PTC,
        Task.LOADED, List.of(ptcFixture()), Set.of("Loaded language")));
    assertTrue(e.getMessage().contains("no spans of technique \"Loaded language\"; techniques"
        + " present: Doubt, Loaded_Language, Name_Calling,Labeling"), e.getMessage());
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
