package dev.quire.mail;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the archive's mail: through the mail server {@code spring.mail.host} names, or, when none
 * is set, into the outbox an admin reads, with a line in the log saying a letter waits there. The
 * log never holds a letter's body, which may carry a confirmation or reset link. Thread-safe.
 */
@Component
public class Mailer {

  private static final Logger log = LoggerFactory.getLogger(Mailer.class);

  private final ObjectProvider<JavaMailSender> server;
  private final OutboxRepository outbox;
  private final Clock clock;
  private final String from;

  Mailer(ObjectProvider<JavaMailSender> server, OutboxRepository outbox, Clock clock,
      @org.springframework.beans.factory.annotation.Value("${quire.mail.from:quire@localhost}") String from) {
    this.server = server;
    this.outbox = outbox;
    this.clock = clock;
    this.from = from;
  }

  /** Sends {@code letter}, or keeps it in the outbox when there is no mail server. */
  @Transactional
  public void send(Letter letter) {
    JavaMailSender sender = server.getIfAvailable();
    if (sender == null) {
      outbox.save(new OutboxLetter(letter, clock.instant()));
      log.info("No mail server is set: the letter \"{}\" waits in the outbox (/admin/outbox)", letter.subject());
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(letter.to());
    message.setSubject(letter.subject());
    message.setText(letter.body());
    sender.send(message);
  }
}
