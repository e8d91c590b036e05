package dev.quire.bench;

import dev.quire.platform.Sha256;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The readers of {@code quire bench --community}: accounts, their kudos, comments and mutes,
 * written straight into the database in batches of SQL inserts (the archive's own services would
 * take hours for a million kudos), the same for the same seed and imported works. The works'
 * bylines are handed to the first accounts, so that a mute of a creator leaves their works out;
 * the caller rebuilds the search index afterwards. Not thread-safe; use once per archive.
 *
 * <p>The shape: kudos and comments go to works in proportion to what their files stated at the
 * source (heavy-tailed, correlated), kudos at most one per account and work; the chosen work gets
 * exactly {@link Community.Settings#workComments()} comments; comments are threads of replies
 * (about one thread in five comments, replies at most five deep), with neutral generated text.
 */
final class CommunityData {

  private static final int BATCH = 5_000;
  private static final int MAX_DEPTH = 5;
  private static final String[] OPENINGS = {
      "This chapter", "The ending", "The second scene", "Your pacing", "The dialogue", "The last line",
      "This update", "The quiet middle part", "The letter scene", "The way the chapter opens"};
  private static final String[] VERDICTS = {
      "made my whole week", "was lovely to read", "caught me off guard", "felt very true to them",
      "had me smiling", "was worth the wait", "is something I will read again", "worked so well",
      "had me reading it twice", "was gentle and sharp at once"};
  private static final String[] CLOSINGS = {
      "Thank you for writing it.", "I can't wait for more.", "Looking forward to the next one.",
      "Kudos from me!", "Hope you are well.", "Saving this one.", ""};

  /** What was loaded, and the accounts the measurements act as. */
  record Loaded(
      long firstAccount, int accounts, int creatorAccounts, long kudos, long comments, int mutes,
      int mutedCreators, long workWithComments, long mutingViewer, long plainViewer, List<Long> kudosGivers,
      double seconds) {}

  private final JdbcTemplate jdbc;
  private final Community.Settings settings;
  private final long seed;

  CommunityData(JdbcTemplate jdbc, Community.Settings settings, long seed) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.seed = seed;
  }

  /** Writes the accounts, bylines, kudos, comments and mutes; returns what it wrote. */
  Loaded load() {
    long start = System.nanoTime();
    List<WorkRow> works = jdbc.query("select w.id, w.source_kudos, w.source_comments,"
            + " (select count(*) from work_tag wt join tag t on t.id = wt.tag_id where wt.work_id = w.id"
            + " and t.kind = 'RATING' and t.name in ('General Audiences', 'Teen And Up Audiences')) as open_rating"
            + " from work w order by w.id",
        (rs, i) -> new WorkRow(rs.getLong(1), Math.max(1, rs.getInt(2)), Math.max(1, rs.getInt(3)), rs.getInt(4) > 0));
    if (works.isEmpty()) {
      throw new IllegalStateException("the archive has no works to leave kudos and comments on");
    }
    int users = settings.users();
    int givers = Math.max(1, Math.min(Community.KUDOS_GIVERS, users / 4));
    int reserved = givers + 2;
    long firstAccount = insertAccounts(users);
    int creatorAccounts = assignBylines(firstAccount, users - reserved);
    long mutingViewer = firstAccount + users - reserved;
    long plainViewer = mutingViewer + 1;
    List<Long> kudosGivers = new ArrayList<>();
    for (int g = 0; g < givers; g++) {
      kudosGivers.add(plainViewer + 1 + g);
    }
    long kudos = insertKudos(works, firstAccount, users);
    WorkRow chosen = works.stream().filter(WorkRow::openRating)
        .max((a, b) -> Integer.compare(a.sourceComments(), b.sourceComments())).orElse(works.getFirst());
    long comments = insertComments(works, chosen.id(), firstAccount, users);
    int[] mutes = insertMutes(mutingViewer, firstAccount, users);
    recount();
    return new Loaded(firstAccount, users, creatorAccounts, kudos, comments, mutes[0], mutes[1], chosen.id(),
        mutingViewer, plainViewer, List.copyOf(kudosGivers), (System.nanoTime() - start) / 1e9);
  }

  private record WorkRow(long id, int sourceKudos, int sourceComments, boolean openRating) {}

  /** Accounts {@code reader1…}: no password (they never log in here), confirmed. Returns the first id. */
  private long insertAccounts(int users) {
    OffsetDateTime now = now();
    List<Object[]> rows = new ArrayList<>();
    for (int n = 1; n <= users; n++) {
      String name = "reader" + n;
      rows.add(new Object[] {name, name.toLowerCase(Locale.ROOT), now, now});
      if (rows.size() == BATCH || n == users) {
        jdbc.batchUpdate("insert into account (user_name, user_key, confirmed_at, created_at) values (?, ?, ?, ?)", rows);
        rows.clear();
      }
    }
    Long first = jdbc.queryForObject("select id from account where user_name = 'reader1'", Long.class);
    Long last = jdbc.queryForObject("select id from account where user_name = ?", Long.class, "reader" + users);
    if (first == null || last == null || last - first != users - 1) {
      throw new IllegalStateException("the benchmark's accounts did not get consecutive ids");
    }
    return first;
  }

  /**
   * Hands the imported bylines (held by the unclaimed account) to the first {@code available}
   * accounts, several pseuds to one account when there are more bylines than accounts. Returns how
   * many accounts hold bylines.
   */
  private int assignBylines(long firstAccount, int available) {
    List<Long> creators = jdbc.queryForList("select c.id from creator c join account a on a.id = c.account_id"
        + " where a.user_name = 'unclaimed' order by c.id", Long.class);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < creators.size(); i++) {
      rows.add(new Object[] {firstAccount + i % available, creators.get(i)});
    }
    for (int from = 0; from < rows.size(); from += BATCH) {
      jdbc.batchUpdate("update creator set account_id = ? where id = ?", rows.subList(from, Math.min(rows.size(), from + BATCH)));
    }
    return Math.min(creators.size(), available);
  }

  /**
   * About {@code settings.kudos()} kudos, shared among works as their source kudos are and given
   * by consecutive accounts from a seeded starting one, so never twice by one account on a work.
   */
  private long insertKudos(List<WorkRow> works, long firstAccount, int users) {
    long[] shares = shares(works.stream().mapToDouble(WorkRow::sourceKudos).toArray(), settings.kudos(), users);
    SplittableRandom random = new SplittableRandom(seed ^ 0x6B75646FL);
    Instant base = Instant.parse("2025-01-01T00:00:00Z");
    List<Object[]> rows = new ArrayList<>();
    long written = 0;
    for (int w = 0; w < works.size(); w++) {
      int offset = random.nextInt(users);
      for (int k = 0; k < shares[w]; k++) {
        rows.add(new Object[] {works.get(w).id(), firstAccount + (offset + k) % users,
            OffsetDateTime.ofInstant(base.plusSeconds(random.nextInt(30_000_000)), ZoneOffset.UTC)});
        if (rows.size() == BATCH) {
          written += flush("insert into kudos (work_id, account_id, left_at) values (?, ?, ?)", rows);
        }
      }
    }
    return written + flush("insert into kudos (work_id, account_id, left_at) values (?, ?, ?)", rows);
  }

  /**
   * About {@code settings.comments()} comments shared among works as their source comments are,
   * the chosen work exactly {@code settings.workComments()}; ids are given here (a reply names its
   * parent and thread), and the table's identity continues after them.
   */
  private long insertComments(List<WorkRow> works, long chosen, long firstAccount, int users) {
    int others = (int) Math.max(0, settings.comments() - settings.workComments());
    double[] weights = works.stream().mapToDouble(w -> w.id() == chosen ? 0 : w.sourceComments()).toArray();
    long[] shares = shares(weights, others, Long.MAX_VALUE);
    SplittableRandom random = new SplittableRandom(seed ^ 0x636F6D6DL);
    Long maxId = jdbc.queryForObject("select coalesce(max(id), 0) from work_comment", Long.class);
    long nextId = (maxId == null ? 0 : maxId) + 1;
    Instant base = Instant.parse("2025-01-01T00:00:00Z");
    List<Object[]> rows = new ArrayList<>();
    long written = 0;
    for (int w = 0; w < works.size(); w++) {
      long workId = works.get(w).id();
      long count = workId == chosen ? settings.workComments() : shares[w];
      List<long[]> onWork = new ArrayList<>(); // id, thread, depth
      for (int c = 0; c < count; c++) {
        long id = nextId++;
        Long parent = null;
        long thread = id;
        int depth = 0;
        if (!onWork.isEmpty() && random.nextInt(5) != 0) {
          long[] above = onWork.get(random.nextInt(onWork.size()));
          if (above[2] < MAX_DEPTH) {
            parent = above[0];
            thread = above[1];
            depth = (int) above[2] + 1;
          }
        }
        onWork.add(new long[] {id, thread, depth});
        String body = "<p>" + sentence(random) + "</p>";
        rows.add(new Object[] {id, workId, parent, thread, depth, firstAccount + random.nextInt(users), body,
            Sha256.hex(body), OffsetDateTime.ofInstant(base.plusSeconds(c * 3_600L + random.nextInt(3_600)), ZoneOffset.UTC)});
        if (rows.size() == BATCH) {
          written += flushComments(rows);
        }
      }
    }
    written += flushComments(rows);
    jdbc.execute("alter table work_comment alter column id restart with " + nextId);
    return written;
  }

  private long flushComments(List<Object[]> rows) {
    return flush("insert into work_comment (id, work_id, parent_id, thread_id, depth, commenter_id, body, body_digest,"
        + " posted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
  }

  /**
   * The muting viewer mutes {@code settings.mutes()} accounts: those holding bylines first, the
   * least credited first (a search then still finds nearly as many works, and pays for leaving
   * out the muted besides), then other readers if there are too few creators. Returns how many mutes and how many of them are of creators.
   */
  private int[] insertMutes(long mutingViewer, long firstAccount, int users) {
    List<Long> creators = jdbc.queryForList("select c.account_id from work_creator wc join creator c on c.id = wc.creator_id"
        + " where c.account_id between ? and ? group by c.account_id order by count(*), c.account_id",
        Long.class, firstAccount, firstAccount + users - 1);
    List<Long> muted = new ArrayList<>(creators.subList(0, Math.min(creators.size(), settings.mutes())));
    int mutedCreators = muted.size();
    for (long a = firstAccount; a < firstAccount + users && muted.size() < settings.mutes(); a++) {
      if (a != mutingViewer && !creators.contains(a)) {
        muted.add(a);
      }
    }
    OffsetDateTime now = now();
    List<Object[]> rows = new ArrayList<>();
    for (long other : muted) {
      rows.add(new Object[] {mutingViewer, other, now});
    }
    flush("insert into account_boundary (account_id, other_id, kind, created_at) values (?, ?, 'MUTE', ?)", rows);
    return new int[] {muted.size(), mutedCreators};
  }

  /** The works' own counts from the rows, as the archive's recount makes them. */
  private void recount() {
    jdbc.update("update work_stats set kudos = (select count(*) from kudos k where k.work_id = work_stats.work_id),"
        + " comments = (select count(*) from work_comment c where c.work_id = work_stats.work_id"
        + " and not c.deleted and not c.hidden and not c.awaiting_approval), index_pending = false");
  }

  private long flush(String sql, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    jdbc.batchUpdate(sql, rows);
    long written = rows.size();
    rows.clear();
    return written;
  }

  /**
   * {@code total} shared among the weights, each share at most {@code cap}; what a capped share
   * cannot take goes to the others, as far as they can.
   */
  static long[] shares(double[] weights, long total, long cap) {
    long[] shares = new long[weights.length];
    boolean[] full = new boolean[weights.length];
    long left = total;
    for (int round = 0; round < 8 && left > 0; round++) {
      double sum = 0;
      for (int i = 0; i < weights.length; i++) {
        sum += full[i] ? 0 : weights[i];
      }
      if (sum <= 0) {
        break;
      }
      long given = 0;
      for (int i = 0; i < weights.length; i++) {
        if (!full[i]) {
          long share = Math.min(cap - shares[i], Math.round(left * weights[i] / sum));
          shares[i] += share;
          given += share;
          full[i] = shares[i] >= cap;
        }
      }
      left -= given;
      if (given == 0) {
        break;
      }
    }
    return shares;
  }

  private static String sentence(SplittableRandom random) {
    String closing = CLOSINGS[random.nextInt(CLOSINGS.length)];
    return OPENINGS[random.nextInt(OPENINGS.length)] + " " + VERDICTS[random.nextInt(VERDICTS.length)] + "."
        + (closing.isEmpty() ? "" : " " + closing);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
