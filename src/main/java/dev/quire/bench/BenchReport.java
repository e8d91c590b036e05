package dev.quire.bench;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of one {@code quire bench} run, as a table for people ({@link #table}) or one JSON
 * object for scripts ({@link #json}). Latencies are in milliseconds. A query's ratio is Quire's
 * latency divided by the other engine's, so below 1 means Quire is faster; the import's ratio is
 * Quire's works a second divided by plain Lucene's on every thread, so below 1 means Quire is
 * slower. Not thread-safe.
 */
public final class BenchReport {

  private final Map<String, Object> archive = new LinkedHashMap<>();
  private final Map<String, Object> imported = new LinkedHashMap<>();
  private final Map<QueryKind, BenchQuery> examples = new EnumMap<>(QueryKind.class);
  private Map<QueryKind, Latencies> quire = Map.of();
  private Map<QueryKind, Latencies> postgres = Map.of();
  private Map<QueryKind, Latencies> lucene = Map.of();
  private LuceneTwin.Load luceneLoad;
  private PostgresTwin.Load postgresLoad;
  private Memory memory;
  private Map<String, Object> community;
  private Map<String, Object> wrangling;
  private long bytesWritten;

  BenchReport(Benchmark.Settings settings, ProseSample prose, FreeformTags freeforms) {
    archive.put("seed", settings.seed());
    archive.put("works", settings.works());
    archive.put("metadataOnly", settings.metadataOnly());
    archive.put("prose", prose.isBuiltIn()
        ? "built-in sample (no gutenberg folder under " + settings.shared() + ")"
        : prose.size() + " paragraphs sampled from " + settings.shared().resolve("gutenberg"));
    archive.put("freeformTags", freeforms.isBuiltIn()
        ? "built-in list of " + freeforms.size() + " (no vocab/ao3-freeform-tags under " + settings.shared() + ")"
        : freeforms.size() + " AO3 freeform tags with their usage counts");
  }

  void generated(long bytes, double seconds) {
    bytesWritten = bytes;
    archive.put("bytes", bytes);
    archive.put("writeSeconds", round(seconds));
  }

  void imported(long works, long failed, double seconds, String firstFailure) {
    imported.put("imported", works);
    imported.put("failed", failed);
    if (firstFailure != null) {
      imported.put("firstFailure", firstFailure);
    }
    imported.put("seconds", round(seconds));
    imported.put("worksPerSecond", round(works / seconds));
    imported.put("megabytesPerSecond", round(bytesWritten / 1e6 / seconds));
  }

  void example(QueryKind kind, BenchQuery query) {
    examples.putIfAbsent(kind, query);
  }

  void quire(Map<QueryKind, Latencies> figures) {
    quire = figures;
  }

  void postgres(Map<QueryKind, Latencies> figures) {
    postgres = figures;
  }

  void lucene(Map<QueryKind, Latencies> figures) {
    lucene = figures;
  }

  void luceneLoad(LuceneTwin.Load load) {
    luceneLoad = load;
  }

  void postgresLoad(PostgresTwin.Load load) {
    postgresLoad = load;
  }

  void memory(Memory memory) {
    this.memory = memory;
  }

  void community(Map<String, Object> figures) {
    community = figures;
  }

  void wrangling(Map<String, Object> figures) {
    wrangling = figures;
  }

  /** Whether any file failed to import. */
  public boolean importFailed() {
    return !Long.valueOf(0).equals(imported.get("failed"));
  }

  /** Every figure as one JSON object. */
  public String json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("archive", archive);
    json.put("import", imported);
    json.put("memory", memory);
    if (postgresLoad != null) {
      json.put("postgresLoad", Map.of("copySeconds", round(postgresLoad.copySeconds()),
          "indexSeconds", round(postgresLoad.indexSeconds())));
    }
    Map<String, Object> queries = new LinkedHashMap<>();
    quire.forEach((kind, figures) -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      BenchQuery example = examples.get(kind);
      entry.put("example", example.ao3());
      entry.put("sql", example.sql().stream().map(BenchQuery.Statement::sql).toList());
      entry.put("quire", figures);
      Latencies twin = postgres.get(kind);
      if (twin != null) {
        entry.put("postgres", twin);
        entry.put("ratioP50", round(figures.p50() / twin.p50()));
        entry.put("ratioP99", round(figures.p99() / twin.p99()));
      }
      queries.put(kind.key(), entry);
    });
    if (community != null) {
      json.put("community", community);
    } else if (wrangling != null) {
      json.put("wrangling", wrangling);
    } else {
      json.put("queries", queries);
    }
    if (luceneLoad != null) {
      json.put("luceneTwin", luceneJson());
      json.put("ratios", ratios());
    }
    json.put("postgres", postgresLoad != null);
    return JsonMapper.builder().build().writeValueAsString(json);
  }

  private Map<String, Object> luceneJson() {
    Map<String, Object> twin = new LinkedHashMap<>();
    twin.put("indexOneThread", Map.of("seconds", round(luceneLoad.oneThreadSeconds()),
        "worksPerSecond", round(luceneLoad.oneThreadWorksPerSecond())));
    twin.put("indexAllThreads", Map.of("threads", luceneLoad.threads(),
        "seconds", round(luceneLoad.allThreadsSeconds()),
        "worksPerSecond", round(luceneLoad.allThreadsWorksPerSecond())));
    Map<String, Object> queries = new LinkedHashMap<>();
    lucene.forEach((kind, figures) -> queries.put(kind.key(), figures));
    twin.put("queries", queries);
    return twin;
  }

  /** Quire's figures over plain Lucene's: works a second for the import, latencies for each kind. */
  private Map<String, Object> ratios() {
    Map<String, Object> ratios = new LinkedHashMap<>();
    ratios.put("import", ratio(importRatio()));
    quire.forEach((kind, figures) -> {
      Latencies twin = lucene.get(kind);
      if (twin != null) {
        ratios.put(kind.key(), Map.of("p50", ratio(figures.p50() / twin.p50()),
            "p99", ratio(figures.p99() / twin.p99())));
      }
    });
    return ratios;
  }

  private double importRatio() {
    return ((Number) imported.get("imported")).doubleValue() / (double) imported.get("seconds")
        / luceneLoad.allThreadsWorksPerSecond();
  }

  /** The figures as lines a person reads. */
  public String table() {
    StringBuilder text = new StringBuilder();
    text.append(String.format("Archive: %,d works%s, seed %s, %.1f MB of AO3 HTML written in %.1f s%n",
        archive.get("works"), Boolean.TRUE.equals(archive.get("metadataOnly")) ? " (metadata only)" : "",
        archive.get("seed"), bytesWritten / 1e6, (double) archive.get("writeSeconds")));
    text.append("  prose: ").append(archive.get("prose")).append(System.lineSeparator());
    text.append("  freeform tags: ").append(archive.get("freeformTags")).append(System.lineSeparator());
    text.append(String.format("Import: %,d works (%d failed) in %.1f s: %.1f works/s, %.2f MB/s%n",
        imported.get("imported"), imported.get("failed"), imported.get("seconds"),
        imported.get("worksPerSecond"), imported.get("megabytesPerSecond")));
    if (imported.containsKey("firstFailure")) {
      text.append("  first failure: ").append(imported.get("firstFailure")).append(System.lineSeparator());
    }
    if (memory != null) {
      text.append(String.format("Memory: heap %d MiB after GC (peak %d MiB, max %d MiB), peak RSS %d MiB%n",
          memory.heapAfterGcMb(), memory.heapPeakMb(), memory.heapMaxMb(), memory.residentPeakMb()));
    }
    if (community != null) {
      return text.append(communityTable()).toString();
    }
    if (wrangling != null) {
      return text.append(wranglingTable()).toString();
    }
    if (luceneLoad != null) {
      text.append(String.format("Plain Lucene index: %.1f works/s on 1 thread (%.1f s), %.1f works/s on %d (%.1f s);"
              + " Quire's import %.2f times the latter%n",
          luceneLoad.oneThreadWorksPerSecond(), luceneLoad.oneThreadSeconds(), luceneLoad.allThreadsWorksPerSecond(),
          luceneLoad.threads(), luceneLoad.allThreadsSeconds(), importRatio()));
    }
    if (postgresLoad != null) {
      text.append(String.format("PostgreSQL load: COPY %.1f s, indexes %.1f s%n",
          postgresLoad.copySeconds(), postgresLoad.indexSeconds()));
    } else {
      text.append("PostgreSQL: none given (--postgres-url or QUIRE_BENCH_POSTGRES_URL): Quire's figures only")
          .append(System.lineSeparator());
    }
    text.append(String.format("%n%-20s %-8s %9s %9s %9s %9s %10s%n",
        "query", "engine", "p50 ms", "p95 ms", "p99 ms", "q/s", "hits"));
    quire.forEach((kind, figures) -> {
      text.append(row(kind.label(), "Quire", figures));
      Latencies raw = lucene.get(kind);
      if (raw != null) {
        text.append(row("", "Lucene", raw));
        text.append(String.format("%-20s %-8s %9.2f %9s %9.2f%n", "", "/Lucene",
            figures.p50() / raw.p50(), "", figures.p99() / raw.p99()));
      }
      Latencies twin = postgres.get(kind);
      if (twin != null) {
        text.append(row("", "Postgres", twin));
        text.append(String.format("%-20s %-8s %9.2f %9s %9.2f%n", "", "ratio",
            figures.p50() / twin.p50(), "", figures.p99() / twin.p99()));
      }
    });
    text.append(String.format("%nQueries (AO3 syntax; /Lucene = Quire / plain Lucene, ratio = Quire / PostgreSQL,"
        + " below 1 is Quire faster):%n"));
    examples.forEach((kind, example) ->
        text.append(String.format("  %-20s %s%n", kind.label(), example.ao3())));
    return text.toString();
  }

  @SuppressWarnings("unchecked")
  private String communityTable() {
    Map<String, Object> data = (Map<String, Object>) community.get("data");
    Map<String, Object> pages = (Map<String, Object>) community.get("pages");
    Map<String, Object> search = (Map<String, Object>) community.get("mutedSearch");
    Map<String, Object> kudos = (Map<String, Object>) community.get("kudos");
    Map<String, Object> counted = (Map<String, Object>) community.get("countSearch");
    StringBuilder text = new StringBuilder();
    text.append(String.format("Readers: %,d accounts (%,d holding bylines), %,d kudos, %,d comments, %,d mutes"
            + " (%,d of creators); loaded in %.1f s, index rebuilt in %.1f s%n",
        data.get("accounts"), data.get("creatorAccounts"), data.get("kudos"), data.get("comments"),
        data.get("mutes"), data.get("mutedCreators"), data.get("loadSeconds"), data.get("reindexSeconds")));
    text.append(String.format("%n%-34s %9s %9s %9s%n", "measured", "p50 ms", "p95 ms", "p99 ms"));
    text.append(latencyRow("GET /works/" + pages.get("workId"), (Latencies) pages.get("work")));
    text.append(latencyRow("GET /works/" + pages.get("workId") + "/comments", (Latencies) pages.get("commentsPage")));
    text.append(latencyRow("search, muting " + search.get("mutes"), (Latencies) search.get("muted")));
    text.append(latencyRow("search, muting none", (Latencies) search.get("unmuted")));
    text.append(latencyRow("search by own kudos", (Latencies) counted.get("ownCounts")));
    text.append(latencyRow("search by stated kudos", (Latencies) counted.get("statedCounts")));
    text.append(latencyRow("POST kudos (API)", (Latencies) kudos.get("latency")));
    text.append(String.format("Load average (1 min) before and after: pages %s, searches %s, count searches %s,"
            + " kudos %s%n", pages.get("loadAverage"), search.get("loadAverage"), counted.get("loadAverage"),
        kudos.get("loadAverage")));
    text.append(String.format("%nThe work: %,d comments in %,d threads, %,d kudos; pages of %,d and %,d bytes%n",
        pages.get("comments"), pages.get("threads"), pages.get("kudos"), pages.get("workBytes"),
        pages.get("commentsPageBytes")));
    text.append(String.format("Muted search: p99 %.2f times the unmuted one's, over %d queries of the mix%n",
        search.get("ratioP99"), search.get("queries")));
    text.append(String.format("Ordered and filtered by the archive's own kudos (kept apart from the documents):"
            + " p99 %.2f times the same searches by the stated kudos (a document field), over %d searches%n",
        counted.get("ratioP99"), counted.get("queries")));
    text.append(String.format("Kudos: %,d a second offered for %d s on %,d works: %,d left, %,d failed,"
            + " %.1f a second%n", kudos.get("offeredPerSecond"), kudos.get("seconds"), kudos.get("works"),
        kudos.get("left"), kudos.get("failed"), kudos.get("perSecond")));
    text.append(String.format("  counts behind their rows: %d works; search index caught up %.1f s after the last"
            + " (%d works still pending), and %s%n", kudos.get("countsBehindRows"), kudos.get("indexCaughtUpSeconds"),
        kudos.get("indexPendingAfter"),
        Boolean.TRUE.equals(kudos.get("indexAgrees")) ? "finds what the database counts" : "DISAGREES with the database"));
    return text.toString();
  }

  @SuppressWarnings("unchecked")
  private String wranglingTable() {
    Map<String, Object> data = (Map<String, Object>) wrangling.get("data");
    Map<String, Object> change = (Map<String, Object>) wrangling.get("change");
    StringBuilder text = new StringBuilder();
    text.append(String.format("Tags: \"%s\" on %,d works, \"%s\" (canonical) on %,d; loaded in %.1f s,"
            + " index rebuilt in %.1f s%n", data.get("tag"), data.get("tagged"), data.get("canonical"),
        data.get("canonicalTagged"), data.get("loadSeconds"), data.get("reindexSeconds")));
    text.append(String.format("Before: the search finds %,d works by \"%s\" and %,d by \"%s\"%n",
        data.get("foundByTagBefore"), data.get("tag"), data.get("foundByCanonicalBefore"), data.get("canonical")));
    text.append(String.format("%nMaking \"%s\" a synonym of \"%s\" (as a wrangler, the API's service):%n",
        data.get("tag"), data.get("canonical")));
    text.append(String.format("  %-44s %10.1f ms%n", "the change's own call", change.get("changeMillis")));
    text.append(String.format("  %-44s %10s s%n", "until the search finds the first moved work",
        change.get("firstFoundSeconds") == null ? "-" : String.format("%.1f", change.get("firstFoundSeconds"))));
    text.append(String.format("  %-44s %10.1f s%n", "until it finds all " + String.format("%,d", change.get("expected")),
        change.get("visibleSeconds")));
    text.append(String.format("  %-44s %10s works/s (%s of %s in %s s)%n", "re-filed (tag_refile)",
        change.get("refilePerSecond"), change.get("refileDone"), change.get("refileTotal"), change.get("refileSeconds")));
    text.append(String.format("  search finds %,d of %,d at the end: %s; load average (1 min) before and after %s%n",
        change.get("found"), change.get("expected"),
        Boolean.TRUE.equals(change.get("allFound")) ? "all" : "NOT ALL", change.get("loadAverage")));
    return text.toString();
  }

  private static String latencyRow(String label, Latencies figures) {
    return String.format("%-34s %9.2f %9.2f %9.2f%n", label, figures.p50(), figures.p95(), figures.p99());
  }

  private static String row(String label, String engine, Latencies figures) {
    return String.format("%-20s %-8s %9.2f %9.2f %9.2f %9.1f %10d%n", label, engine,
        figures.p50(), figures.p95(), figures.p99(), figures.queriesPerSecond(), figures.hits());
  }

  /** Three significant digits, so that a small ratio does not round to nothing. */
  private static double ratio(double value) {
    return Double.isFinite(value) ? new java.math.BigDecimal(value).round(new java.math.MathContext(3)).doubleValue()
        : value;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
