package dev.slant.cli;

import dev.slant.SlantVersion;
import dev.slant.core.InputException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code slant} command. Subcommands are thin: they parse options and call the library.
 * Constructing the command line loads no models or lexicons; each command loads what it needs
 * when it runs.
 */
@Command(
    name = "slant",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Media-bias and framing analysis of news text.",
    exitCodeListHeading = "%nExit codes (every command):%n",
    exitCodeList = {
      "0:everything was processed",
      "1:some inputs failed (each is reported on stderr); the rest were processed",
      "2:usage error: unknown option, missing or unusable value",
      "3:nothing could be processed, a fatal input error or output that cannot be written",
      "70:internal error (one line; please report it)",
    })
public final class Main implements Runnable {

  /**
   * Every subcommand, in the order help lists them; add new ones here. They are registered in
   * {@link #run(InputStream, PrintWriter, PrintWriter, String...)} rather than in the annotation
   * so that a run naming one builds only that one's picocli model: building all of them is about
   * a fifth of a short run (see the README's performance notes).
   */
  static final List<Class<?>> SUBCOMMANDS = List.of(
      CommandLine.HelpCommand.class,
      ScoreCommand.class,
      CheckCommand.class,
      CompareCommand.class,
      TrainCommand.class,
      EvaluateCommand.class,
      ExportArffCommand.class,
      ModelInfoCommand.class,
      TrainDefaultsCommand.class,
      BenchCommand.class,
      ServeCommand.class);


  private final InputStream stdin;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  public Main() {
    this(System.in);
  }

  Main(InputStream stdin) {
    this.stdin = stdin;
  }

  /** Commands that load the language models; {@link #main} starts loading them at once. */
  private static final java.util.Set<String> ANALYSING =
      java.util.Set.of("score", "compare", "check", "bench", "train", "evaluate", "serve");

  public static void main(String[] args) {
    if (args.length > 0 && ANALYSING.contains(args[0])) {
      // Overlaps model loading with JVM warm-up, option parsing and lexicon loading: about a
      // third of a short `score --text` run (see the README's performance notes).
      dev.slant.nlp.EnglishModels.preloadInBackground();
    }
    System.exit(run(args));
  }

  /** Runs the CLI and returns its exit code; never calls System.exit, so tests can call it. */
  public static int run(String... args) {
    // UTF-8 whatever the platform default, so output bytes do not depend on the locale.
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8),
        true);
    return run(System.in, out, err, args);
  }

  /** As {@link #run(String...)} with the given standard streams. */
  public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main(in));
    addSubcommands(cli, args.length > 0 ? args[0] : "");
    // After the subcommands: picocli applies these settings to the subcommands present.
    cli.setOut(out)
        .setErr(err)
        .setParameterExceptionHandler(Main::usageError)
        .setExecutionExceptionHandler(Main::failure);
    try {
      return cli.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Only the subcommand named first, when there is one (its help, options and errors are the
   * same); every subcommand for {@code help}, usage, suggestions for a mistyped name, and the
   * root's own options.
   */
  private static void addSubcommands(CommandLine cli, String first) {
    for (Class<?> c : SUBCOMMANDS) {
      if (!first.equals("help") && first.equals(c.getAnnotation(Command.class).name())) {
        cli.addSubcommand(c);
        withVersion(cli);
        return;
      }
    }
    SUBCOMMANDS.forEach(cli::addSubcommand);
    withVersion(cli);
  }

  /** Every subcommand's {@code --version} prints the one version, as {@code slant --version}. */
  private static void withVersion(CommandLine cli) {
    for (CommandLine sub : cli.getSubcommands().values()) {
      sub.getCommandSpec().versionProvider(new Version());
    }
  }

  InputStream stdin() {
    return stdin;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A bad command line: the reason and where to find help, not the whole usage text. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCodes.USAGE;
  }

  /** One line on stderr, never a stack trace: input errors name file and line. */
  static int failure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (e instanceof InputException ie) {
      err.println(ie.describe());
      return ExitCodes.FAILED;
    }
    err.println(InputException.printable("slant: internal error: " + e)
        + " (please report this)");
    return ExitCodes.INTERNAL;
  }

  /** {@code --version} of every command: {@link SlantVersion}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {SlantVersion.describe()};
    }
  }
}
