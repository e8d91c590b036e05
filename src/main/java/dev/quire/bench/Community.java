package dev.quire.bench;

import dev.quire.account.AccessTokens;
import dev.quire.account.AccountRepository;
import dev.quire.account.Viewer;
import dev.quire.search.SearchIndex;
import dev.quire.search.WorkQuery;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code quire bench --community}: readers on the generated archive (accounts, kudos, comments,
 * mutes, loaded by {@link CommunityData}), then three measurements of what they do, each after a
 * warm-up: a work's page and its comments page served over HTTP by the running archive, a search
 * by a reader who mutes many creators against the same search unmuted, and kudos left through the
 * API at a fixed rate, with the time their counts take to reach the search index. Not thread-safe;
 * progress goes to the given stream.
 */
public final class Community {

  /** Accounts that leave kudos during the timed run, one API token each. */
  static final int KUDOS_GIVERS = 200;
  /** How long the counts may take to reach the search index before the run says they did not. */
  private static final Duration INDEX_PATIENCE = Duration.ofMinutes(3);

  /**
   * What to load and how hard to push.
   *
   * @param workComments the comments on the one work whose pages are timed
   * @param mutes the accounts the muting reader mutes, creators first
   * @param kudosRate kudos a second offered during the timed run
   * @param kudosSeconds how long the timed run offers them
   * @param runs timed runs of each page, and of the searches per viewer
   */
  public record Settings(int users, long kudos, long comments, int workComments, int mutes, int kudosRate,
      int kudosSeconds, int runs) {
    public Settings {
      if (users < 10) {
        throw new IllegalArgumentException("--users must be at least 10");
      }
      if (kudos < 0 || comments < 0 || workComments < 0 || mutes < 0) {
        throw new IllegalArgumentException("--kudos, --comments, --work-comments and --mutes cannot be negative");
      }
      if (kudosRate < 1 || kudosSeconds < 1) {
        throw new IllegalArgumentException("--kudos-rate and --kudos-seconds must be at least 1");
      }
      if (mutes >= users) {
        throw new IllegalArgumentException("--mutes must be fewer than --users");
      }
    }
  }

  /** The running archive's parts the measurements use, and where it serves its pages. */
  public record Archive(JdbcTemplate jdbc, SearchIndex index, WorkQuery query, AccountRepository accounts,
      AccessTokens tokens, URI server) {}

  private final Settings settings;
  private final long seed;
  private final PrintStream progress;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  Community(Settings settings, long seed, PrintStream progress) {
    this.settings = settings;
    this.seed = seed;
    this.progress = progress;
  }

  /** Loads the readers, rebuilds the index and takes the three measurements. */
  Map<String, Object> run(Archive archive, List<BenchQuery> queries) throws InterruptedException {
    progress.printf("Loading %,d accounts, %,d kudos, %,d comments, %,d mutes…%n",
        settings.users(), settings.kudos(), settings.comments(), settings.mutes());
    CommunityData.Loaded loaded = new CommunityData(archive.jdbc(), settings, seed).load();
    progress.printf("Rebuilding the search index (bylines now held by accounts)…%n");
    long start = System.nanoTime();
    archive.index().rebuild();
    double reindexSeconds = (System.nanoTime() - start) / 1e9;

    Map<String, Object> figures = new LinkedHashMap<>();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("accounts", loaded.accounts());
    data.put("creatorAccounts", loaded.creatorAccounts());
    data.put("kudos", loaded.kudos());
    data.put("comments", loaded.comments());
    data.put("mutes", loaded.mutes());
    data.put("mutedCreators", loaded.mutedCreators());
    data.put("loadSeconds", round(loaded.seconds()));
    data.put("reindexSeconds", round(reindexSeconds));
    figures.put("data", data);

    progress.printf("Timing work %d's page and comments page over HTTP…%n", loaded.workWithComments());
    figures.put("pages", withLoad(() -> pages(archive, loaded.workWithComments())));
    progress.printf("Timing searches as a reader muting %,d accounts and as one muting none…%n", loaded.mutes());
    figures.put("mutedSearch", withLoad(() -> mutedSearch(archive, loaded, queries)));
    progress.printf("Timing searches ordered and filtered by the archive's own counts and by the stated ones…%n");
    figures.put("countSearch", withLoad(() -> countSearch(archive, queries)));
    progress.printf("Leaving %d kudos a second for %d s through the API…%n", settings.kudosRate(), settings.kudosSeconds());
    figures.put("kudos", withLoad(() -> kudos(archive, loaded)));
    return figures;
  }

