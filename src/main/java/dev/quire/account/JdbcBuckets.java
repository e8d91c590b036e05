package dev.quire.account;

import io.github.bucket4j.BucketExceptions.BucketExecutionException;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Bucket4j's buckets in the {@code log_in_bucket} table, locked with {@code select ... for update}
 * so that every app node sharing the database counts the same attempts. Bucket4j ships such a
 * proxy manager for PostgreSQL but not for H2, and the SQL here is the same on both, so the two
 * deployments share it. Thread-safe; each operation takes a connection of its own.
 */
final class JdbcBuckets extends AbstractSelectForUpdateBasedProxyManager<String> {

  private static final String UNIQUE_VIOLATION = "23505";

  private final DataSource dataSource;

  JdbcBuckets(DataSource dataSource, ClientSideConfig config) {
    super(config);
    this.dataSource = dataSource;
  }

  /** Rows carry when they may go ({@code expires_at}); {@link #removeExpired} removes them. */
  @Override
  public boolean isExpireAfterWriteSupported() {
    return true;
  }

  /** Removes the buckets whose time to live has passed: they would be full again anyway. */
  void removeExpired(long nowMillis) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement("delete from log_in_bucket where expires_at < ?")) {
      delete.setLong(1, nowMillis);
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new BucketExecutionException(e);
    }
  }

  @Override
  public void removeProxy(String key) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement("delete from log_in_bucket where id = ?")) {
      delete.setString(1, key);
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new BucketExecutionException(e);
    }
  }

  @Override
  protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
    try {
      return new Transaction(dataSource.getConnection(), key);
    } catch (SQLException e) {
      throw new BucketExecutionException(e);
    }
  }

  private final class Transaction implements SelectForUpdateBasedTransaction {

    private final Connection connection;
    private final String key;

    Transaction(Connection connection, String key) {
      this.connection = connection;
      this.key = key;
    }

    @Override
    public void begin(Optional<Long> timeoutNanos) {
      run(() -> connection.setAutoCommit(false));
    }

    @Override
    public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
      try (PreparedStatement select = connection.prepareStatement("select state from log_in_bucket where id = ? for update")) {
        applyTimeout(select, timeoutNanos);
        select.setString(1, key);
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
        }
      } catch (SQLException e) {
        throw new BucketExecutionException(e);
      }
    }

    @Override
    public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
      // Another node may insert the same key first; the savepoint keeps this transaction usable
      // (PostgreSQL would otherwise refuse every later statement) so Bucket4j can lock that row.
      try {
        Savepoint beforeInsert = connection.setSavepoint();
        try (PreparedStatement insert = connection.prepareStatement("insert into log_in_bucket (id, state) values (?, null)")) {
          applyTimeout(insert, timeoutNanos);
          insert.setString(1, key);
          insert.executeUpdate();
          connection.releaseSavepoint(beforeInsert);
          return true;
        } catch (SQLException e) {
          if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
            throw e;
          }
          connection.rollback(beforeInsert);
          return false;
        }
      } catch (SQLException e) {
        throw new BucketExecutionException(e);
      }
    }

    @Override
    public void update(byte[] data, RemoteBucketState state, Optional<Long> timeoutNanos) {
      try (PreparedStatement update = connection.prepareStatement("update log_in_bucket set state = ?, expires_at = ? where id = ?")) {
        applyTimeout(update, timeoutNanos);
        update.setBytes(1, data);
        long ttl = getClientSideConfig().getExpirationAfterWriteStrategy().orElseThrow()
            .calculateTimeToLiveMillis(state, currentTimeNanos());
        update.setLong(2, System.currentTimeMillis() + ttl);
        update.setString(3, key);
        update.executeUpdate();
      } catch (SQLException e) {
        throw new BucketExecutionException(e);
      }
    }

    @Override
    public void commit(Optional<Long> timeoutNanos) {
      run(connection::commit);
    }

    @Override
    public void rollback() {
      run(connection::rollback);
    }

    @Override
    public void release() {
      run(connection::close);
    }

    private void run(SqlAction action) {
      try {
        action.run();
      } catch (SQLException e) {
        throw new BucketExecutionException(e);
      }
    }
  }

  @FunctionalInterface
  private interface SqlAction {
    void run() throws SQLException;
  }
}
