package dev.quire.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.ArchiveTest;
import dev.quire.work.CreatorRepository;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class RegistrationTest extends ArchiveTest {

  @Autowired Registration registration;
  @Autowired AccountRepository accounts;
  @Autowired CreatorRepository creators;
  @Autowired PasswordEncoder passwords;

  @Test
  void aNewAccountHasItsPasswordHashedAndADefaultPseudNamedLikeIt() {
    String name = uniqueName();

    Account account = registration.register(
        new NewAccount(name, name + "@example.org", "correct horse", Set.of(Role.WRANGLER), true));

    assertThat(account.getConfirmedAt()).isNotNull();
    assertThat(account.getRoles()).containsExactly(Role.WRANGLER);
    assertThat(account.getPasswordHash()).startsWith("$argon2id$");
    assertThat(passwords.matches("correct horse", account.getPasswordHash())).isTrue();
    assertThat(creators.findByAccount(account.getId()))
        .singleElement()
        .satisfies(pseud -> {
          assertThat(pseud.getName()).isEqualTo(name);
          assertThat(pseud.isDefault()).isTrue();
        });
  }

  @Test
  void anAccountAskedForBySignUpWaitsForItsAddressToBeConfirmed() {
    String name = uniqueName();

    Account account = registration.register(new NewAccount(name, name + "@example.org", "correct horse", Set.of(), false));

    assertThat(account.getConfirmedAt()).isNull();
  }

  @Test
  void aNameDifferingOnlyInCaseOrLookAlikeCharactersIsTaken() {
    String name = "sam" + uniqueName();
    registration.register(new NewAccount(name, name + "@example.org", "correct horse", Set.of(), true));

    assertThatThrownBy(() -> registration.register(
            new NewAccount(name.toUpperCase().replace('S', '5'), "other-" + name + "@example.org", "correct horse", Set.of(), true)))
        .isInstanceOfSatisfying(AccountRefusedException.class,
            refused -> assertThat(refused.problems()).containsOnlyKeys("userName"));
  }

  @Test
  void everyWrongFieldIsNamedAndNothingIsStored() {
    long before = accounts.count();

    assertThatThrownBy(() -> registration.register(new NewAccount("x", "not an address", "short", Set.of(), true)))
        .isInstanceOfSatisfying(AccountRefusedException.class, refused -> {
          assertThat(refused.problems()).containsOnlyKeys("userName", "email", "password");
          assertThat(refused.problems().get("password")).contains("8 to 128 characters");
        });
    assertThat(accounts.count()).isEqualTo(before);
  }

  @Test
  void anAddressWithAnAccountAlreadyIsRefused() {
    String name = uniqueName();
    registration.register(new NewAccount(name, name + "@example.org", "correct horse", Set.of(), true));

    assertThatThrownBy(() -> registration.register(
            new NewAccount(uniqueName(), name.toUpperCase() + "@EXAMPLE.org", "correct horse", Set.of(), true)))
        .isInstanceOfSatisfying(AccountRefusedException.class,
            refused -> assertThat(refused.problems()).containsOnlyKeys("email"));
  }

  static String uniqueName() {
    return "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }
}
