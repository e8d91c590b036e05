package dev.quire.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An address waiting in AO3's invitation queue, until an admin sends it an invitation. */
@Entity
@Table(name = "invite_request")
class InviteRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String email;

  @Column(name = "email_key", nullable = false, unique = true)
  private String emailKey;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "invited_at")
  private Instant invitedAt;

  protected InviteRequest() {}

  InviteRequest(String email, Instant requestedAt) {
    this.email = email;
    this.emailKey = UserNames.key(email);
    this.requestedAt = requestedAt;
  }

  String getEmail() {
    return email;
  }

  Instant getRequestedAt() {
    return requestedAt;
  }

  void invited(Instant at) {
    invitedAt = at;
  }
}
