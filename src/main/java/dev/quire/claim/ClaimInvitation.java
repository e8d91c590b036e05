package dev.quire.claim;

import dev.quire.account.Account;
import dev.quire.work.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * A claim link sent to an address: the byline it offers, until when, and who accepted it. Only the
 * link's SHA-256 is kept. The byline is null once a claim merged it into a pseud of the same name.
 */
@Entity
class ClaimInvitation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "creator_id")
  private Creator creator;

  @Column(nullable = false)
  private String email;

  @Column(name = "token_hash", nullable = false, unique = true)
  private String tokenHash;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "sent_by_id")
  private Account sentBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "accepted_by_id")
  private Account acceptedBy;

  protected ClaimInvitation() {}

  ClaimInvitation(Creator creator, String email, String tokenHash, Account sentBy, Instant createdAt,
      Instant expiresAt) {
    this.creator = creator;
    this.email = email;
    this.tokenHash = tokenHash;
    this.sentBy = sentBy;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  Creator getCreator() {
    return creator;
  }

  String getEmail() {
    return email;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  Instant getExpiresAt() {
    return expiresAt;
  }

  boolean isAccepted() {
    return acceptedAt != null;
  }

  void accept(Account by, Instant at) {
    this.acceptedBy = by;
    this.acceptedAt = at;
  }
}
