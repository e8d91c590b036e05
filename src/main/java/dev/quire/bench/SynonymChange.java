package dev.quire.bench;

import dev.quire.account.AccountRepository;
import dev.quire.account.Viewer;
import dev.quire.search.SearchIndex;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.tag.TagKind;
import dev.quire.wrangling.TagEdit;
import dev.quire.wrangling.Wrangling;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code quire bench --wrangling}: a freeform tag on many works ({@value #TAG} on the first
 * {@link Settings#tagged()}) and its canonical tag ({@value #CANONICAL}) on a few, written straight
 * into the database and the index rebuilt (importing works with the tag would take as long as the
 * import again); then a wrangler makes {@value #TAG} a synonym of {@value #CANONICAL} through
 * {@link Wrangling}, the service the tag API's {@code PATCH} calls, and a reader searches with the
 * canonical tag's filter, as the search page does, until it finds every work. Measured: the
 * change's own call, the time until the search finds them all, and the rate at which the works were
 * re-filed ({@code tag_refile}). Not thread-safe; progress goes to the given stream.
 */
public final class SynonymChange {

  static final String TAG = "Lana";
  static final String CANONICAL = "Lana Lang";
  /** Works that carry the canonical tag before the change, the last of the archive's. */
  static final int CANONICAL_WORKS = 10;
  private static final Duration POLL = Duration.ofMillis(100);

  /** @param tagged works {@value #TAG} is put on, the first of the archive's (all when there are fewer) */
  public record Settings(int tagged) {
    public Settings {
      if (tagged < 1) {
        throw new IllegalArgumentException("--tagged must be at least 1");
      }
    }
  }

  /** The running archive's parts the measurement uses. */
  public record Archive(JdbcTemplate jdbc, SearchIndex index, WorkQuery query, Wrangling wrangling,
      AccountRepository accounts) {}

  private final Settings settings;
  private final PrintStream progress;

  SynonymChange(Settings settings, PrintStream progress) {
    this.settings = settings;
    this.progress = progress;
  }

  /** Puts the tags on the works, rebuilds the index, makes the change and waits for the search to show it. */
  Map<String, Object> run(Archive archive) throws InterruptedException {
    JdbcTemplate jdbc = archive.jdbc();
    Integer taken = jdbc.queryForObject("select count(*) from tag where kind = 'FREEFORM' and lower(name) in (?, ?)",
        Integer.class, TAG.toLowerCase(), CANONICAL.toLowerCase());
    if (taken != null && taken > 0) {
      throw new IllegalStateException("the generated archive already has a tag \"" + TAG + "\" or \"" + CANONICAL + "\"");
    }
    progress.printf("Putting \"%s\" on %,d works and \"%s\" on %d…%n", TAG, settings.tagged(), CANONICAL, CANONICAL_WORKS);
    long start = System.nanoTime();
    jdbc.update("insert into tag (kind, name, canonical) values ('FREEFORM', ?, false), ('FREEFORM', ?, true)",
        TAG, CANONICAL);
    long tagId = tagId(jdbc, TAG);
    long canonicalId = tagId(jdbc, CANONICAL);
    int tagged = jdbc.update("insert into work_tag (work_id, tag_id) select id, " + tagId
        + " from work order by id fetch first " + settings.tagged() + " rows only");
    int canonicalTagged = jdbc.update("insert into work_tag (work_id, tag_id) select id, " + canonicalId
        + " from work order by id desc fetch first " + CANONICAL_WORKS + " rows only");
    Long expected = jdbc.queryForObject("select count(distinct work_id) from work_tag where tag_id in (?, ?)",
        Long.class, tagId, canonicalId);
    double loadSeconds = seconds(start);
    progress.printf("Rebuilding the search index…%n");
    start = System.nanoTime();
    archive.index().rebuild();
    double reindexSeconds = seconds(start);
    long before = found(archive, CANONICAL);
    long taggedFound = found(archive, TAG);

    Viewer wrangler = wrangler(archive);
    progress.printf("Making \"%s\" a synonym of \"%s\" and searching until %,d works are found…%n",
        TAG, CANONICAL, expected);
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    long asked = System.nanoTime();
    archive.wrangling().change(wrangler, TAG, TagKind.FREEFORM, new TagEdit(null, CANONICAL, null, null, null));
    long answered = System.nanoTime();
    Duration patience = Duration.ofSeconds(120 + expected / 20);
    long deadline = answered + patience.toNanos();
    long foundNow;
    long firstProgress = 0;
    List<List<Number>> samples = new ArrayList<>();
    long lastSample = answered;
    do {
      Thread.sleep(POLL.toMillis());
      foundNow = found(archive, CANONICAL);
      long now = System.nanoTime();
      if (firstProgress == 0 && foundNow > before) {
        firstProgress = now;
      }
      if (now - lastSample >= 1_000_000_000L) {
        samples.add(List.of(round((now - asked) / 1e9), foundNow));
        lastSample = now;
      }
    } while (foundNow < expected && System.nanoTime() < deadline);
    long visible = System.nanoTime();
    double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

    Map<String, Object> refile = jdbc.queryForMap("select total, done, created_at, finished_at from tag_refile"
        + " where tag_id = ? order by id desc fetch first 1 rows only", tagId);
    Map<String, Object> figures = new LinkedHashMap<>();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("tag", TAG);
    data.put("canonical", CANONICAL);
    data.put("tagged", tagged);
    data.put("canonicalTagged", canonicalTagged);
    data.put("foundByTagBefore", taggedFound);
    data.put("foundByCanonicalBefore", before);
    data.put("loadSeconds", round(loadSeconds));
    data.put("reindexSeconds", round(reindexSeconds));
    figures.put("data", data);
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("changeMillis", round((answered - asked) / 1e6));
    change.put("firstFoundSeconds", firstProgress == 0 ? null : round((firstProgress - asked) / 1e9));
    change.put("visibleSeconds", round((visible - asked) / 1e9));
    change.put("expected", expected);
    change.put("found", foundNow);
    change.put("allFound", foundNow == expected);
    change.put("refileTotal", refile.get("total"));
    change.put("refileDone", refile.get("done"));
    Double refileSeconds = between(refile.get("created_at"), refile.get("finished_at"));
    change.put("refileSeconds", refileSeconds == null ? null : round(refileSeconds));
    change.put("refilePerSecond", refileSeconds == null || refileSeconds <= 0 ? null
        : round(((Number) refile.get("total")).doubleValue() / refileSeconds));
    change.put("foundOverTime", samples);
    change.put("loadAverage", List.of(round(loadBefore), round(loadAfter)));
    figures.put("change", change);
    return figures;
  }

  /** How many works a guest's search with the tag's filter finds, as the search page asks (without its tag counts). */
  private static long found(Archive archive, String tag) {
    return archive.query().search(Viewer.guest(), WorkSearch.of("").including("freeform:" + tag).withoutFacets()).total();
  }

  /** An account with the wrangler's role, written as the community benchmark writes its readers. */
  private static Viewer wrangler(Archive archive) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    archive.jdbc().update("insert into account (user_name, user_key, confirmed_at, created_at) values (?, ?, ?, ?)",
        "bench_wrangler", "bench_wrangler", now, now);
    Long id = archive.jdbc().queryForObject("select id from account where user_key = 'bench_wrangler'", Long.class);
    archive.jdbc().update("insert into account_role (account_id, role) values (?, 'WRANGLER')", id);
    return Viewer.of(archive.accounts().findById(id).orElseThrow());
  }

  private static long tagId(JdbcTemplate jdbc, String name) {
    Long id = jdbc.queryForObject("select id from tag where kind = 'FREEFORM' and name = ?", Long.class, name);
    return id == null ? -1 : id;
  }

  private static Double between(Object from, Object to) {
    if (from == null || to == null) {
      return null;
    }
    return (millis(to) - millis(from)) / 1e3;
  }

  private static long millis(Object time) {
    return switch (time) {
      case Timestamp t -> t.getTime();
      case OffsetDateTime o -> o.toInstant().toEpochMilli();
      case java.time.Instant i -> i.toEpochMilli();
      default -> throw new IllegalStateException("not a time: " + time.getClass());
    };
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
