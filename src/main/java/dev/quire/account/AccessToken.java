package dev.quire.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A personal access token: what an API client presents as {@code Authorization: Bearer TOKEN} to act
 * as its account. Only the token's SHA-256 is stored; the token itself is shown once, when it is
 * issued ({@link AccessTokens#issue}). A read token reads what its account may read; a write token
 * also posts and edits.
 */
@Entity
@Table(name = "access_token")
class AccessToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Column(name = "token_hash", nullable = false, unique = true)
  private String tokenHash;

  @Column(nullable = false)
  private String label;

  @Column(name = "can_write")
  private boolean write;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  protected AccessToken() {}

  AccessToken(Account account, String tokenHash, String label, boolean write, Instant createdAt) {
    this.account = account;
    this.tokenHash = tokenHash;
    this.label = label;
    this.write = write;
    this.createdAt = createdAt;
  }

  Long getId() {
    return id;
  }

  Account getAccount() {
    return account;
  }

  String getLabel() {
    return label;
  }

  boolean isWrite() {
    return write;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  Instant getLastUsedAt() {
    return lastUsedAt;
  }

  void usedAt(Instant at) {
    lastUsedAt = at;
  }
}
