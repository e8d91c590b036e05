package dev.quire.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostgresAddressTest {

  @Test
  void readsHostPortDatabaseAndTheSchemaTheArchiveLivesIn() {
    assertThat(PostgresAddress.of("jdbc:postgresql://db.example:55500/quire?ssl=true&currentSchema=archive"))
        .isEqualTo(new PostgresAddress("db.example", "55500", "quire", Optional.of("archive")));
  }

  @Test
  void takesPostgresDefaultPortAndNoSchemaWhenTheAddressNamesNone() {
    assertThat(PostgresAddress.of("jdbc:postgresql://localhost/quire"))
        .isEqualTo(new PostgresAddress("localhost", "5432", "quire", Optional.empty()));
  }

  @Test
  void anAddressWithoutADatabaseIsASentenceWithoutItsParameters() {
    assertThatThrownBy(() -> PostgresAddress.of("jdbc:postgresql://localhost/?password=secret"))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("names no host and database")
        .hasMessageNotContaining("secret");
  }
}
