package dev.quire.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Log-in by password, refused until the account's address is confirmed. Spring's own check of an
 * account that is not enabled runs before the password is compared, which would tell anyone who
 * types a user name that the account exists and is unconfirmed; here it runs after, so only the
 * account's owner learns it, with {@link #UNCONFIRMED} as the {@link DisabledException}'s message
 * for the log-in page to show.
 */
@Configuration(proxyBeanMethods = false)
class ConfirmedLogIn {

  /** What the log-in page says to the owner of an unconfirmed account. */
  static final String UNCONFIRMED = "Please confirm your email address before you log in: follow the link in"
      + " the mail we sent you. No mail? Ask for a new one at /users/confirmation/new.";

  @Bean
  AuthenticationProvider passwordLogIn(UserDetailsService accounts, PasswordEncoder passwords) {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
    provider.setPasswordEncoder(passwords);
    provider.setPreAuthenticationChecks(user -> {});
    provider.setPostAuthenticationChecks(user -> {
      if (!user.isEnabled()) {
        throw new DisabledException(UNCONFIRMED);
      }
    });
    return provider;
  }
}
