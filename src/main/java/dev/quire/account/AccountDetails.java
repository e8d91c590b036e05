package dev.quire.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in principal Spring Security keeps in the session (in the database, so it is
 * serializable): the account's id and user name. Roles are read from the account on each request
 * ({@link CurrentViewer}), so a role granted or a suspension takes effect at once.
 */
public final class AccountDetails implements UserDetails, CredentialsContainer, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final long accountId;
  private final String userName;
  private String passwordHash;
  private final boolean confirmed;

  /** A confirmed account's principal. */
  public AccountDetails(long accountId, String userName, String passwordHash) {
    this(accountId, userName, passwordHash, true);
  }

  /** {@code confirmed}: whether the account's address is confirmed; until it is, it cannot log in. */
  public AccountDetails(long accountId, String userName, String passwordHash, boolean confirmed) {
    this.accountId = accountId;
    this.userName = userName;
    this.passwordHash = passwordHash;
    this.confirmed = confirmed;
  }

  public long accountId() {
    return accountId;
  }

  @Override
  public String getUsername() {
    return userName;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority("ROLE_USER"));
  }

  /** False until the account's address is confirmed; {@link ConfirmedLogIn} says so after the password. */
  @Override
  public boolean isEnabled() {
    return confirmed;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}
