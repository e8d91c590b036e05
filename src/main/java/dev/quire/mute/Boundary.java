package dev.quire.mute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One account's mute or block of another. Accounts are held by id: read paths ask for the ids
 * alone (a list of 2,000 muted accounts is never loaded as entities to hide works).
 */
@Entity
@Table(name = "account_boundary")
class Boundary {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "other_id", nullable = false)
  private long otherId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BoundaryKind kind;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Boundary() {}

  Boundary(long accountId, long otherId, BoundaryKind kind, Instant createdAt) {
    this.accountId = accountId;
    this.otherId = otherId;
    this.kind = kind;
    this.createdAt = createdAt;
  }
}
