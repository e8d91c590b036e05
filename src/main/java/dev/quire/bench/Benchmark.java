package dev.quire.bench;

import dev.quire.ingest.FileOutcome;
import dev.quire.ingest.ImportReport;
import dev.quire.ingest.Importer;
import dev.quire.search.WorkQuery;
import dev.quire.tagging.Vocabulary;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * {@code quire bench}: writes a reproducible AO3-like archive as AO3 HTML downloads, imports it
 * through Quire's importer, times a fixed mix of searches, then indexes the same works in plain
 * Lucene ({@link LuceneTwin}) and times the mix there, the floor Quire is measured against, and
 * times the same mix in PostgreSQL full-text search when a server is given.
 *
 * <p>Use: {@link #prepare} writes the files; the caller opens Quire's archive in {@link
 * #archiveFolder()} and hands its importer and search to {@link #run}; {@link #cleanUp} deletes the
 * folder unless it is to be kept. Not thread-safe; progress goes to the given stream.
 */
public final class Benchmark {

  /**
   * What to run.
   *
   * @param shared the folder beside the project with {@code gutenberg/} and {@code vocab/}; when it
   *     lacks them, built-in samples are used and the report says so
   * @param data the folder for the files and the archive
   * @param keep whether to leave the folder (and the PostgreSQL schema) behind
   * @param queries timed runs of each query kind, per engine
   * @param postgresUrl a JDBC URL of a PostgreSQL server to compare with, or blank for none
   */
  public record Settings(long seed, int works, boolean metadataOnly, int queries, Path shared,
      Path data, boolean keep, String postgresUrl, String postgresUser, String postgresPassword) {
    public Settings {
      if (works < 1) {
        throw new IllegalArgumentException("--works must be at least 1");
      }
      if (queries < 1) {
        throw new IllegalArgumentException("--queries must be at least 1");
      }
    }
  }

  private final Settings settings;
  private final SyntheticArchive archive;
  private final PrintStream progress;
  private final BenchReport report;

  private Benchmark(Settings settings, SyntheticArchive archive, PrintStream progress, BenchReport report) {
    this.settings = settings;
    this.archive = archive;
    this.progress = progress;
    this.report = report;
  }

  /** Samples the prose and tags, and writes the archive's files below the data folder. */
  public static Benchmark prepare(Settings settings, PrintStream progress) throws IOException {
    Path shared = settings.shared();
    ProseSample prose = ProseSample.load(shared == null ? null : shared.resolve("gutenberg"), settings.seed());
    FreeformTags freeforms = FreeformTags.load(shared);
    SyntheticArchive archive = new SyntheticArchive(settings.seed(), settings.works(),
        settings.metadataOnly(), prose, freeforms, Vocabulary.shipped());
    BenchReport report = new BenchReport(settings, prose, freeforms);
    progress.printf("Writing %,d works%s (seed %d) to %s…%n", settings.works(),
        settings.metadataOnly() ? " without chapter text" : "", settings.seed(), worksFolder(settings));
    long start = System.nanoTime();
    long bytes = write(archive, worksFolder(settings));
    report.generated(bytes, (System.nanoTime() - start) / 1e9);
    return new Benchmark(settings, archive, progress, report);
  }

  /** Where Quire's archive (database and index) for this run goes. */
  public Path archiveFolder() {
    return settings.data().resolve("archive");
  }

  /** Imports the generated files; only their counts outlive the import's report. */
  private void importAll(Importer importer) {
    progress.printf("Importing…%n");
    long start = System.nanoTime();
    ImportReport imported = importer.importPaths(List.of(worksFolder(settings)), false, outcome -> {});
    report.imported(imported.imported(), imported.failed(), (System.nanoTime() - start) / 1e9,
        firstFailure(imported));
  }

  /** Imports the files, times the mix on Quire, on plain Lucene and, when given, on PostgreSQL. */
  public BenchReport run(Importer importer, WorkQuery query) throws SQLException, IOException, InterruptedException {
    List<BenchQuery> queries = new QueryPlan(archive, settings.seed()).queries();
    try (HeapPeak heapPeak = HeapPeak.start()) {
      importAll(importer);
      QueryMix mix = new QueryMix(query);
      progress.printf("Timing %d runs of each query kind on Quire…%n", settings.queries());
      report.quire(time(queries, q -> mix.run(q.ao3(), q.kind() == QueryKind.FACETS)));
      report.memory(Memory.now(heapPeak));
    }
    progress.printf("Indexing the same works in plain Lucene, on one thread and on %d…%n",
        Runtime.getRuntime().availableProcessors());
    try (LuceneTwin lucene = LuceneTwin.index(archive, settings.data().resolve("lucene"))) {
      report.luceneLoad(lucene.load());
      LuceneMix mix = new LuceneMix(lucene);
      progress.printf("Timing %d runs of each query kind on plain Lucene…%n", settings.queries());
      report.lucene(time(queries, mix::run));
    }
    if (settings.postgresUrl() == null || settings.postgresUrl().isBlank()) {
      return report;
    }
    PostgresTwin.Server server = new PostgresTwin.Server(
        settings.postgresUrl(), settings.postgresUser(), settings.postgresPassword());
    try (PostgresTwin postgres = PostgresTwin.open(server, settings.keep())) {
      progress.printf("Loading the same works into PostgreSQL (schema %s)…%n", postgres.schema());
      report.postgresLoad(postgres.load(archive));
      progress.printf("Timing %d runs of each query kind on PostgreSQL…%n", settings.queries());
      report.postgres(time(queries, postgres::run));
    }
    return report;
  }

  /**
   * Imports the files, loads readers onto the works ({@link Community}) and times what they do:
   * the pages of a work with many comments, a search by a reader muting many creators, kudos at a
   * fixed rate. The search mix and PostgreSQL are left out.
   */
  public BenchReport runCommunity(Importer importer, Community.Archive parts, Community.Settings community)
      throws InterruptedException {
    List<BenchQuery> queries = new QueryPlan(archive, settings.seed()).queries();
    try (HeapPeak heapPeak = HeapPeak.start()) {
      importAll(importer);
      report.community(new Community(community, settings.seed(), progress).run(parts, queries));
      report.memory(Memory.now(heapPeak));
    }
    return report;
  }

  /**
   * Imports the files, puts a tag on many works ({@link SynonymChange}) and times making it a
   * synonym until a search finds the works under its canonical tag. The search mix and PostgreSQL
   * are left out.
   */
  public BenchReport runWrangling(Importer importer, SynonymChange.Archive parts, SynonymChange.Settings wrangling)
      throws InterruptedException {
    try (HeapPeak heapPeak = HeapPeak.start()) {
      importAll(importer);
      report.wrangling(new SynonymChange(wrangling, progress).run(parts));
      report.memory(Memory.now(heapPeak));
    }
    return report;
  }

  /** Deletes the data folder, unless it is to be kept. */
  public void cleanUp() throws IOException {
    if (!settings.keep()) {
      delete(settings.data());
    }
  }

  private Map<QueryKind, Latencies> time(List<BenchQuery> queries, java.util.function.ToLongFunction<BenchQuery> engine) {
    Map<QueryKind, Latencies> figures = new EnumMap<>(QueryKind.class);
    for (QueryKind kind : QueryKind.values()) {
      List<BenchQuery> ofKind = queries.stream().filter(q -> q.kind() == kind).toList();
      report.example(kind, ofKind.getFirst());
      figures.put(kind, Latencies.measure(ofKind, settings.queries() / 4 + 10, settings.queries(), engine));
    }
    return figures;
  }

  private static String firstFailure(ImportReport imported) {
    return imported.files().stream().filter(f -> f.status() == FileOutcome.Status.FAILED)
        .map(f -> f.path() + ": " + f.reason()).findFirst().orElse(null);
  }

  static Path worksFolder(Settings settings) {
    return settings.data().resolve("works");
  }

  /** Writes work n to {@code works/<n / 1000>/<n>.html}; returns the bytes written. */
  static long write(SyntheticArchive archive, Path folder) throws IOException {
    Files.createDirectories(folder);
    try {
      return IntStream.range(0, archive.works()).parallel().mapToLong(n -> {
        try {
          Path file = folder.resolve("%04d/%07d.html".formatted(n / 1000, n));
          Files.createDirectories(file.getParent());
          byte[] html = Ao3Download.html(archive.work(n)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
          Files.write(file, html);
          return html.length;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
