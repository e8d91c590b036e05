package dev.quire.cli;

import dev.quire.platform.QuireVersion;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code quire} command line. Every subcommand exits 0 on success and otherwise prints a
 * one-line reason on standard error: exit code 1 when a server the archive needs cannot be reached
 * ({@link ServerUnreachableException}), 2 when the archive cannot be opened for another reason.
 */
@Command(
    name = "quire",
    mixinStandardHelpOptions = true,
    versionProvider = QuireCommand.Version.class,
    description = "A self-hosted fan-fiction archive.",
    subcommands = {
      DemoCommand.class,
      ServeCommand.class,
      ImportCommand.class,
      ReindexCommand.class,
      FsckCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      VisibilityCommand.class,
      TokenCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      UserCommand.class,
      TagsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class QuireCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Runs the command line and returns its exit code. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new QuireCommand());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof ServerUnreachableException unreachable) {
            commandLine.getErr().println(unreachable.getMessage());
            return 1;
          }
          commandLine.getErr().println("quire: " + Failures.reason(e));
          return 2;
        });
    // "-archivist" revokes a role; it is not an option.
    cli.getSubcommands().get("user").getSubcommands().get("role").setUnmatchedOptionsArePositionalParams(true);
    return cli.execute(args);
  }

  /**
   * The server's application context as {@code quire serve} opens it on {@code data}, or with
   * {@code commands} the one the other commands open, for the build's ahead-of-time processing,
   * which takes the context before it is refreshed: nothing is opened, served or written
   * ({@link PreparedStart}).
   */
  public static void prepare(Path data, boolean commands) {
    if (commands) {
      Archive.open(data, null);
    } else {
      Archive.serve(data, null, 0);
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {QuireVersion.name()};
    }
  }
}
