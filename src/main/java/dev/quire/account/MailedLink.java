package dev.quire.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A link the archive mailed: its purpose, whom it is for, and the SHA-256 of its token (the token
 * itself was only in the mail). Used at most once, and not after it expires.
 */
@Entity
@Table(name = "mailed_link")
class MailedLink {

  /** What a mailed link does when it is followed. */
  enum Purpose {
    /** Confirms an account's address. */
    CONFIRMATION,
    /** Opens a form that sets a new password. */
    PASSWORD_RESET,
    /** Opens sign-up for an address from the invitation queue. */
    INVITATION
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Purpose purpose;

  @Column(name = "token_hash", nullable = false, unique = true)
  private String tokenHash;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id")
  private Account account;

  private String email;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected MailedLink() {}

  MailedLink(Purpose purpose, String tokenHash, Account account, String email, Instant createdAt, Instant expiresAt) {
    this.purpose = purpose;
    this.tokenHash = tokenHash;
    this.account = account;
    this.email = email;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  Long getId() {
    return id;
  }

  Purpose getPurpose() {
    return purpose;
  }

  /** The account the link acts on; null for an invitation. */
  Account getAccount() {
    return account;
  }

  /** The address the link was mailed to. */
  String getEmail() {
    return email;
  }

  /** Whether it may still be followed at {@code now}: never used, not expired. */
  boolean isLive(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }
}
