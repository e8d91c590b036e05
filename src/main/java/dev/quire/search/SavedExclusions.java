package dev.quire.search;

import dev.quire.account.AccountPolicy;
import dev.quire.account.Viewer;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * A reader's saved exclusions, kept with their account: named sets of tag filters ({@code
 * kind:name}, as the search form's Exclude boxes give them), each applied again with one click,
 * and those marked "always" left out of every search and list page the reader opens, on the
 * server, so that a page of 20 shows 20. Thread-safe.
 */
@Component
public class SavedExclusions {

  /** The most sets a reader keeps. */
  public static final int LIMIT = 20;
  /** The most tags one set leaves out. */
  public static final int TAGS = 50;

  private static final int NAME_LENGTH = 100;
  private static final int FILTERS_LENGTH = 4000;

  /** One named set. */
  public record SavedExclusion(long id, String name, List<String> filters, boolean always) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final AccountPolicy accountPolicy;

  SavedExclusions(JdbcTemplate jdbc, Clock clock, AccountPolicy accountPolicy) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.accountPolicy = accountPolicy;
  }

  /** {@code viewer}'s sets, by name; none for a guest. */
  @Transactional(readOnly = true)
  public List<SavedExclusion> list(Viewer viewer) {
    if (viewer.isGuest()) {
      return List.of();
    }
    return jdbc.query("select id, name, filters, always from saved_exclusion where account_id = ? order by name",
        (rs, i) -> new SavedExclusion(rs.getLong("id"), rs.getString("name"),
            Arrays.asList(rs.getString("filters").split("\\|")), rs.getBoolean("always")),
        viewer.accountId());
  }

  /** The filters a reader leaves out of every search, each once: those of {@code sets} marked "always". */
  public static List<String> always(List<SavedExclusion> sets) {
    Set<String> filters = new LinkedHashSet<>();
    sets.stream().filter(SavedExclusion::always).forEach(set -> filters.addAll(set.filters()));
    return List.copyOf(filters);
  }

  /**
   * Saves {@code filters} as {@code viewer}'s set {@code name}, replacing a set of that name.
   *
   * @throws ResponseStatusException (422) naming what is wrong: no name or one too long, no tags or
   *     too many, a tag that cannot be a filter, or a 21st set
   */
  @Transactional
  public void save(Viewer viewer, String name, List<String> filters, boolean always) {
    accountPolicy.checkMayWrite(viewer);
    String named = name == null ? "" : name.strip();
    if (named.isEmpty() || named.length() > NAME_LENGTH) {
      throw refused("Name the exclusions in 1 to " + NAME_LENGTH + " characters.");
    }
    List<String> kept = new ArrayList<>(new LinkedHashSet<>(
        (filters == null ? List.<String>of() : filters).stream().filter(f -> f != null && !f.isBlank())
            .map(String::strip).toList()));
    if (kept.isEmpty()) {
      throw refused("Exclude some tags first, then save them.");
    }
    if (kept.size() > TAGS) {
      throw refused(String.format(Locale.ROOT, "A saved set leaves out at most %d tags (this one has %d).", TAGS,
          kept.size()));
    }
    if (kept.stream().anyMatch(f -> f.contains("|"))) {
      throw refused("A tag to exclude has no '|' in its name.");
    }
    String joined = String.join("|", kept);
    if (joined.length() > FILTERS_LENGTH) {
      throw refused("These tags are too long to save together: save them as two sets.");
    }
    int changed = jdbc.update("update saved_exclusion set filters = ?, always = ? where account_id = ? and name = ?",
        joined, always, viewer.accountId(), named);
    if (changed == 0) {
      Integer held = jdbc.queryForObject("select count(*) from saved_exclusion where account_id = ?", Integer.class,
          viewer.accountId());
      if (held != null && held >= LIMIT) {
        throw refused("You have " + LIMIT + " saved exclusions, the most you can: forget one first.");
      }
      jdbc.update("insert into saved_exclusion (account_id, name, filters, always, created_at) values (?, ?, ?, ?, ?)",
          viewer.accountId(), named, joined, always, Timestamp.from(clock.instant()));
    }
  }

  /** Forgets one of {@code viewer}'s sets; a set that is not theirs is a 404. */
  @Transactional
  public void forget(Viewer viewer, long id) {
    accountPolicy.checkMayWrite(viewer);
    if (jdbc.update("delete from saved_exclusion where id = ? and account_id = ?", id, viewer.accountId()) == 0) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no saved exclusions " + id + ".");
    }
  }

  private static ResponseStatusException refused(String why) {
    return new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, why);
  }
}
