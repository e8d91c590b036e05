package dev.quire.comment;

import dev.quire.account.AccountRepository;
import dev.quire.account.EmailAddresses;
import dev.quire.account.Throttles;
import dev.quire.work.CommentableWork;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What holds a comment as spam, with no outside service: more than {@link #NEWCOMERS_LINKS} links
 * from a guest or an account younger than {@link #NEW_ACCOUNT}; the same words left on the same
 * work again by the same commenter (AO3's "You have already left this comment here."); and more
 * than {@link #LIMIT} comments from one account, or one guest's client address or email address,
 * counted in the database so that every app node counts the same ({@link Throttles}). A held
 * comment is not kept; the commenter is told why. Thread-safe.
 */
@Component
class SpamRules {

  static final int NEWCOMERS_LINKS = 2;
  static final Duration NEW_ACCOUNT = Duration.ofDays(7);
  static final Throttles.Limit LIMIT = new Throttles.Limit(10, Duration.ofMinutes(10));

  private final CommentRepository comments;
  private final AccountRepository accounts;
  private final Throttles throttles;
  private final Clock clock;

  SpamRules(CommentRepository comments, AccountRepository accounts, Throttles throttles, Clock clock) {
    this.comments = comments;
    this.accounts = accounts;
    this.throttles = throttles;
    this.clock = clock;
  }

  /**
   * Throws unless {@code body} may be posted by {@code commenter} on {@code work} now; a comment
   * that passes takes one from the commenter's allowance.
   *
   * @throws InvalidCommentException when its links or its repetition hold it
   * @throws CommentThrottledException when the commenter has left too many comments lately
   */
  void checkNew(CommentableWork work, Commenter commenter, CommentBody body, String clientAddress) {
    checkLinks(commenter, body);
    boolean repeat = commenter.accountId() != null
        ? comments.existsRepeatByAccount(work.id(), body.digest(), commenter.accountId())
        : comments.existsRepeatByGuest(work.id(), body.digest(), commenter.guestEmail());
    if (repeat) {
      throw new InvalidCommentException(Map.of("body", "You have already left this comment here."));
    }
    List<String> keys = commenter.accountId() != null
        ? List.of("comment-account:" + commenter.accountId())
        : List.of("comment-client:" + clientAddress, "comment-email:" + EmailAddresses.key(commenter.guestEmail()));
    Optional<Duration> wait = throttles.enter(LIMIT, keys);
    if (wait.isPresent()) {
      throw new CommentThrottledException(wait.get());
    }
  }

  /** As {@link #checkNew} for links alone: an edit may not add what a new comment may not have. */
  void checkLinks(Commenter commenter, CommentBody body) {
    if (body.links() > NEWCOMERS_LINKS && isNewcomer(commenter)) {
      throw new InvalidCommentException(Map.of("body", "This comment was held as spam: a guest, or an account"
          + " newer than a week, may link at most " + NEWCOMERS_LINKS + " addresses in a comment (this one links "
          + body.links() + "). Please remove some."));
    }
  }

  private boolean isNewcomer(Commenter commenter) {
    return commenter.accountId() == null || accounts.findById(commenter.accountId())
        .map(account -> account.getCreatedAt().isAfter(clock.instant().minus(NEW_ACCOUNT))).orElse(true);
  }
}
