package dev.slant.cli;

import dev.slant.Analyzer;
import dev.slant.Batch;
import dev.slant.ingest.Inputs;
import dev.slant.ingest.Item;
import dev.slant.ingest.ReadOptions;
import dev.slant.io.AtomicWriter;
import dev.slant.report.Format;
import dev.slant.report.Renderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code slant score}: finds framing features in articles and writes them in one format. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Find framing features (scare quotes, loaded adjectives and language, attribution hedges,"
          + " anonymous sources) in news articles and score them per 1,000 words.",
      "",
      "Inputs: .txt files (one article each), .csv and .jsonl files (a 'text' column or key,"
          + " optional id, outlet, title, date, url), .html/.htm pages, directories (searched"
          + " recursively), or - for standard input.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was scored",
      "1:some inputs failed (each is reported on stderr); the others were scored",
      "2:usage error: unknown option, missing or unusable value",
      "3:nothing could be scored, a fatal input error (e.g. a malformed --lexicon file or an"
          + " unusable --model file) or --out could not be written",
      "70:internal error (one line; please report it)",
    })
public final class ScoreCommand implements Callable<Integer> {

  @ParentCommand
  private Main main;

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Files, directories, or - for standard input.")
  private List<String> inputs = new ArrayList<>();

  @Option(names = "--text", paramLabel = "TEXT",
      description = "Score this text (as an article with id 'text'), before any INPUT.")
  private String text;

  @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
      completionCandidates = FormatConverter.Names.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: text).")
  private Format format = Format.TEXT;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to FILE instead of standard output. The file is replaced only when"
          + " at least one article was scored, and never left half-written.")
  private Path out;

  @Option(names = "--no-color", description = "No ANSI colours in the text format (also: the"
      + " NO_COLOR environment variable). Colours are only used on a terminal anyway.")
  private boolean noColor;

  @Mixin
  private AnalysisOptions analysis;

  @Override
  public Integer call() throws Exception {
    if (inputs.isEmpty() && text == null) {
      throw new ParameterException(spec.commandLine(),
          "no input: give files, directories, - for standard input, or --text \"...\"");
    }
    PrintWriter err = spec.commandLine().getErr();
    ReadOptions readOptions = analysis.readOptions();
    Renderer renderer = format.renderer(useColor());
    Batch.Summary summary;
    try (AtomicWriter.Output file = out == null ? null : AtomicWriter.open(out)) {
      Analyzer analyzer = analysis.analyzer();
      Stream<Item> items = Inputs.read(inputs, readOptions, main.stdin());
      if (text != null) {
        items = Stream.concat(Stream.of(Inputs.text(text, readOptions)), items);
      }
      Writer writer = file == null ? spec.commandLine().getOut() : file.writer();
      summary = write(items, analyzer, renderer, writer, err);
      if (file != null && summary.scored() > 0) {
        file.commit();
      }
    } catch (IOException | UncheckedIOException e) {
      IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      err.println("slant: cannot write " + (out == null ? "the output" : out) + ": "
          + describe(io));
      return ExitCodes.FAILED;
    }
    report(summary, err);
    if (summary.scored() == 0) {
      return ExitCodes.FAILED;
    }
    return summary.failed() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
  }

  private Batch.Summary write(Stream<Item> items, Analyzer analyzer, Renderer renderer,
      Writer writer, PrintWriter err) throws IOException {
    renderer.begin(writer);
    DuplicateIds ids = new DuplicateIds();
    Batch.Summary summary = Batch.run(items, analyzer, analysis.threads(), outcome -> {
      if (outcome instanceof Batch.Outcome.Scored s) {
        ids.check(s.result().document(), err);
        try {
          renderer.article(s.result(), writer);
          flush(writer);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else if (outcome instanceof Batch.Outcome.Failed f) {
        err.println(f.error().describe());
        err.flush();
      }
    });
    renderer.end(writer);
    flush(writer);
    ids.summarise(err);
    return summary;
  }

  /**
   * Flushes, and fails if the output could not be written: a PrintWriter (standard output)
   * swallows write errors, which would otherwise turn a full disk into a truncated report and
   * exit code 0.
   */
  private static void flush(Writer writer) throws IOException {
    writer.flush();
    if (writer instanceof PrintWriter p && p.checkError()) {
      throw new IOException("write error (disk full or output closed)");
    }
  }

  private void report(Batch.Summary summary, PrintWriter err) {
    if (summary.failed() > 0) {
      err.println("scored " + articles(summary.scored()) + ", " + summary.failed() + " failed:");
      for (String failure : summary.failures()) {
        err.println("  " + failure);
      }
    } else if (out != null) {
      err.println("scored " + articles(summary.scored()) + ", wrote " + out);
    }
    if (out != null && summary.scored() == 0) {
      err.println("nothing was scored; " + out + " was not written");
    }
    err.flush();
  }

  private static String articles(int n) {
    return n + (n == 1 ? " article" : " articles");
  }

  private boolean useColor() {
    String env = System.getenv("NO_COLOR");
    return format == Format.TEXT && out == null && !noColor && (env == null || env.isEmpty())
        && System.console() != null;
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /** Parses {@code --format} values case-insensitively and lists them in lower case. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Format.fromId(value.toLowerCase(java.util.Locale.ROOT)).orElseThrow(() ->
          new CommandLine.TypeConversionException("'" + value + "' is not a format; use one of "
              + String.join(", ", new Names())));
    }

    static final class Names implements Iterable<String> {
      @Override
      public Iterator<String> iterator() {
        return Stream.of(Format.values()).map(Format::id).iterator();
      }
    }
  }
}
