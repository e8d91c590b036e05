package dev.quire.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person's account (AO3's user): a user name, an email address, a password hash and roles. Its
 * works are credited to its pseuds ({@code dev.quire.work.Creator}). A system account
 * ({@code unclaimed}, {@code orphan_account}) holds credits nobody has claimed and never logs in.
 */
@Entity
public class Account {

  /** Holds imported bylines until someone claims them. */
  public static final String UNCLAIMED = "unclaimed";
  /** Holds the credits of orphaned works. */
  public static final String ORPHAN_ACCOUNT = "orphan_account";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_name", nullable = false, unique = true)
  private String userName;

  @Column(name = "user_key", nullable = false, unique = true)
  private String userKey;

  private String email;

  @Column(name = "email_key", unique = true)
  private String emailKey;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  private boolean suspended;

  @Column(name = "system_account")
  private boolean systemAccount;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected Account() {}

  /**
   * A new, unconfirmed account. The caller has checked the name with {@link UserNames#problem}
   * and hashed the password.
   */
  public Account(String userName, String email, String passwordHash, Instant createdAt) {
    this.userName = Objects.requireNonNull(userName, "userName");
    this.userKey = UserNames.key(userName);
    this.email = email;
    this.emailKey = email == null ? null : EmailAddresses.key(email);
    this.passwordHash = passwordHash;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public Long getId() {
    return id;
  }

  public String getUserName() {
    return userName;
  }

  public String getEmail() {
    return email;
  }

  /** The password's Argon2id hash; null for a system account, which cannot log in. */
  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  /** When the address was confirmed; null until then. */
  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public void confirm(Instant at) {
    if (confirmedAt == null) {
      confirmedAt = at;
    }
  }

  public boolean isSuspended() {
    return suspended;
  }

  public void setSuspended(boolean suspended) {
    this.suspended = suspended;
  }

  public boolean isSystemAccount() {
    return systemAccount;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** The account's roles; a modifiable view. */
  public Set<Role> getRoles() {
    return roles;
  }
}
