package dev.slant.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code slant} command. Subcommands are thin: they parse options and call the library. */
@Command(
    name = "slant",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Media-bias and framing analysis of news text.",
    subcommands = {
      CommandLine.HelpCommand.class,
      TrainCommand.class,
      EvaluateCommand.class,
      ExportArffCommand.class,
      ModelInfoCommand.class,
      TrainDefaultsCommand.class,
    })
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns its exit code; never calls System.exit, so tests can call it. */
  public static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"slant " + (v == null ? "(development build)" : v)};
    }
  }
}
