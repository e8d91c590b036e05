package dev.quire.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The settings: the configuration's values until an admin sets others, and the same on every node. */
class ArchiveSettingsTest {

  final JdbcTemplate database = TestSettings.database();

  @Test
  void theConfigurationGivesTheFirstValuesAndTheSettingsOwnDefaultsTheRest() {
    ArchiveSettings settings = TestSettings.node(database, Clock.systemUTC(), Map.of("quire.accounts.signup", " Invitation "));

    assertThat(settings.value(Setting.SIGN_UP)).isEqualTo("invitation");
    assertThat(settings.value(Setting.ARCHIVE_NAME)).isEqualTo("Quire");
    assertThat(settings.number(Setting.INVITATIONS_PER_DAY)).isZero();
    assertThat(settings.isOn(Setting.ADULT_CONFIRMATION)).isTrue();
  }

  @Test
  void aChangeHoldsAtOnceOnItsNodeAndOnEveryOtherNodeWithinSeconds() {
    StoppedClock time = new StoppedClock();
    ArchiveSettings one = TestSettings.node(database, time, Map.of());
    ArchiveSettings other = TestSettings.node(database, time, Map.of());
    assertThat(other.value(Setting.ARCHIVE_NAME)).isEqualTo("Quire");

    one.store(Map.of(Setting.ARCHIVE_NAME, "Harbour Tales", Setting.SIGN_UP, "closed"), "admin");

    assertThat(one.value(Setting.ARCHIVE_NAME)).isEqualTo("Harbour Tales");
    time.now = time.now.plus(ArchiveSettings.FRESH_FOR).plusMillis(1);
    assertThat(other.value(Setting.ARCHIVE_NAME)).isEqualTo("Harbour Tales");
    assertThat(other.value(Setting.SIGN_UP)).isEqualTo("closed");
  }

  @Test
  void refusesValuesOutsideEachSettingsRule() {
    ArchiveSettings settings = TestSettings.node(database, Clock.systemUTC(), Map.of());

    assertThatThrownBy(() -> settings.store(Map.of(Setting.INVITATIONS_PER_DAY, "1001"), "admin"))
        .hasMessageContaining("from 0 to 1000");
    assertThat(Setting.SIGN_UP.problem("sometimes")).isPresent();
    assertThat(Setting.ARCHIVE_NAME.problem(" ")).isPresent();
    assertThat(Setting.ARCHIVE_NAME.problem("x".repeat(101))).isPresent();
    assertThat(Setting.ADULT_CONFIRMATION.problem("maybe")).isPresent();
    assertThat(settings.number(Setting.INVITATIONS_PER_DAY)).isZero();
  }

  @Test
  void anArchiveConfiguredWithAValueThatIsNotOneDoesNotStart() {
    assertThatThrownBy(() -> TestSettings.configured(Map.of("quire.accounts.invitations-per-day", "lots")))
        .hasMessageContaining("quire.accounts.invitations-per-day");
  }

  /** A clock that moves only when a test moves it. */
  static final class StoppedClock extends Clock {
    Instant now = Instant.parse("2026-05-01T12:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
