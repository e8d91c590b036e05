package dev.quire.cli;

import dev.quire.ingest.FileOutcome;
import dev.quire.ingest.ImportReport;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Import the bundled sample works (once), make the account 'demo' with a new password, and serve"
        + " the archive over HTTP.")
final class DemoCommand implements Callable<Integer> {

  @Mixin ArchiveOptions archive;

  @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() throws IOException, InterruptedException {
    var context = Archive.serve(archive, port);
    ImportReport report = DemoSamples.importInto(context);
    report.files().stream()
        .filter(outcome -> outcome.status() == FileOutcome.Status.FAILED)
        .forEach(outcome -> System.err.println("quire: sample " + outcome.path() + " failed: " + outcome.reason()));
    String password = DemoAccount.logInFor(context);
    System.out.printf("Imported %d sample works (%d already there). Quire is serving http://localhost:%d/ (data: %s). Stop with Ctrl-C.%n",
        report.imported(), report.duplicates(), port, archive.data);
    System.out.printf("Log in at http://localhost:%d/users/login as %s (wrangler, archivist, admin) with the password %s"
        + " (new at each start).%n", port, DemoAccount.NAME, password);
    Archive.awaitShutdown(context);
    return 0;
  }
}
