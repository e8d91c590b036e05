package dev.quire.claim;

import dev.quire.account.Account;
import dev.quire.account.AccountRepository;
import dev.quire.account.Viewer;
import dev.quire.mail.Letter;
import dev.quire.mail.Mailer;
import dev.quire.work.AccessPolicy;
import dev.quire.work.Creator;
import dev.quire.work.CreatorRepository;
import dev.quire.work.Pseuds;
import dev.quire.work.WorkSummary.Byline;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims of imported bylines, as on AO3: an archivist notes the address of a byline's creator and
 * sends a claim invitation; the letter carries a link that works once, until it expires; whoever
 * opens it logged in and accepts gets the byline's works, the byline becoming a pseud of their
 * account (or merged into their pseud of the same name, see {@link Pseuds#moveTo}). A byline is
 * never handed to anyone because of its name: only a link does it. Only the link's SHA-256 is
 * stored. Who may manage bylines is {@link AccessPolicy#mayManageUnclaimed}'s to say. Thread-safe.
 */
@Component
public class Claims {

  public static final int PAGE_SIZE = 50;
  static final int EMAIL_MAX = 254;

  private static final String EMAIL_PART = "[^@\\s<>()\\[\\],;:\"\\\\]+";
  private static final Pattern EMAIL = Pattern.compile(EMAIL_PART + "@" + EMAIL_PART + "\\." + EMAIL_PART);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final CreatorRepository creators;
  private final ClaimInvitationRepository invitations;
  private final AccountRepository accounts;
  private final Pseuds pseuds;
  private final AccessPolicy policy;
  private final Mailer mailer;
  private final Clock clock;
  private final Duration validFor;

  Claims(CreatorRepository creators, ClaimInvitationRepository invitations, AccountRepository accounts,
      Pseuds pseuds, AccessPolicy policy, Mailer mailer, Clock clock,
      @Value("${quire.claims.link-valid-for:P30D}") Duration validFor) {
    this.creators = creators;
    this.invitations = invitations;
    this.accounts = accounts;
    this.pseuds = pseuds;
    this.policy = policy;
    this.mailer = mailer;
    this.clock = clock;
    this.validFor = validFor;
  }

  /**
   * One page (from 0) of the bylines nobody has claimed whose name contains {@code fragment}.
   *
   * @throws AccessDeniedException unless {@code viewer} manages unclaimed bylines
   */
  @Transactional(readOnly = true)
  public Page<UnclaimedCreator> unclaimed(Viewer viewer, String fragment, int page) {
    checkManages(viewer);
    String escaped = (fragment == null ? "" : fragment.strip())
        .replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return creators.findUnclaimedByName(escaped, PageRequest.of(page, PAGE_SIZE)).map(creator ->
        new UnclaimedCreator(creator.getId(), creator.getName(), creator.getClaimEmail(),
            Optional.ofNullable(creator.getImportedBy()).map(Account::getUserName).orElse(null),
            creators.countWorks(creator.getId()), invitations.lastSentFor(creator.getId()).orElse(null)));
  }

  /**
   * Notes where a claim invitation for the byline goes; blank forgets it.
   *
   * @throws AccessDeniedException unless {@code viewer} manages unclaimed bylines
   * @throws InvalidClaimException when the address is not one, or no such byline waits for a claim
   */
  @Transactional
  public void noteEmail(Viewer viewer, long creatorId, String email) {
    checkManages(viewer);
    Creator creator = unclaimedCreator(creatorId);
    creator.setClaimEmail(email == null || email.isBlank() ? null : checkedEmail(email));
  }

  /**
   * Sends a claim invitation for the byline to its noted address, with a new link under {@code linkBase}
   * (the archive's address, as the visitor reached it).
   *
   * @return the address the letter went to
   * @throws AccessDeniedException unless {@code viewer} manages unclaimed bylines
   * @throws InvalidClaimException when the byline has no address or no such byline waits for a claim
   */
  @Transactional
  public String invite(Viewer viewer, long creatorId, String linkBase) {
    checkManages(viewer);
    Creator creator = unclaimedCreator(creatorId);
    if (creator.getClaimEmail() == null) {
      throw new InvalidClaimException("Please note the creator's address before sending an invitation.");
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = clock.instant();
    Account sender = viewer.isGuest() ? null : accounts.findById(viewer.accountId()).orElse(null);
    invitations.save(new ClaimInvitation(creator, creator.getClaimEmail(), hash(token), sender, now,
        now.plus(validFor)));
    long works = creators.countWorks(creator.getId());
    mailer.send(new Letter(creator.getClaimEmail(), "Claim your works on the archive",
        "Hello,\n\n" + works + (works == 1 ? " work was" : " works were") + " imported to the archive under the name \""
            + creator.getName() + "\". They are yours to claim: log in (or sign up first), then open\n\n"
            + linkBase + "/claims/" + token + "\n\nand accept. The works will be credited to a pseud of your"
            + " account. The link works once, until " + now.plus(validFor) + ".\n\nIf these works are not"
            + " yours, you may ignore this letter.\n"));
    return creator.getClaimEmail();
  }

  /**
   * What the link offers, for the page that asks whether to accept.
   *
   * @throws ClaimLinkException when the link is unknown, spent or expired
   */
  @Transactional(readOnly = true)
  public ClaimOffer offer(String token) {
    ClaimInvitation invitation = open(token);
    Creator creator = invitation.getCreator();
    return new ClaimOffer(creator.getName(), new Byline(creator.getName(), creator.getUserName()).pseudPath(),
        creators.countWorks(creator.getId()), invitation.getExpiresAt());
  }

  /**
   * Accepts the link: the byline's works are credited to a pseud of the viewer's account, and
   * the link is spent.
   *
   * @return the page of the pseud now credited on the works
   * @throws AccessDeniedException unless the viewer is logged in and may write
   * @throws ClaimLinkException when the link is unknown, spent or expired
   */
  @Transactional
  public String accept(Viewer viewer, String token) {
    if (!viewer.mayWrite()) {
      throw new AccessDeniedException("Please log in to claim works.");
    }
    Account claimant = accounts.findById(viewer.accountId())
        .filter(account -> !account.isSystemAccount())
        .orElseThrow(() -> new AccessDeniedException("Please log in to claim works."));
    ClaimInvitation invitation = open(token);
    Creator byline = invitation.getCreator();
    // The address was only for the invitation: the works now belong to an account with its own.
    byline.setClaimEmail(null);
    invitation.accept(claimant, clock.instant());
    Creator pseud = pseuds.moveTo(byline, claimant);
    return new Byline(pseud.getName(), pseud.getUserName()).pseudPath();
  }

  private ClaimInvitation open(String token) {
    ClaimInvitation invitation = invitations.findByTokenHash(hash(token == null ? "" : token))
        .orElseThrow(ClaimLinkException::unknown);
    if (invitation.isAccepted() || invitation.getCreator() == null
        || !Account.UNCLAIMED.equals(invitation.getCreator().getUserName())) {
      throw ClaimLinkException.spent();
    }
    if (!clock.instant().isBefore(invitation.getExpiresAt())) {
      throw ClaimLinkException.expired();
    }
    return invitation;
  }

  private Creator unclaimedCreator(long creatorId) {
    return creators.findById(creatorId)
        .filter(creator -> Account.UNCLAIMED.equals(creator.getUserName()))
        .orElseThrow(() -> new InvalidClaimException("There is no unclaimed creator " + creatorId + "."));
  }

  private void checkManages(Viewer viewer) {
    if (!policy.mayManageUnclaimed(viewer)) {
      throw new AccessDeniedException("Only archivists manage unclaimed creators.");
    }
  }

  private static String checkedEmail(String email) {
    String address = email.strip();
    if (address.length() > EMAIL_MAX || !EMAIL.matcher(address).matches()) {
      throw new InvalidClaimException("\"" + abbreviated(address) + "\" is not an email address.");
    }
    return address;
  }

  private static String abbreviated(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }

  private static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
