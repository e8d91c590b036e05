package dev.quire.cli;

import dev.quire.account.AccessTokens;
import dev.quire.account.AccountRepository;
import dev.quire.bench.BenchReport;
import dev.quire.bench.Community;
import dev.quire.bench.Benchmark;
import dev.quire.bench.SynonymChange;
import dev.quire.ingest.Importer;
import dev.quire.search.SearchIndex;
import dev.quire.search.WorkQuery;
import dev.quire.wrangling.Wrangling;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a reproducible AO3-like archive, import it, time a fixed mix of searches and,",
      "when a PostgreSQL server is given, the same mix in PostgreSQL full-text search.",
      "With --community: readers instead (accounts, kudos, comments, mutes), and the pages of a",
      "work with many comments, a search by a reader muting many creators and kudos at a fixed rate.",
      "With --wrangling: a tag on many works made a synonym, and the time until a search with its",
      "canonical tag's filter finds them all.",
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

  @Option(names = "--community", description = "Time readers' features instead of the search mix (see below).")
  boolean community;

  @Option(names = "--users", paramLabel = "N", defaultValue = "10000",
      description = "With --community: accounts (default: ${DEFAULT-VALUE}).")
  int users;

  @Option(names = "--kudos", paramLabel = "N", defaultValue = "1000000",
      description = "With --community: kudos loaded before timing (default: ${DEFAULT-VALUE}).")
  long kudos;

  @Option(names = "--comments", paramLabel = "N", defaultValue = "100000",
      description = "With --community: comments loaded, the timed work's among them (default: ${DEFAULT-VALUE}).")
  long comments;

  @Option(names = "--work-comments", paramLabel = "N", defaultValue = "500",
      description = "With --community: comments on the work whose pages are timed (default: ${DEFAULT-VALUE}).")
  int workComments;

  @Option(names = "--mutes", paramLabel = "N", defaultValue = "2000",
      description = "With --community: accounts the searching reader mutes, creators first (default: ${DEFAULT-VALUE}).")
  int mutes;

  @Option(names = "--kudos-rate", paramLabel = "N", defaultValue = "200",
      description = "With --community: kudos a second sent through the API (default: ${DEFAULT-VALUE}).")
  int kudosRate;

  @Option(names = "--kudos-seconds", paramLabel = "S", defaultValue = "30",
      description = "With --community: how long kudos are sent (default: ${DEFAULT-VALUE}).")
  int kudosSeconds;

  @Option(names = "--wrangling", description = "Time making a tag on many works a synonym instead of the search mix.")
  boolean wrangling;

  @Option(names = "--tagged", paramLabel = "N", defaultValue = "100000",
      description = "With --wrangling: works the tag made a synonym is on, the first ones (default: ${DEFAULT-VALUE}).")
  int tagged;

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
    Community.Settings readers = community ? new Community.Settings(users, kudos, comments, workComments, mutes,
        kudosRate, kudosSeconds, queries) : null;
    if (community && wrangling) {
      throw new IllegalArgumentException("--community and --wrangling are two benchmarks: give one");
    }
    SynonymChange.Settings synonym = wrangling ? new SynonymChange.Settings(Math.min(tagged, works)) : null;
    if ((community || wrangling) && postgresUrl != null && !postgresUrl.isBlank()) {
      System.err.println((community ? "--community" : "--wrangling") + " times Quire alone: the PostgreSQL server given is left out");
    }
    Benchmark benchmark = Benchmark.prepare(settings, System.err);
    BenchReport report;
    // Served, as an archive runs: the background work (counts, re-filing after wrangling) runs only then.
    try (var context = community || wrangling ? Archive.serveQuietly(benchmark.archiveFolder(), 0)
        : Archive.open(benchmark.archiveFolder(), null)) {
      if (community) {
        report = benchmark.runCommunity(context.getBean(Importer.class), parts(context), readers);
      } else if (wrangling) {
        report = benchmark.runWrangling(context.getBean(Importer.class), new SynonymChange.Archive(
            context.getBean(JdbcTemplate.class), context.getBean(SearchIndex.class), context.getBean(WorkQuery.class),
            context.getBean(Wrangling.class), context.getBean(AccountRepository.class)), synonym);
      } else {
        report = benchmark.run(context.getBean(Importer.class), context.getBean(WorkQuery.class));
      }
    } finally {
      benchmark.cleanUp();
    }
    System.out.println(json ? report.json() : report.table());
    return report.importFailed() ? 1 : 0;
  }

  /** What the community benchmark uses of the running archive, and where it serves. */
  private static Community.Archive parts(ConfigurableApplicationContext context) {
    String port = context.getEnvironment().getProperty("local.server.port");
    return new Community.Archive(context.getBean(JdbcTemplate.class), context.getBean(SearchIndex.class),
        context.getBean(WorkQuery.class), context.getBean(AccountRepository.class), context.getBean(AccessTokens.class),
        URI.create("http://127.0.0.1:" + port));
  }
}
