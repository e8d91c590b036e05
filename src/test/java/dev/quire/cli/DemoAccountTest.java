package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.AccountRepository;
import dev.quire.account.Role;
import dev.quire.work.CreatorRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** {@code quire demo}'s account: made once, with every role but moderator, a new password at each start. */
class DemoAccountTest extends ArchiveTest {

  @Autowired ApplicationContext context;
  @Autowired AccountRepository accounts;
  @Autowired CreatorRepository creators;
  @Autowired PasswordEncoder passwords;

  @Test
  void theDemoAccountWranglesArchivesAdministersAndPostsWithAPasswordNewAtEachStart() {
    String first = DemoAccount.logInFor(context);
    String second = DemoAccount.logInFor(context);

    Account demo = accounts.findByUserName("demo").orElseThrow();
    assertThat(demo.getRoles()).containsExactlyInAnyOrder(Role.WRANGLER, Role.ARCHIVIST, Role.ADMIN);
    assertThat(demo.getConfirmedAt()).isNotNull();
    assertThat(second).isNotEqualTo(first);
    assertThat(passwords.matches(second, demo.getPasswordHash())).isTrue();
    assertThat(passwords.matches(first, demo.getPasswordHash())).isFalse();
    assertThat(creators.findPseud("demo", "demo")).hasValueSatisfying(pseud -> assertThat(pseud.isDefault()).isTrue());
  }
}
