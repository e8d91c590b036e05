package dev.quire.account;

import dev.quire.platform.Sha256;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes and redeems the links the archive mails. A token is 32 random bytes, written in the link
 * and kept only as its SHA-256 (a random token needs no slow hash: nobody can guess one to test).
 * A link is redeemed once, before it expires; after that, or for a token never issued, nothing is
 * found. Thread-safe.
 */
@Component
class MailedLinks {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final MailedLinkRepository links;
  private final Clock clock;

  MailedLinks(MailedLinkRepository links, Clock clock) {
    this.links = links;
    this.clock = clock;
  }

  /**
   * A new link's token for {@code purpose}, valid for {@code lifetime}. A new reset or
   * confirmation link ends the account's earlier ones of that purpose.
   */
  @Transactional
  String issue(MailedLink.Purpose purpose, Account account, String email, Duration lifetime) {
    Instant now = clock.instant();
    if (account != null) {
      links.useAll(account, purpose, now);
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    links.save(new MailedLink(purpose, Sha256.hex(token), account, email, now, now.plus(lifetime)));
    return token;
  }

  /** The live link of {@code purpose} that {@code token} names, without using it. */
  @Transactional(readOnly = true)
  Optional<MailedLink> peek(MailedLink.Purpose purpose, String token) {
    return find(purpose, token);
  }

  /** The live link of {@code purpose} that {@code token} names, now used so it opens nothing again. */
  @Transactional
  Optional<MailedLink> redeem(MailedLink.Purpose purpose, String token) {
    Instant now = clock.instant();
    // The conditional update, not the read, decides: two requests with one token, one wins.
    return find(purpose, token).filter(link -> links.use(link.getId(), now) == 1);
  }

  private Optional<MailedLink> find(MailedLink.Purpose purpose, String token) {
    if (token == null || token.isEmpty() || token.length() > 100) {
      return Optional.empty();
    }
    return links.findByTokenHash(Sha256.hex(token))
        .filter(link -> link.getPurpose() == purpose && link.isLive(clock.instant()));
  }
}
