package dev.quire.bench;

import dev.quire.search.LuceneAnalysis;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The same works in plain Lucene, the floor Quire's search is measured against: no database, no
 * HTML to parse, no Hibernate Search, one flat document a work. Its text fields (title, summary,
 * chapter text) are analyzed with Quire's own {@link LuceneAnalysis#prose() prose} analyzer, its
 * tags are keyword terms ({@code kind:name}) and facet values, its kudos and dates numbers to
 * range over and sort by.
 *
 * <p>{@link #index} indexes the works twice, on one thread and on every processor, timing each; the
 * second index stays open for {@link LuceneMix} to search. {@link #close} deletes both. Not
 * thread-safe.
 */
final class LuceneTwin implements AutoCloseable {

  /** Works generated at a time, outside the timing, and then indexed. */
  private static final int BATCH = 500;

  /**
   * How long indexing took, the final commit included.
   *
   * @param threads the processors the second run used
   */
  record Load(int works, double oneThreadSeconds, int threads, double allThreadsSeconds) {

    double oneThreadWorksPerSecond() {
      return works / oneThreadSeconds;
    }

    double allThreadsWorksPerSecond() {
      return works / allThreadsSeconds;
    }
  }

  private final Path folder;
  private final Load load;
  private final DirectoryReader reader;
  private final FacetsConfig facets;

  private LuceneTwin(Path folder, Load load, DirectoryReader reader, FacetsConfig facets) {
    this.folder = folder;
    this.load = load;
    this.reader = reader;
    this.facets = facets;
  }

  /** Indexes every work of {@code archive} below {@code folder}, once per thread count. */
  static LuceneTwin index(SyntheticArchive archive, Path folder) throws IOException, InterruptedException {
    int threads = Runtime.getRuntime().availableProcessors();
    FacetsConfig facets = facetsConfig();
    Analyzer prose = LuceneAnalysis.prose();
    try {
      double oneThread = index(archive, folder.resolve("one-thread"), 1, prose, facets);
      Benchmark.delete(folder.resolve("one-thread"));
      double allThreads = index(archive, folder.resolve("all-threads"), threads, prose, facets);
      DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder.resolve("all-threads")));
      return new LuceneTwin(folder, new Load(archive.works(), oneThread, threads, allThreads), reader, facets);
    } catch (IOException | InterruptedException | RuntimeException e) {
      Benchmark.delete(folder);
      throw e;
    }
  }

  Load load() {
    return load;
  }

  /** The index on every thread's, open for searching. */
  DirectoryReader reader() {
    return reader;
  }

  /** How the tags' facet values were indexed, which counting them needs. */
  FacetsConfig facets() {
    return facets;
  }

  @Override
  public void close() throws IOException {
    try {
      IOUtils.close(reader, reader.directory());
    } finally {
      Benchmark.delete(folder);
    }
  }

  /** Seconds spent indexing: works are made in batches untimed, then each batch indexed timed. */
  private static double index(SyntheticArchive archive, Path folder, int threads, Analyzer prose, FacetsConfig facets)
      throws IOException, InterruptedException {
    long nanos = 0;
    try (Directory directory = FSDirectory.open(folder);
        ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(prose));
      for (int from = 0; from < archive.works(); from += BATCH) {
        List<WorkSpec> works = IntStream.range(from, Math.min(from + BATCH, archive.works())).parallel()
            .mapToObj(archive::work).toList();
        long start = System.nanoTime();
        List<Future<?>> parts = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
          int first = thread;
          parts.add(pool.submit(() -> {
            for (int i = first; i < works.size(); i += threads) {
              writer.addDocument(facets.build(document(works.get(i))));
            }
            return null;
          }));
        }
        awaitAll(parts, writer);
        nanos += System.nanoTime() - start;
      }
      long start = System.nanoTime();
      writer.close();
      nanos += System.nanoTime() - start;
    }
    return nanos / 1e9;
  }

  private static void awaitAll(List<Future<?>> parts, IndexWriter writer) throws IOException, InterruptedException {
    try {
      for (Future<?> part : parts) {
        part.get();
      }
    } catch (ExecutionException e) {
      writer.rollback();
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
    }
  }

  /** One work as a flat document: analyzed text, keyword tags and facets, numbers. */
  private static Document document(WorkSpec work) {
    Document document = new Document();
    document.add(new StoredField("number", work.number()));
    document.add(new TextField(LuceneMix.TITLE, work.title(), Field.Store.YES));
    document.add(new TextField(LuceneMix.SUMMARY, work.summary(), Field.Store.NO));
    if (!work.chapters().isEmpty()) {
      document.add(new TextField(LuceneMix.TEXT, work.text(), Field.Store.NO));
    }
    for (String key : work.tagKeys()) {
      document.add(new StringField(LuceneMix.TAG, key, Field.Store.NO));
      int colon = key.indexOf(':');
      document.add(new SortedSetDocValuesFacetField(key.substring(0, colon), key.substring(colon + 1)));
    }
    document.add(new IntPoint(LuceneMix.KUDOS, work.kudos()));
    document.add(new NumericDocValuesField(LuceneMix.KUDOS, work.kudos()));
    document.add(new NumericDocValuesField(LuceneMix.UPDATED,
        (work.updated() != null ? work.updated() : work.published()).toEpochDay()));
    return document;
  }

  /** Every tag kind is a facet dimension a work may hold several values of. */
  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String kind : List.of("rating", "warning", "category", "fandom", "relationship", "character", "freeform")) {
      config.setMultiValued(kind, true);
    }
    return config;
  }
}
