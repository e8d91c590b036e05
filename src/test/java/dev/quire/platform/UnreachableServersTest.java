package dev.quire.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.mock.env.MockEnvironment;

/**
 * A server that does not answer when the archive starts is named in one line, with where it was
 * looked for and what to do, and never with the password its address may carry.
 */
class UnreachableServersTest {

  @Test
  void aRefusedDatabaseIsNamedWithItsAddressWithoutItsParameters() {
    MockEnvironment settings = new MockEnvironment()
        .withProperty("quire.database.url", "jdbc:postgresql://127.0.0.1:5432/quire?password=secret");
    RuntimeException failure = new BeanCreationException("flyway", "Failed to instantiate",
        new SQLException("Connection to 127.0.0.1:5432 refused.", "08001", new ConnectException("Connection refused")));

    assertThat(UnreachableServers.explain(failure, settings)).hasValue(
        "Quire cannot reach the PostgreSQL database at jdbc:postgresql://127.0.0.1:5432/quire (connection refused):"
            + " start it, or unset QUIRE_DATABASE_URL");
  }

  @Test
  void anOpenSearchClusterIsFoundAmongTheFailuresHibernateSearchCollected() {
    MockEnvironment settings = new MockEnvironment()
        .withProperty("quire.search.hosts", "http://quire:secret@127.0.0.1:9201, http://127.0.0.1:9202");
    SearchException bootstrap = new SearchException("HSEARCH000520: Hibernate Search encountered failures during bootstrap");
    bootstrap.addSuppressed(new SearchException("HSEARCH400080: Unable to detect the Elasticsearch version",
        new SearchException("HSEARCH400007: Elasticsearch request failed", new ConnectException("Connection refused"))));

    assertThat(UnreachableServers.explain(new BeanCreationException("entityManagerFactory", "failed", bootstrap), settings))
        .hasValue("Quire cannot reach the OpenSearch cluster at http://127.0.0.1:9201, http://127.0.0.1:9202"
            + " (connection refused): start it, or unset QUIRE_SEARCH_HOSTS");
  }

  @Test
  void anUnknownHostIsSaidSo() {
    MockEnvironment settings = new MockEnvironment().withProperty("quire.database.url", "jdbc:postgresql://db.invalid/quire");
    SQLException failure = new SQLException("The connection attempt failed.", "08001", new UnknownHostException("db.invalid"));

    assertThat(UnreachableServers.explain(failure, settings)).hasValueSatisfying(line ->
        assertThat(line).contains("at jdbc:postgresql://db.invalid/quire (unknown host db.invalid)"));
  }

  @Test
  void otherFailuresAreLeftToTheirOwnReasons() {
    MockEnvironment settings = new MockEnvironment().withProperty("quire.database.url", "jdbc:postgresql://h/q");

    assertThat(UnreachableServers.explain(new SQLException("password authentication failed", "28P01"), settings)).isEmpty();
    assertThat(UnreachableServers.explain(new IllegalStateException("no"), new MockEnvironment())).isEmpty();
  }
}
