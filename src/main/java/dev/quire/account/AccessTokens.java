package dev.quire.account;

import dev.quire.platform.Sha256;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: issued to an account (from its tokens page or {@code quire token create}),
 * listed, revoked, and checked when an API request presents one. A token is {@value #PREFIX}
 * followed by 256 random bits in URL-safe Base64, so that secret scanners recognise it; the archive
 * keeps only its SHA-256 and shows the token once, in what {@link #issue} returns. Thread-safe.
 *
 * <p>Example: {@code tokens.issue(Viewer.of(account), "my uploader", true).token()} is the
 * {@code quire_...} string a client sends as {@code Authorization: Bearer quire_...}.
 */
@Component
public class AccessTokens {

  /** How every token begins. */
  public static final String PREFIX = "quire_";
  /** The longest label, in characters. */
  public static final int MAX_LABEL = 100;
  /** The most tokens one account holds at once. */
  public static final int MAX_PER_ACCOUNT = 50;

  /** How often a token's last use is written: a client calling many times a second writes once. */
  private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
  private static final int TOKEN_BYTES = 32;
  private static final int LONGEST_TOKEN = 200;

  /** A token just issued; {@code token} is the secret, shown now and never again. */
  public record Issued(long id, String label, boolean write, String token) {}

  /** A token as its account's tokens page lists it; {@code lastUsedAt} is null until it is used. */
  public record Listed(long id, String label, boolean write, Instant createdAt, Instant lastUsedAt) {}

  /** The account a valid token acts for, and whether the token may write. */
  record Holder(long accountId, String userName, boolean write, boolean suspended) {}

  private final AccessTokenRepository tokens;
  private final AccountRepository accounts;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  AccessTokens(AccessTokenRepository tokens, AccountRepository accounts, Clock clock) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.clock = clock;
  }

  /**
   * Issues a token to {@code owner}'s account, labelled {@code label} (trimmed; 1 to
   * {@value #MAX_LABEL} characters), that reads, or reads and writes.
   *
   * @throws TokenRefusedException when the owner may not hold tokens (a guest, a suspended or
   *     system account), the label is blank or too long, or the account holds
   *     {@value #MAX_PER_ACCOUNT} tokens already; its message says which, for the owner
   */
  @Transactional
  public Issued issue(Viewer owner, String label, boolean write) {
    if (!owner.mayWrite()) {
      throw new TokenRefusedException("Only an account that is not suspended can have tokens.");
    }
    Account account = accounts.findById(owner.accountId())
        .filter(a -> !a.isSystemAccount())
        .orElseThrow(() -> new TokenRefusedException("Only a person's account can have tokens."));
    String name = label == null ? "" : label.strip();
    if (name.isEmpty() || name.length() > MAX_LABEL || name.chars().anyMatch(Character::isISOControl)) {
      throw new TokenRefusedException(
          "Give the token a label of 1 to " + MAX_LABEL + " characters, to tell it from your others.");
    }
    if (tokens.countByAccount(account.getId()) >= MAX_PER_ACCOUNT) {
      throw new TokenRefusedException(
          "An account holds at most " + MAX_PER_ACCOUNT + " tokens; revoke one you no longer use first.");
    }
    byte[] secret = new byte[TOKEN_BYTES];
    random.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    AccessToken saved = tokens.save(new AccessToken(account, Sha256.hex(token), name, write, clock.instant()));
    return new Issued(saved.getId(), name, write, token);
  }

  /** The tokens of {@code owner}'s account, newest first; none for a guest. */
  @Transactional(readOnly = true)
  public List<Listed> of(Viewer owner) {
    if (owner.isGuest()) {
      return List.of();
    }
    return tokens.findByAccount(owner.accountId()).stream()
        .map(t -> new Listed(t.getId(), t.getLabel(), t.isWrite(), t.getCreatedAt(), t.getLastUsedAt()))
        .toList();
  }

  /**
   * Revokes token {@code id} of {@code owner}'s account at once: the next request that presents it
   * is refused. Returns false when the account holds no such token (someone else's is not found).
   */
  @Transactional
  public boolean revoke(Viewer owner, long id) {
    if (owner.isGuest()) {
      return false;
    }
    Optional<AccessToken> token = tokens.findOf(owner.accountId(), id);
    token.ifPresent(tokens::delete);
    return token.isPresent();
  }

  /** The account {@code token} acts for, or empty when no such token was issued or it was revoked. */
  @Transactional
  Optional<Holder> holder(String token) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > LONGEST_TOKEN) {
      return Optional.empty();
    }
    return tokens.findByTokenHash(Sha256.hex(token)).map(found -> {
      Instant now = clock.instant();
      if (found.getLastUsedAt() == null || found.getLastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
        found.usedAt(now);
      }
      Account account = found.getAccount();
      return new Holder(account.getId(), account.getUserName(), found.isWrite(), account.isSuspended());
    });
  }
}
