package dev.quire.mail;

import java.util.Objects;

/** A plain-text mail the archive sends: to one address, a subject and a body. */
public record Letter(String to, String subject, String body) {

  public Letter {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }
}
