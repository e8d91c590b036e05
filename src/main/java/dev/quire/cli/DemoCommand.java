package dev.quire.cli;

import dev.quire.ingest.FileOutcome;
import dev.quire.ingest.Importer;
import java.io.IOException;
import java.util.concurrent.Callable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Import the bundled sample works (once) and serve the archive over HTTP.")
final class DemoCommand implements Callable<Integer> {

  @Mixin ArchiveOptions archive;

  @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() throws IOException, InterruptedException {
    var context = Archive.serve(archive.data, port);
    Importer importer = context.getBean(Importer.class);
    int imported = 0;
    for (Resource sample : new PathMatchingResourcePatternResolver().getResources("classpath:samples/*")) {
      FileOutcome outcome = importer.importBytes(
          "sample " + sample.getFilename(), sample.getFilename(), sample.getContentAsByteArray(), false);
      if (outcome.status() == FileOutcome.Status.FAILED) {
        System.err.println("quire: sample " + sample.getFilename() + " failed: " + outcome.reason());
      } else if (outcome.status() == FileOutcome.Status.IMPORTED) {
        imported++;
      }
    }
    System.out.printf("Imported %d sample works. Quire is serving http://localhost:%d/ (data: %s). Stop with Ctrl-C.%n",
        imported, port, archive.data);
    Archive.awaitShutdown(context);
    return 0;
  }
}
