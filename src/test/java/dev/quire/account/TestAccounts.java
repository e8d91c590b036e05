package dev.quire.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for tests that act as a logged-in person: {@code mvc.perform(post(...).with(accounts.as(wrangler)))}
 * sends the request as that account, with a valid CSRF token. Names are unique per call, so tests
 * sharing an archive never meet each other's accounts. Not a shortcut past the access policy: the
 * account is real and its roles are read from the database as for any request.
 */
@Component
public class TestAccounts {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final AccountRepository accounts;
  private final PasswordEncoder passwords;

  TestAccounts(AccountRepository accounts, PasswordEncoder passwords) {
    this.accounts = accounts;
    this.passwords = passwords;
  }

  /** A new confirmed account with these roles and no password (it logs in only through tests). */
  @Transactional
  public Account create(Role... roles) {
    return create(null, roles);
  }

  /** A new confirmed account with these roles that logs in with {@code password}. */
  @Transactional
  public Account create(String password, Role... roles) {
    String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    Account account = new Account(name, name + "@example.org",
        password == null ? null : passwords.encode(password), Instant.now());
    account.confirm(Instant.now());
    account.getRoles().addAll(Arrays.asList(roles));
    return accounts.save(account);
  }

  /** Sends a request as {@code account}, logged in, with a CSRF token. */
  public RequestPostProcessor as(Account account) {
    AccountDetails details = new AccountDetails(account.getId(), account.getUserName(), null);
    RequestPostProcessor login = authentication(
        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    return request -> csrf().postProcessRequest(login.postProcessRequest(request));
  }

  /**
   * A CSRF token as a browser holds one: the {@code XSRF-TOKEN} cookie and the masked form field
   * {@code authenticity_token}. Spring's {@code csrf()} post-processor would instead swap the
   * archive's token store for one in the session, for every later request of the shared test
   * archive, and real-HTTP tests sent after it would be refused.
   */
  public static RequestPostProcessor csrf() {
    return request -> {
      byte[] token = UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8);
      byte[] mask = new byte[token.length];
      RANDOM.nextBytes(mask);
      byte[] masked = new byte[token.length * 2];
      System.arraycopy(mask, 0, masked, 0, mask.length);
      for (int i = 0; i < token.length; i++) {
        masked[token.length + i] = (byte) (mask[i] ^ token[i]);
      }
      List<Cookie> cookies = new ArrayList<>(request.getCookies() == null ? List.of() : List.of(request.getCookies()));
      cookies.add(new Cookie("XSRF-TOKEN", new String(token, StandardCharsets.UTF_8)));
      request.setCookies(cookies.toArray(Cookie[]::new));
      request.setParameter("authenticity_token", Base64.getUrlEncoder().encodeToString(masked));
      return request;
    };
  }

  /**
   * Sends a request from an address of its own. The log-in throttle counts failures per address,
   * and every test's request comes from 127.0.0.1: a test that logs in with a wrong password sends
   * it so, or it would hold up other tests' log-ins.
   */
  public static RequestPostProcessor fromAnAddressOfItsOwn() {
    String address = "10." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254));
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }
}
