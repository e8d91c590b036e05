package dev.quire.posting;

import dev.quire.account.Account;
import dev.quire.work.Creator;
import dev.quire.work.Work;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Objects;

/**
 * A pending co-creatorship: a work's creator asked another person's pseud to share the credit. The
 * pseud is credited when its account accepts; the invitation goes when it accepts or declines.
 */
@Entity
class CreatorshipInvitation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "work_id")
  private Work work;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "creator_id")
  private Creator creator;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "invited_by_id")
  private Account invitedBy;

  @Column(name = "invited_at", nullable = false)
  private Instant invitedAt;

  protected CreatorshipInvitation() {}

  CreatorshipInvitation(Work work, Creator creator, Account invitedBy, Instant invitedAt) {
    this.work = Objects.requireNonNull(work, "work");
    this.creator = Objects.requireNonNull(creator, "creator");
    this.invitedBy = invitedBy;
    this.invitedAt = Objects.requireNonNull(invitedAt, "invitedAt");
  }

  Long getId() {
    return id;
  }

  Work getWork() {
    return work;
  }

  Creator getCreator() {
    return creator;
  }

  Account getInvitedBy() {
    return invitedBy;
  }

  Instant getInvitedAt() {
    return invitedAt;
  }
}
