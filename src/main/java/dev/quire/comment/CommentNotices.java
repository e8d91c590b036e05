package dev.quire.comment;

import dev.quire.account.Account;
import dev.quire.account.AccountRepository;
import dev.quire.account.ArchiveAddress;
import dev.quire.account.Viewer;
import dev.quire.mail.Letter;
import dev.quire.mail.Mailer;
import dev.quire.work.CommentSettings;
import dev.quire.work.CommentableWork;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells those a comment concerns, by mail, once it is committed: the work's creators of a new
 * comment (of one held for their approval too, saying so), and the parent's commenter of a reply
 * when it is shown (at once, or when approved). Nobody is told of their own comment, nor twice of
 * one. Each letter links to the comment's own page. A letter that cannot be sent is logged: the
 * comment stands. Thread-safe.
 */
@Component
class CommentNotices {

  private static final Logger log = LoggerFactory.getLogger(CommentNotices.class);

  private final CommentRepository comments;
  private final CommentSettings works;
  private final AccountRepository accounts;
  private final ArchiveAddress address;
  private final Mailer mailer;

  CommentNotices(CommentRepository comments, CommentSettings works, AccountRepository accounts,
      ArchiveAddress address, Mailer mailer) {
    this.comments = comments;
    this.works = works;
    this.accounts = accounts;
    this.address = address;
    this.mailer = mailer;
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void published(CommentPublished event) {
    Optional<Comment> posted = comments.findById(event.commentId());
    Optional<CommentableWork> work = posted.flatMap(c -> works.commentable(Viewer.archive(), c.getWorkId()));
    if (posted.isEmpty() || work.isEmpty() || !address.isKnown()) {
      return;
    }
    Comment comment = posted.get();
    String title = work.get().title();
    String by = comment.getCommenterId() == null ? comment.getGuestName()
        : accounts.findById(comment.getCommenterId()).map(Account::getUserName).orElse("Someone");
    String text = Jsoup.parseBodyFragment(comment.getBody()).text();
    String link = address.of("/comments/" + comment.getId());
    Map<String, Letter> letters = new LinkedHashMap<>();
    if (!event.approval()) {
      for (Account creator : accounts.findAllById(work.get().creatorAccounts())) {
        if (!comment.isBy(creator.getId())) {
          letters.putIfAbsent(creator.getEmail(), new Letter(creator.getEmail(), "Comment on \"" + title + "\"",
              by + " left a comment on your work \"" + title + "\":\n\n" + text + "\n\n"
                  + (comment.isAwaitingApproval()
                      ? "It awaits your approval before anyone else sees it: " : "Read it and reply: ") + link + "\n"));
        }
      }
    }
    if (!comment.isAwaitingApproval() && comment.getParentId() != null) {
      comments.findById(comment.getParentId()).flatMap(parent -> parentAddress(parent, comment))
          .ifPresent(to -> letters.putIfAbsent(to, new Letter(to, "Reply to your comment on \"" + title + "\"",
              by + " replied to your comment on \"" + title + "\":\n\n" + text + "\n\nRead it and reply: " + link + "\n")));
    }
    for (Letter letter : letters.values()) {
      try {
        mailer.send(letter);
      } catch (RuntimeException e) {
        log.warn("Could not send the notice of comment {} to its reader: {}", comment.getId(), e.toString());
      }
    }
  }

  /** Where the parent's commenter is told of {@code reply}: not when they replied to themselves. */
  private Optional<String> parentAddress(Comment parent, Comment reply) {
    if (parent.isDeleted()) {
      return Optional.empty();
    }
    if (parent.getCommenterId() != null) {
      return parent.getCommenterId().equals(reply.getCommenterId()) ? Optional.empty()
          : accounts.findById(parent.getCommenterId()).map(Account::getEmail);
    }
    boolean sameGuest = reply.getCommenterId() == null && reply.getGuestEmail().equalsIgnoreCase(parent.getGuestEmail());
    return sameGuest ? Optional.empty() : Optional.ofNullable(parent.getGuestEmail());
  }
}
