package dev.quire.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(mixinStandardHelpOptions = true, name = "serve", description = "Serve the archive over HTTP.")
final class ServeCommand implements Callable<Integer> {

  @Mixin ArchiveOptions archive;

  @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() throws InterruptedException {
    var context = Archive.serve(archive, port);
    System.out.printf("Quire is serving http://localhost:%d/ (data: %s). Stop with Ctrl-C.%n",
        port, archive.data);
    Archive.awaitShutdown(context);
    return 0;
  }
}
