package dev.quire.cli;

import dev.quire.account.AccountRepository;
import dev.quire.account.NewAccount;
import dev.quire.account.OneTimePasswords;
import dev.quire.account.Registration;
import dev.quire.account.Role;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's account {@code demo}: a wrangler, archivist and admin who can also post, so that
 * whoever runs {@code quire demo} can try every page. Its password is new at each start and shown
 * once: a demo keeps no secret worth remembering, and a forgotten one never locks anyone out.
 */
final class DemoAccount {

  static final String NAME = "demo";

  private DemoAccount() {}

  /** Makes the account, or gives it a new password when it is there; returns the password. */
  static String logInFor(ApplicationContext context) {
    String password = OneTimePasswords.random();
    AccountRepository accounts = context.getBean(AccountRepository.class);
    PasswordEncoder encoder = context.getBean(PasswordEncoder.class);
    new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
        .executeWithoutResult(status -> accounts.findByUserName(NAME).ifPresentOrElse(
            demo -> demo.setPasswordHash(encoder.encode(password)),
            () -> context.getBean(Registration.class).register(new NewAccount(NAME, "demo@example.invalid", password,
                Set.of(Role.WRANGLER, Role.ARCHIVIST, Role.ADMIN), true))));
    return password;
  }
}
