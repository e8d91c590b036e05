package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.account.AccountRepository;
import dev.quire.work.CreatorRepository;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code quire user}: the first admin of a new archive, and roles changed from the command line. */
class UserCommandTest {

  @Test
  void makesAConfirmedAdminWithAPasswordShownOnceAndItsDefaultPseud(@TempDir Path data) {
    CommandRun add = CommandRun.of("user", "add", "--data", data.toString(), "alice",
        "--email", "alice@example.org", "--role", "admin", "--json");

    assertThat(add.exitCode()).as(add.stderr()).isZero();
    JsonNode made = JsonMapper.builder().build().readTree(add.stdout());
    assertThat(made.get("name").asString()).isEqualTo("alice");
    assertThat(made.get("roles").get(0).asString()).isEqualTo("admin");
    String password = made.get("password").asString();
    try (var context = Archive.open(data, null)) {
      var account = context.getBean(AccountRepository.class).findByUserName("alice").orElseThrow();
      assertThat(account.getConfirmedAt()).isNotNull();
      assertThat(context.getBean(PasswordEncoder.class).matches(password, account.getPasswordHash())).isTrue();
      assertThat(context.getBean(CreatorRepository.class).findPseud("alice", "alice")).isPresent();
    }
  }

  @Test
  void grantsAndRevokesRolesAndPrintsThoseAfter(@TempDir Path data) {
    InputStream in = System.in;
    CommandRun add;
    try {
      System.setIn(new ByteArrayInputStream("a long passphrase\n".getBytes(StandardCharsets.UTF_8)));
      add = CommandRun.of("user", "add", "--data", data.toString(), "bo_reads",
          "--email", "bo@example.org", "--role", "archivist", "--password-stdin");
    } finally {
      System.setIn(in);
    }

    CommandRun roles = CommandRun.of("user", "role", "--data", data.toString(), "BO_READS", "+wrangler", "-archivist");

    assertThat(add.exitCode()).as(add.stderr()).isZero();
    assertThat(add.stdout()).contains("Made account bo_reads").doesNotContain("password");
    assertThat(roles.exitCode()).as(roles.stderr()).isZero();
    assertThat(roles.stdout()).isEqualToIgnoringNewLines("BO_READS: wrangler");
  }

  @Test
  void aTakenNameAnUnknownRoleAndAnUnknownAccountAreSaidPlainly(@TempDir Path data) {
    CommandRun first = CommandRun.of("user", "add", "--data", data.toString(), "sam", "--email", "sam@example.org");
    CommandRun again = CommandRun.of("user", "add", "--data", data.toString(), "SAM", "--email", "other@example.org");
    CommandRun role = CommandRun.of("user", "add", "--data", data.toString(), "kit", "--email", "k@example.org",
        "--role", "emperor");
    CommandRun nobody = CommandRun.of("user", "role", "--data", data.toString(), "nobody", "+admin");

    assertThat(first.exitCode()).isZero();
    assertThat(first.stdout()).contains("Its password, shown only now: ");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.stderr()).contains("That user name is already taken").doesNotContain("Exception");
    assertThat(role.exitCode()).isEqualTo(2);
    assertThat(role.stderr()).contains("there is no role 'emperor'; the roles are wrangler, archivist, moderator, admin");
    assertThat(nobody.exitCode()).isEqualTo(1);
    assertThat(nobody.stderr()).contains("there is no account nobody");
  }
}