  /** A measurement, with the machine's load average (one minute) before and after it: other work on the cores shows. */
  private static Map<String, Object> withLoad(Measurement measurement) throws InterruptedException {
    double before = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    Map<String, Object> figures = measurement.take();
    figures.put("loadAverage", List.of(round(before),
        round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())));
    return figures;
  }

  private interface Measurement {
    Map<String, Object> take() throws InterruptedException;
  }

  /** The work's page and its first comments page, as a guest's browser asks for them. */
  private Map<String, Object> pages(Archive archive, long workId) {
    URI work = archive.server().resolve("/works/" + workId);
    URI comments = archive.server().resolve("/works/" + workId + "/comments");
    int warmUp = settings.runs() / 4 + 10;
    for (int i = 0; i < warmUp; i++) {
      get(work);
      get(comments);
    }
    long[] workNanos = new long[settings.runs()];
    long[] commentNanos = new long[settings.runs()];
    long workBytes = 0;
    long commentBytes = 0;
    for (int i = 0; i < settings.runs(); i++) {
      long begin = System.nanoTime();
      workBytes = get(work);
      workNanos[i] = System.nanoTime() - begin;
      begin = System.nanoTime();
      commentBytes = get(comments);
      commentNanos[i] = System.nanoTime() - begin;
    }
    Integer threads = archive.jdbc().queryForObject(
        "select count(*) from work_comment where work_id = ? and parent_id is null", Integer.class, workId);
    Integer kudos = archive.jdbc().queryForObject("select count(*) from kudos where work_id = ?", Integer.class, workId);
    Map<String, Object> pages = new LinkedHashMap<>();
    pages.put("workId", workId);
    pages.put("comments", settings.workComments());
    pages.put("threads", threads);
    pages.put("kudos", kudos);
    pages.put("workBytes", workBytes);
    pages.put("commentsPageBytes", commentBytes);
    pages.put("work", Latencies.of(workNanos, 0));
    pages.put("commentsPage", Latencies.of(commentNanos, 0));
    return pages;
  }

  /** Bytes of a page that must be there; anything but 200 stops the run. */
  private long get(URI page) {
    HttpResponse<byte[]> response = send(HttpRequest.newBuilder(page).GET().build());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(page + " answered " + response.statusCode());
    }
    return response.body().length;
  }

  private HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * The query mix as a reader muting many creators and as a reader muting none, each query run by
   * both in turn (the first of the two alternating), so that both meet the same load.
   */
  private Map<String, Object> mutedSearch(Archive archive, CommunityData.Loaded loaded, List<BenchQuery> queries) {
    Viewer muting = Viewer.of(archive.accounts().findById(loaded.mutingViewer()).orElseThrow());
    Viewer plain = Viewer.of(archive.accounts().findById(loaded.plainViewer()).orElseThrow());
    QueryMix mix = new QueryMix(archive.query());
    long mutedHits = 0;
    long plainHits = 0;
    for (BenchQuery query : queries) {
      mutedHits += mix.run(muting, query.ao3(), query.kind() == QueryKind.FACETS);
      plainHits += mix.run(plain, query.ao3(), query.kind() == QueryKind.FACETS);
    }
    int runs = settings.runs() * 3;
    for (int i = 0; i < runs / 4 + 10; i++) {
      BenchQuery query = queries.get(i % queries.size());
      mix.run(muting, query.ao3(), query.kind() == QueryKind.FACETS);
      mix.run(plain, query.ao3(), query.kind() == QueryKind.FACETS);
    }
    IntFunction<BenchQuery> queryOfRun = i -> queries.get(i % queries.size());
    long[][] nanos = inTurn(runs,
        i -> mix.run(muting, queryOfRun.apply(i).ao3(), queryOfRun.apply(i).kind() == QueryKind.FACETS),
        i -> mix.run(plain, queryOfRun.apply(i).ao3(), queryOfRun.apply(i).kind() == QueryKind.FACETS));
    Latencies muted = Latencies.of(nanos[0], mutedHits);
    Latencies unmuted = Latencies.of(nanos[1], plainHits);
    Map<String, Object> search = new LinkedHashMap<>();
    search.put("mutes", loaded.mutes());
    search.put("mutedCreators", loaded.mutedCreators());
    search.put("queries", queries.size());
    search.put("muted", muted);
    search.put("unmuted", unmuted);
    search.put("ratioP99", round(muted.p99() / unmuted.p99()));
    return search;
  }

  /**
   * The same searches ordered and filtered by the archive's own kudos (kept apart from the works'
   * documents, search.IndexedCounts) and by the kudos the files stated (a field of each document),
   * each pair in turn, so that both meet the same load: what keeping live counts apart costs a
   * search. A range from 0 keeps every work of the tag in both, so both sort the same works; the
   * last pair of each round is the whole archive, every work sorted.
   */
  private Map<String, Object> countSearch(Archive archive, List<BenchQuery> queries) {
    List<String> filters = new ArrayList<>(queries.stream().filter(query -> query.kind() == QueryKind.TAG)
        .map(BenchQuery::ao3).distinct().limit(9).toList());
    filters.add("");
    QueryMix mix = new QueryMix(archive.query());
    String live = " kudos:0-2000000000 sort:kudos";
    String stated = " source_kudos:0-2000000000 sort:source_kudos";
    long liveHits = 0;
    long statedHits = 0;
    for (String filter : filters) {
      liveHits += mix.run(filter + live, false);
      statedHits += mix.run(filter + stated, false);
    }
    int runs = settings.runs() * 3;
    long[][] nanos = inTurn(runs,
        i -> mix.run(filters.get(i % filters.size()) + live, false),
        i -> mix.run(filters.get(i % filters.size()) + stated, false));
    Latencies own = Latencies.of(nanos[0], liveHits);
    Latencies files = Latencies.of(nanos[1], statedHits);
    Map<String, Object> search = new LinkedHashMap<>();
    search.put("queries", filters.size());
    search.put("ownCounts", own);
    search.put("statedCounts", files);
    search.put("ratioP99", round(own.p99() / files.p99()));
    return search;
  }

  /**
   * Times run {@code i} of two searches {@code runs} times each, in turn, the first of the two
   * alternating, so that both meet the same load; their times in nanoseconds, {@code first}'s then
   * {@code second}'s.
   */
  private static long[][] inTurn(int runs, IntConsumer first, IntConsumer second) {
    long[][] nanos = new long[2][runs];
    for (int i = 0; i < runs; i++) {
      int run = i;
      if (i % 2 == 0) {
        nanos[0][i] = timed(() -> first.accept(run));
        nanos[1][i] = timed(() -> second.accept(run));
      } else {
        nanos[1][i] = timed(() -> second.accept(run));
        nanos[0][i] = timed(() -> first.accept(run));
      }
    }
    return nanos;
  }

  private static long timed(Runnable action) {
    long begin = System.nanoTime();
    action.run();
    return System.nanoTime() - begin;
  }

  /**
   * Kudos through {@code POST /api/v1/works/{id}/kudos} at a fixed rate, each from a reader who
   * has not left one on that work, on works drawn as popular works draw readers; then how long the
   * counts take to be the rows' in the database and in the search index.
   */
  private Map<String, Object> kudos(Archive archive, CommunityData.Loaded loaded) throws InterruptedException {
    List<String> tokens = new ArrayList<>();
    for (long giver : loaded.kudosGivers()) {
      Viewer viewer = Viewer.of(archive.accounts().findById(giver).orElseThrow());
      tokens.add(archive.tokens().issue(viewer, "bench", true).token());
    }
    List<Long> works = archive.jdbc().queryForList(
        "select w.id from work w join work_stats s on s.work_id = w.id order by s.kudos desc, w.id", Long.class);
    Set<String> left = new HashSet<>(archive.jdbc().query("select work_id, account_id from kudos where account_id between ? and ?",
        (rs, i) -> rs.getLong(1) + ":" + rs.getLong(2), loaded.kudosGivers().getFirst(), loaded.kudosGivers().getLast()));
    int warmUp = Math.min(2 * settings.kudosRate(), 200);
    int total = settings.kudosRate() * settings.kudosSeconds();
    List<long[]> plan = plan(works, loaded.kudosGivers(), left, warmUp + total); // work, giver index
    Set<Long> touched = new HashSet<>();
    plan.forEach(pair -> touched.add(pair[0]));

    List<long[]> warm = plan.subList(0, warmUp);
    offer(archive.server(), tokens, warm, settings.kudosRate());
    Offered offered = offer(archive.server(), tokens, plan.subList(warmUp, plan.size()), settings.kudosRate());

    Integer drift = archive.jdbc().queryForObject("select count(*) from work_stats s"
        + " where s.kudos <> (select count(*) from kudos k where k.work_id = s.work_id)", Integer.class);
    // The counts reach the index in batches every few seconds (search.StatsIndexing): wait until
    // no work is marked behind and a search finds what the database counts.
    long waitStart = System.nanoTime();
    long deadline = waitStart + INDEX_PATIENCE.toNanos();
    Integer pending;
    boolean agrees = false;
    do {
      Thread.sleep(100);
      pending = archive.jdbc().queryForObject("select count(*) from work_stats where index_pending = true", Integer.class);
      agrees = pending != null && pending == 0 && indexAgrees(archive, touched, false);
    } while (!agrees && System.nanoTime() < deadline);
    double indexSeconds = (System.nanoTime() - waitStart) / 1e9;
    if (!agrees) {
      indexAgrees(archive, touched, true);
    }

    Map<String, Object> kudos = new LinkedHashMap<>();
    kudos.put("offeredPerSecond", settings.kudosRate());
    kudos.put("seconds", settings.kudosSeconds());
    kudos.put("sent", offered.sent());
    kudos.put("left", offered.created());
    kudos.put("failed", offered.failed());
    kudos.put("works", touched.size());
    kudos.put("perSecond", round(offered.created() / offered.seconds()));
    kudos.put("latency", Latencies.of(offered.nanos(), 0));
    kudos.put("countsBehindRows", drift);
    kudos.put("indexPendingAfter", pending);
    kudos.put("indexCaughtUpSeconds", round(indexSeconds));
    kudos.put("indexAgrees", agrees);
    return kudos;
  }

  /** Pairs of a work and a giver (an index into the givers) who has not left kudos on it, none twice. */
  private List<long[]> plan(List<Long> works, List<Long> givers, Set<String> left, int count) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x4C656674L);
    Zipf popular = new Zipf(works.size(), 1.0);
    List<long[]> plan = new ArrayList<>();
    for (int i = 0; plan.size() < count; i++) {
      int giver = i % givers.size();
      for (int attempt = 0; attempt < 50; attempt++) {
        long work = works.get(attempt < 25 ? popular.draw(random) : random.nextInt(works.size()));
        if (left.add(work + ":" + givers.get(giver))) {
          plan.add(new long[] {work, giver});
          break;
        }
      }
      if (i > count * 4L) {
        throw new IllegalStateException("too few works for " + count + " new kudos from " + givers.size() + " readers");
      }
    }
    return plan;
  }

  private record Offered(int sent, int created, int failed, long[] nanos, double seconds) {}

  /**
   * Sends each kudos at its time ({@code rate} a second, whether or not the ones before were
   * answered); a kudos's latency runs from its time, so a server falling behind shows in it.
   */
  private Offered offer(URI server, List<String> tokens, List<long[]> plan, int rate) throws InterruptedException {
    long[] nanos = new long[plan.size()];
    AtomicInteger created = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    long[] lastDone = new long[1];
    long start = System.nanoTime();
    try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < plan.size(); i++) {
        long due = start + i * 1_000_000_000L / rate;
        LockSupport.parkNanos(due - System.nanoTime());
        long[] pair = plan.get(i);
        int n = i;
        senders.submit(() -> {
          HttpRequest request = HttpRequest.newBuilder(server.resolve("/api/v1/works/" + pair[0] + "/kudos"))
              .header("Authorization", "Bearer " + tokens.get((int) pair[1]))
              .POST(HttpRequest.BodyPublishers.noBody()).build();
          int status;
          try {
            status = send(request).statusCode();
          } catch (RuntimeException e) {
            status = 0;
          }
          long done = System.nanoTime();
          nanos[n] = done - due;
          (status == 201 ? created : failed).incrementAndGet();
          synchronized (lastDone) {
            lastDone[0] = Math.max(lastDone[0], done);
          }
        });
      }
      senders.shutdown();
      senders.awaitTermination(10, TimeUnit.MINUTES);
    }
    return new Offered(plan.size(), created.get(), failed.get(), nanos, (lastDone[0] - start) / 1e9);
  }

  /**
   * Whether the index counts what the database counts: for a few of the touched works' kudos
   * counts, the works a search finds with at least that many kudos are as many as the database
   * holds; {@code tell} says where they differ.
   */
  private boolean indexAgrees(Archive archive, Set<Long> touched, boolean tell) {
    List<Integer> counts = archive.jdbc().queryForList("select kudos from work_stats where work_id in ("
        + String.join(",", touched.stream().limit(1000).map(String::valueOf).toList()) + ") order by kudos desc",
        Integer.class);
    QueryMix mix = new QueryMix(archive.query());
    for (int i = 0; i < counts.size(); i += Math.max(1, counts.size() / 5)) {
      int least = counts.get(i);
      Long inDatabase = archive.jdbc().queryForObject("select count(*) from work_stats where kudos >= ?", Long.class, least);
      long found = mix.run(Viewer.guest(), "kudos:>" + Math.max(0, least - 1), false);
      if (inDatabase == null || found != inDatabase) {
        if (tell) {
          progress.printf("The index finds %d works with at least %d kudos; the database holds %d%n", found, least, inDatabase);
        }
        return false;
      }
    }
    return true;
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
