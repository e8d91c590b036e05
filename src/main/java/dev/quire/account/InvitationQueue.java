package dev.quire.account;

import dev.quire.mail.Letter;
import dev.quire.mail.Mailer;
import dev.quire.settings.ArchiveSettings;
import dev.quire.settings.Setting;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * AO3's invitation queue, for an archive whose sign-up is by invitation: anyone puts an address in
 * the queue, an admin invites the next ones, and each invitee gets a mail with a single-use link
 * that opens sign-up for {@link #INVITATION_LIFETIME}. Asking again with the same address, or with
 * one that already has an account, is answered as the first time and adds nothing, so the queue
 * tells nobody who is in it. Thread-safe.
 */
@Component
public class InvitationQueue {

  /** How long an invitation link works. */
  static final Duration INVITATION_LIFETIME = Duration.ofDays(14);

  /** The most invitations one click sends. */
  public static final int MAX_AT_ONCE = 100;

  private final InviteRequestRepository requests;
  private final AccountRepository accounts;
  private final MailedLinks links;
  private final Mailer mailer;
  private final ArchiveAddress address;
  private final AccountPolicy policy;
  private final Registrar registrar;
  private final Clock clock;
  private final ArchiveSettings settings;

  InvitationQueue(InviteRequestRepository requests, AccountRepository accounts, MailedLinks links, Mailer mailer,
      ArchiveAddress address, AccountPolicy policy, Registrar registrar, Clock clock, ArchiveSettings settings) {
    this.requests = requests;
    this.accounts = accounts;
    this.links = links;
    this.mailer = mailer;
    this.address = address;
    this.policy = policy;
    this.registrar = registrar;
    this.clock = clock;
    this.settings = settings;
  }

  /** An address in the queue, as the admin's page lists it. */
  public record Waiting(String email, Instant requestedAt) {}

  /** Whether the archive takes invitation requests: only when sign-up is by invitation. */
  public boolean isOpen() {
    return registrar.mode() == SignUpMode.INVITATION;
  }

  /** Puts {@code email} in the queue, or says why it cannot be and changes nothing. */
  @Transactional
  public FormProblems request(String email) {
    if (!isOpen()) {
      return FormProblems.of("email", "This archive does not take invitation requests.");
    }
    Optional<String> problem = EmailAddresses.problem(email);
    if (problem.isPresent()) {
      return FormProblems.of("email", problem.get());
    }
    String key = EmailAddresses.key(email);
    if (requests.findByEmailKey(key).isEmpty() && accounts.findByEmailKey(key).isEmpty()) {
      requests.save(new InviteRequest(email.strip(), clock.instant()));
    }
    return FormProblems.none();
  }

  /** The first {@code limit} addresses waiting, oldest first. */
  @Transactional(readOnly = true)
  public List<Waiting> waiting(Viewer viewer, int limit) {
    policy.check(viewer, AccountAction.GRANT_INVITATIONS);
    return requests.findWaiting(PageRequest.of(0, limit)).stream()
        .map(r -> new Waiting(r.getEmail(), r.getRequestedAt()))
        .toList();
  }

  /** How many addresses wait. */
  @Transactional(readOnly = true)
  public long waitingCount() {
    return requests.countWaiting();
  }

  /**
   * Sends invitations to the next {@code count} addresses (1 to {@link #MAX_AT_ONCE}) and returns
   * how many were sent: fewer when fewer wait.
   */
  @Transactional
  public int inviteNext(Viewer viewer, int count) {
    policy.check(viewer, AccountAction.GRANT_INVITATIONS);
    if (count < 1 || count > MAX_AT_ONCE) {
      throw new IllegalArgumentException("Invite 1 to " + MAX_AT_ONCE + " at a time.");
    }
    return invite(requests.findWaiting(PageRequest.of(0, count)));
  }

  /**
   * Invites the next addresses the queue grants by itself: as many a day as an admin set
   * ({@link Setting#INVITATIONS_PER_DAY}), counting every invitation of the last 24 hours, an
   * admin's too. Nothing while sign-up is not by invitation. Safe to run on several nodes at once:
   * the waiting rows are locked, and the count is read after the lock is held.
   *
   * @return how many were sent
   */
  @Transactional
  public int grantDaily() {
    int perDay = settings.number(Setting.INVITATIONS_PER_DAY);
    if (!isOpen() || perDay == 0) {
      return 0;
    }
    if (!address.isKnown()) {
      throw new IllegalStateException("The invitation queue sends invitations by itself only where quire.url"
          + " is set: an invitation's link needs the archive's address.");
    }
    List<InviteRequest> next = requests.lockWaiting(PageRequest.of(0, perDay));
    long granted = requests.countInvitedSince(clock.instant().minus(Duration.ofDays(1)));
    return invite(next.subList(0, Math.clamp(perDay - granted, 0, next.size())));
  }

  private int invite(List<InviteRequest> next) {
    Instant now = clock.instant();
    for (InviteRequest request : next) {
      String token = links.issue(MailedLink.Purpose.INVITATION, null, request.getEmail(), INVITATION_LIFETIME);
      mailer.send(new Letter(request.getEmail(), "[Quire] Your invitation",
          "Hello,\n\nYou asked for an invitation to Quire, and here it is. To open your account, follow this"
              + " link within " + INVITATION_LIFETIME.toDays() + " days; it opens one account:\n\n"
              + address.of("/signup?invitation_token=" + token) + "\n"));
      request.invited(now);
    }
    return next.size();
  }
}
