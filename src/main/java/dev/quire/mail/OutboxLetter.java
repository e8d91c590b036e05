package dev.quire.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A letter kept in the outbox because no mail server is set; an admin reads it there. */
@Entity
@Table(name = "mail_outbox")
public class OutboxLetter {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected OutboxLetter() {}

  OutboxLetter(Letter letter, Instant createdAt) {
    this.recipient = letter.to();
    this.subject = letter.subject();
    this.body = letter.body();
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Letter letter() {
    return new Letter(recipient, subject, body);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
