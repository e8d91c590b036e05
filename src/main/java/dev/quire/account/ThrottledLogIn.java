package dev.quire.account;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a user name (or email address) and password, as AO3's log-in does, within the limits of
 * {@link LogInThrottle}: per account and per client address. An account that does not exist is
 * throttled by the name typed, and answers exactly as a wrong password does. Whether an account
 * is suspended is said only after its password was right, so nobody learns it by guessing names.
 * Thread-safe. Not a bean: only the pages' log-in uses it ({@link SecurityConfiguration}), and
 * an {@code AuthenticationProvider} bean would replace Spring's global one.
 */
final class ThrottledLogIn implements AuthenticationProvider {

  private final DaoAuthenticationProvider passwords;
  private final LogInThrottle throttle;
  private final LogInAccounts accounts;

  ThrottledLogIn(LogInAccounts details, PasswordEncoder encoder, LogInThrottle throttle) {
    this.passwords = new DaoAuthenticationProvider(details);
    this.passwords.setPasswordEncoder(encoder);
    this.passwords.setPreAuthenticationChecks(user -> {});
    this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
    this.throttle = throttle;
    this.accounts = details;
  }

  @Override
  public Authentication authenticate(Authentication attempt) throws AuthenticationException {
    List<String> keys = keys(attempt);
    Optional<Duration> wait = throttle.enter(keys);
    if (wait.isPresent()) {
      throw new LogInThrottledException(wait.get());
    }
    Authentication authenticated = passwords.authenticate(attempt);
    throttle.succeeded(keys);
    return authenticated;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  /** The account's bucket (by id, so its name and its address share one) and the address's. */
  private List<String> keys(Authentication attempt) {
    String login = UserNames.key(attempt.getName() == null ? "" : attempt.getName());
    String account = accounts.holder(attempt.getName())
        .map(found -> "account:" + found.getId())
        .orElse("login:" + login.substring(0, Math.min(login.length(), 254)));
    String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
    return List.of(account, "address:" + address);
  }
}
