package dev.quire.cli;

import dev.quire.bench.BenchReport;
import dev.quire.bench.Benchmark;
import dev.quire.ingest.Importer;
import dev.quire.search.WorkQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a reproducible AO3-like archive, import it, time a fixed mix of searches and,",
      "when a PostgreSQL server is given, the same mix in PostgreSQL full-text search.",
      "See docs/BENCHMARKS.md; bench/postgres starts a throwaway server."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the benchmark ran and every work imported",
      "1:some work failed to import (the report says which)",
      "2:the command line is wrong or something could not be opened (the reason is printed)"
    })
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--works", paramLabel = "N", defaultValue = "10000",
      description = "Works to generate (default: ${DEFAULT-VALUE}).")
  int works;

  @Option(names = "--metadata-only", description = "Works without chapter text: a summary and one short line.")
  boolean metadataOnly;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the archive and the queries (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "200",
      description = "Timed runs of each query kind, per engine (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Folder for the generated files and the archive (default: a temporary folder).")
  Path data;

  @Option(names = "--keep", description = "Keep the data folder and the PostgreSQL schema afterwards.")
  boolean keep;

  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "${sys:quire.shared:-../shared}",
      description = "Folder with gutenberg/ and vocab/ao3-freeform-tags/ (default: ${DEFAULT-VALUE});"
          + " built-in samples when absent.")
  Path shared;

  @Option(names = "--postgres-url", paramLabel = "JDBC-URL", defaultValue = "${env:QUIRE_BENCH_POSTGRES_URL:-}",
      description = "PostgreSQL to compare with, e.g. jdbc:postgresql://127.0.0.1:5432/bench"
          + " (default: $QUIRE_BENCH_POSTGRES_URL; none: Quire only).")
  String postgresUrl;

  @Option(names = "--postgres-user", defaultValue = "${env:QUIRE_BENCH_POSTGRES_USER:-postgres}",
      description = "(default: $QUIRE_BENCH_POSTGRES_USER or postgres)")
  String postgresUser;

  @Option(names = "--postgres-password", defaultValue = "${env:QUIRE_BENCH_POSTGRES_PASSWORD:-}",
      description = "(default: $QUIRE_BENCH_POSTGRES_PASSWORD)")
  String postgresPassword;

  @Option(names = "--json", description = "Print the figures as one JSON object on standard output.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Path folder = data != null ? data : Files.createTempDirectory("quire-bench-");
    if (Files.isDirectory(folder.resolve("works")) || Files.isDirectory(folder.resolve("archive"))) {
      throw new IllegalArgumentException(folder + " already holds a benchmark: give an empty or new --data folder");
    }
    Benchmark.Settings settings = new Benchmark.Settings(seed, works, metadataOnly, queries, shared,
        folder, keep, postgresUrl, postgresUser, postgresPassword);
    Benchmark benchmark = Benchmark.prepare(settings, System.err);
    BenchReport report;
    try (var context = Archive.open(benchmark.archiveFolder(), null)) {
      report = benchmark.run(context.getBean(Importer.class), context.getBean(WorkQuery.class));
    } finally {
      benchmark.cleanUp();
    }
    System.out.println(json ? report.json() : report.table());
    return report.importFailed() ? 1 : 0;
  }
}
