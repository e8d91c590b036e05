package dev.quire.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Accounts' user names by id, read without the accounts: a page naming many people (a page of
 * comments names its commenters) needs no more, and an account brings its roles with it. Plain SQL:
 * Hibernate would translate a query with a list parameter anew on every call. Thread-safe.
 */
@Component
public class AccountNames {

  private final NamedParameterJdbcTemplate jdbc;

  AccountNames(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The user names of those of {@code ids} that are accounts; a closed account's id is missing. */
  public Map<Long, String> of(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      jdbc.query("select id, user_name from account where id in (:ids)", Map.of("ids", ids),
          row -> {
            names.put(row.getLong(1), row.getString(2));
          });
    }
    return names;
  }
}
