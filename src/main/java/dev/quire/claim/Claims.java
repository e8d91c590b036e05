package dev.quire.claim;

import dev.quire.account.Account;
import dev.quire.account.AccountRepository;
import dev.quire.account.Viewer;
import dev.quire.mail.Letter;
import dev.quire.mail.Mailer;
import dev.quire.platform.Sha256;
import dev.quire.work.AccessPolicy;
import dev.quire.work.Creator;
import dev.quire.work.CreatorRepository;
import dev.quire.work.Pseuds;
import dev.quire.work.WorkSummary.Byline;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
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
 * stored. Who may manage bylines is {@link AccessPolicy#mayManageUnclaimed}'s to say. Each byline
 * moved is announced inside the claim's transaction ({@link BylineClaimed}), for what waited on it.
 * Thread-safe.
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
  private final EntityManager entityManager;
  private final ApplicationEventPublisher events;

  Claims(CreatorRepository creators, ClaimInvitationRepository invitations, AccountRepository accounts,
      Pseuds pseuds, AccessPolicy policy, Mailer mailer, Clock clock,
      @Value("${quire.claims.link-valid-for:P30D}") Duration validFor, EntityManager entityManager,
      ApplicationEventPublisher events) {
    this.entityManager = entityManager;
    this.events = events;
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
   * Sends a claim invitation to the byline's noted address, with a new link under {@code linkBase}
   * (the archive's address, as the visitor reached it). The link offers every unclaimed byline
   * noted with that address, as AO3's invitations offer all of an external author's names.
   *
   * @return the address the letter went to
   * @throws AccessDeniedException unless {@code viewer} manages unclaimed bylines
   * @throws InvalidClaimException when the byline has no address or no such byline waits for a claim
   */
  @Transactional
  public String invite(Viewer viewer, long creatorId, String linkBase) {
    checkManages(viewer);
    Creator creator = unclaimedCreator(creatorId);
    String address = creator.getClaimEmail();
    if (address == null) {
      throw new InvalidClaimException("Please note the creator's address before sending an invitation.");
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = clock.instant();
    Account sender = viewer.isGuest() ? null : accounts.findById(viewer.accountId()).orElse(null);
    ClaimInvitation invitation = invitations.save(new ClaimInvitation(creator, address, Sha256.hex(token), sender, now,
        now.plus(validFor)));
    ClaimOffer offer = offerOf(invitation);
    mailer.send(new Letter(address, "Claim your works on the archive",
        "Hello,\n\n" + offer.works() + (offer.works() == 1 ? " work was" : " works were")
            + " imported to the archive under " + offer.names() + ". They are yours to claim: log in (or sign up"
            + " first), then open\n\n" + linkBase + "/claims/" + token + "\n\nand accept. The works will be"
            + " credited to pseuds of your account. The link works once, until " + offer.expires()
            + ".\n\nIf these works are not yours, you may ignore this letter.\n"));
    return address;
  }

  /**
   * What the link offers, for the page that asks whether to accept.
   *
   * @throws ClaimLinkException when the link is unknown, spent or expired
   */
  @Transactional(readOnly = true)
  public ClaimOffer offer(String token) {
    ClaimInvitation invitation = find(token);
    checkOpen(invitation);
    return offerOf(invitation);
  }

  /**
   * Accepts the link: the works of every byline it offers are credited to pseuds of the viewer's
   * account, and the link is spent.
   *
   * @return the page of the pseud now credited with the works of the byline the invitation was sent for
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
    ClaimInvitation invitation = find(token);
    // Two people accepting at once: the second waits here for the first, then finds the link spent.
    // Bylines are locked in id order, so two links offering the same ones never wait on each other.
    entityManager.refresh(invitation, LockModeType.PESSIMISTIC_WRITE);
    checkOpen(invitation);
    List<Creator> bylines = bylines(invitation);
    bylines.forEach(byline -> entityManager.refresh(byline, LockModeType.PESSIMISTIC_WRITE));
    checkOpen(invitation);
    invitation.accept(claimant, clock.instant());
    Creator sentFor = invitation.getCreator();
    String path = null;
    for (Creator byline : bylines) {
      if (!Account.UNCLAIMED.equals(byline.getUserName())) {
        continue;
      }
      // The address was only for the invitation: the works now belong to an account with its own.
      byline.setClaimEmail(null);
      // Before the move, which may merge the byline into a pseud of the same name.
      events.publishEvent(new BylineClaimed(byline.getId(), claimant.getId()));
      Creator pseud = pseuds.moveTo(byline, claimant);
      if (byline == sentFor) {
        path = new Byline(pseud.getName(), pseud.getUserName()).pseudPath();
      }
    }
    return path;
  }

  /** The byline the invitation was sent for and every other unclaimed one noted with its address, by id. */
  private List<Creator> bylines(ClaimInvitation invitation) {
    Creator sentFor = invitation.getCreator();
    Stream<Creator> noted = creators.findUnclaimedByClaimEmail(invitation.getEmail()).stream();
    return Stream.concat(Stream.of(sentFor), noted.filter(c -> c != sentFor))
        .sorted(Comparator.comparing(Creator::getId)).toList();
  }

  private ClaimOffer offerOf(ClaimInvitation invitation) {
    List<Creator> bylines = bylines(invitation);
    return new ClaimOffer(bylines.stream().map(c -> new Byline(c.getName(), c.getUserName())).toList(),
        bylines.stream().mapToLong(c -> creators.countWorks(c.getId())).sum(), invitation.getExpiresAt());
  }

  private ClaimInvitation find(String token) {
    return invitations.findByTokenHash(Sha256.hex(token == null ? "" : token)).orElseThrow(ClaimLinkException::unknown);
  }

  private void checkOpen(ClaimInvitation invitation) {
    if (invitation.isAccepted() || invitation.getCreator() == null
        || !Account.UNCLAIMED.equals(invitation.getCreator().getUserName())) {
      throw ClaimLinkException.spent();
    }
    if (!clock.instant().isBefore(invitation.getExpiresAt())) {
      throw ClaimLinkException.expired();
    }
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
}
