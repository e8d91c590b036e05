package dev.quire.settings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The archive's settings as they are now: what an admin set ({@code archive_setting}), else what
 * the configuration says, else the setting's own default. Every node reads the table and keeps
 * what it read for {@link #FRESH_FOR} at most, so a change made on one node holds on every node
 * within seconds, and on the node that made it at once. A configured value that is not a valid
 * one fails the start with its reason. Who may change settings is asked before {@link #store}
 * (see {@code dev.quire.account.SettingChanges}). Thread-safe.
 */
@Component
public class ArchiveSettings {

  /** How long a node keeps the settings it read before it reads them again. */
  static final Duration FRESH_FOR = Duration.ofSeconds(5);

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Map<Setting, String> configured = new EnumMap<>(Setting.class);
  private volatile Snapshot snapshot;

  private record Snapshot(Map<Setting, String> values, Instant readAt) {}

  ArchiveSettings(JdbcTemplate jdbc, Clock clock, Environment environment) {
    this.jdbc = jdbc;
    this.clock = clock;
    for (Setting setting : Setting.values()) {
      String value = normal(setting, environment.getProperty(setting.property(), setting.fallback()));
      setting.problem(value).ifPresent(problem -> {
        throw new IllegalArgumentException(setting.property() + " is not valid (\"" + value + "\"): " + problem);
      });
      configured.put(setting, value);
    }
  }

  /** The setting's value, as {@link Setting#problem} describes valid ones. */
  public String value(Setting setting) {
    return current().get(setting);
  }

  /** A number setting's value. */
  public int number(Setting setting) {
    return Integer.parseInt(value(setting));
  }

  /** Whether a switch is on. */
  public boolean isOn(Setting setting) {
    return Boolean.parseBoolean(value(setting));
  }

  /** Every setting's value now. */
  public Map<Setting, String> all() {
    return Map.copyOf(current());
  }

  /**
   * A value as the settings keep it: stripped; a mode or a switch in lower case. What a form sent
   * is written so before it is checked.
   */
  public static String normal(Setting setting, String value) {
    String stripped = value == null ? "" : value.strip();
    return setting == Setting.ARCHIVE_NAME ? stripped : stripped.toLowerCase(Locale.ROOT);
  }

  /**
   * Stores {@code values}, each already checked ({@link Setting#problem} found nothing), noting
   * who changed them; they hold on this node once the transaction commits.
   *
   * @throws IllegalArgumentException when a value is not valid for its setting
   */
  @Transactional
  public void store(Map<Setting, String> values, String changedBy) {
    values.forEach((setting, value) -> {
      setting.problem(value).ifPresent(problem -> {
        throw new IllegalArgumentException(problem);
      });
      Timestamp now = java.sql.Timestamp.from(clock.instant());
      int updated = jdbc.update("update archive_setting set setting_value = ?, changed_at = ?, changed_by = ? where name = ?",
          value, now, changedBy, setting.key());
      if (updated == 0) {
        jdbc.update("insert into archive_setting (name, setting_value, changed_at, changed_by) values (?, ?, ?, ?)",
            setting.key(), value, now, changedBy);
      }
    });
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          snapshot = null;
        }
      });
    } else {
      snapshot = null;
    }
  }

  private Map<Setting, String> current() {
    Snapshot seen = snapshot;
    Instant now = clock.instant();
    if (seen == null || now.isAfter(seen.readAt().plus(FRESH_FOR)) || now.isBefore(seen.readAt())) {
      seen = new Snapshot(readOr(seen), now);
      snapshot = seen;
    }
    return seen.values();
  }

  /**
   * The stored settings, or while the database cannot answer (away, or every connection busy) the
   * last ones read, else the configured ones: every page shows the archive's name, the pages that
   * say the database is away too, and they must not wait for it. Tried again {@link #FRESH_FOR} later.
   */
  private Map<Setting, String> readOr(Snapshot last) {
    try {
      return read();
    } catch (DataAccessException e) {
      return last != null ? last.values() : new EnumMap<>(configured);
    }
  }

  private Map<Setting, String> read() {
    Map<Setting, String> values = new EnumMap<>(configured);
    jdbc.query("select name, setting_value from archive_setting", row -> {
      for (Setting setting : Setting.values()) {
        // A row no valid value is in (written by hand) is ignored: the configured value stands.
        if (setting.key().equals(row.getString(1)) && setting.problem(row.getString(2)).isEmpty()) {
          values.put(setting, row.getString(2));
        }
      }
    });
    return values;
  }
}
