package dev.quire.comment;

import dev.quire.account.AccountNames;
import dev.quire.account.EmailAddresses;
import dev.quire.account.Viewer;
import dev.quire.mute.Boundaries;
import dev.quire.stats.CountsChanged;
import dev.quire.stats.Tally.Counted;
import dev.quire.work.CommentSettings;
import dev.quire.work.CommentableWork;
import dev.quire.work.WorkNotFoundException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Readers' comments on works and chapters, as AO3 keeps them: threads of replies, read a page of
 * threads at a time ({@link #THREADS_PER_PAGE}) to {@link #SHOWN_DEPTH} levels, deeper ones on a
 * comment's own page. Every read asks for the work through the access policy; every change asks
 * {@link CommentPolicy}, then (for a new comment) {@link SpamRules}; what a work's creators and
 * moderators do to comments is {@link CommentModeration}'s. A change that adds or removes a
 * comment publishes {@link CountsChanged} for its work, counted in the same transaction, and a new
 * comment tells those it concerns ({@link CommentNotices}) once committed. Thread-safe.
 */
@Component
public class Comments {

  /** AO3's page of comments: 20 threads. */
  public static final int THREADS_PER_PAGE = 20;
  /** AO3's deepest level shown in a thread; deeper replies continue on a comment's page. */
  public static final int SHOWN_DEPTH = 5;
  static final int MAX_GUEST_NAME = 100;

  private final CommentRepository comments;
  private final CommentSettings works;
  private final CommentPolicy policy;
  private final SpamRules spam;
  private final AccountNames accountNames;
  private final Boundaries boundaries;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Comments(CommentRepository comments, CommentSettings works, CommentPolicy policy, SpamRules spam,
      AccountNames accountNames, Boundaries boundaries, ApplicationEventPublisher events, Clock clock) {
    this.comments = comments;
    this.works = works;
    this.policy = policy;
    this.spam = spam;
    this.accountNames = accountNames;
    this.boundaries = boundaries;
    this.events = events;
    this.clock = clock;
  }

  /**
   * What a commenter sends. {@code name} and {@code email} are read only from a guest.
   *
   * @param parentId the comment replied to, or null for a new thread
   * @param chapterId the chapter a new thread is about, or null for the whole work (a reply is about its parent's)
   */
  public record CommentForm(String body, Long parentId, Long chapterId, String name, String email) {}

  /** A comment kept: its id, its work, and whether it waits for a creator's approval. */
  public record Posted(long id, long workId, boolean held) {}

  /** A comment's text for its commenter's edit form. */
  public record EditableComment(long id, long workId, String workTitle, String body) {}

  /**
   * A page (from 1) of the threads on a work, or on one of its chapters, as {@code viewer} sees them.
   *
   * @throws WorkNotFoundException when the viewer may not read the work
   */
  @Transactional(readOnly = true)
  public WorkComments onWork(Viewer viewer, long workId, Long chapterId, int page) {
    CommentableWork work = work(viewer, workId);
    if (chapterId != null && work.chapterNumber(chapterId).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Work " + workId + " has no chapter " + chapterId + ".");
    }
    int shown = Math.max(1, page);
    Page<Comment> roots = comments.findThreads(workId, chapterId, viewer.accountId(),
        policy.seesAllHeld(viewer, work), PageRequest.of(shown - 1, THREADS_PER_PAGE));
    List<Comment> all = roots.isEmpty() ? List.of()
        : comments.findInThreads(roots.getContent().stream().map(Comment::getId).toList());
    ThreadTree tree = tree(viewer, work, all);
    return new WorkComments(work, chapterId, roots.getContent().stream().map(root -> tree.show(root, SHOWN_DEPTH)).toList(),
        shown, Math.max(1, roots.getTotalPages()), roots.getTotalElements(), refusalToComment(viewer, work));
  }

  /**
   * Every thread on a work, whole, as {@code viewer} sees them (the API's tree).
   *
   * @throws WorkNotFoundException when the viewer may not read the work
   */
  @Transactional(readOnly = true)
  public List<ThreadedComment> allOnWork(Viewer viewer, long workId) {
    CommentableWork work = work(viewer, workId);
    List<Comment> all = comments.findOnWork(workId);
    ThreadTree tree = tree(viewer, work, all);
    return all.stream().filter(c -> c.getParentId() == null && policy.sees(viewer, work, c))
        .map(root -> tree.show(root, Integer.MAX_VALUE)).toList();
  }

  /**
   * A comment's own page: it and its replies to {@link #SHOWN_DEPTH} levels.
   *
   * @throws CommentNotFoundException when there is no such comment the viewer may see
   */
  @Transactional(readOnly = true)
  public CommentThread thread(Viewer viewer, long commentId) {
    Comment comment = comments.findById(commentId).orElseThrow(() -> new CommentNotFoundException(commentId));
    CommentableWork work = seen(viewer, comment);
    ThreadTree tree = tree(viewer, work, comments.findInThreads(List.of(comment.getThreadId())));
    String refusal = policy.refusal(viewer, CommentAction.REPLY, work, comment)
        .map(CommentRefusedException::getReason).orElse(null);
    return new CommentThread(work, tree.show(comment, SHOWN_DEPTH), refusal);
  }

  /**
   * Posts a comment on a work, or a reply ({@code form.parentId()}) to one on it.
   *
   * @param clientAddress where the request came from, for a guest's allowance
   * @throws WorkNotFoundException when the viewer may not read the work
   * @throws CommentNotFoundException when the comment replied to is not one on the work the viewer sees
   * @throws CommentRefusedException when the viewer may not comment on the work, or reply to that comment
   * @throws InvalidCommentException when the form is wrong or the spam rules hold it
   * @throws CommentThrottledException when the commenter has left too many comments lately
   */
  @Transactional
  public Posted post(Viewer viewer, long workId, CommentForm form, String clientAddress) {
    CommentableWork work = work(viewer, workId);
    Comment parent = null;
    if (form.parentId() != null) {
      parent = comments.findById(form.parentId()).filter(p -> p.getWorkId() == workId && policy.sees(viewer, work, p))
          .orElseThrow(() -> new CommentNotFoundException(form.parentId()));
      policy.check(viewer, CommentAction.REPLY, work, parent);
    } else {
      policy.refusalToComment(viewer, work).ifPresent(refusal -> {
        throw refusal;
      });
    }
    Map<String, String> problems = new LinkedHashMap<>();
    Long chapterId = parent != null ? parent.getChapterId() : form.chapterId();
    if (parent == null && chapterId != null && work.chapterNumber(chapterId).isEmpty()) {
      problems.put("chapterId", "This work has no chapter " + chapterId + ".");
    }
    CommentBody.problem(form.body()).ifPresent(problem -> problems.put("body", problem));
    Commenter commenter = viewer.isGuest() ? guest(form, problems) : Commenter.account(viewer.accountId());
    if (!problems.isEmpty()) {
      throw new InvalidCommentException(problems);
    }
    CommentBody body = CommentBody.of(form.body());
    spam.checkNew(work, commenter, body, clientAddress);
    boolean held = work.moderated() && !policy.seesAllHeld(viewer, work);
    Comment comment = comments.save(new Comment(workId, chapterId, parent, commenter, body, held, clock.instant()));
    comment.startThread();
    events.publishEvent(new CommentPublished(comment.getId(), false));
    events.publishEvent(new CountsChanged(workId, Counted.COMMENTS));
    return new Posted(comment.getId(), workId, held);
  }

  /**
   * Replies to a comment, as {@link #post} with the comment's work.
   *
   * @throws CommentNotFoundException when there is no such comment the viewer may see
   */
  @Transactional
  public Posted reply(Viewer viewer, long parentId, CommentForm form, String clientAddress) {
    long workId = comments.findById(parentId).map(Comment::getWorkId)
        .orElseThrow(() -> new CommentNotFoundException(parentId));
    return post(viewer, workId,
        new CommentForm(form.body(), parentId, null, form.name(), form.email()), clientAddress);
  }

  /**
   * Its commenter's comment, to edit.
   *
   * @throws CommentRefusedException unless the viewer may edit it
   */
  @Transactional(readOnly = true)
  public EditableComment editable(Viewer viewer, long commentId) {
    Comment comment = comments.findById(commentId).orElseThrow(() -> new CommentNotFoundException(commentId));
    CommentableWork work = seen(viewer, comment);
    policy.check(viewer, CommentAction.EDIT, work, comment);
    return new EditableComment(commentId, work.id(), work.title(), comment.getBody());
  }

  /**
   * Changes a comment's text, as its commenter.
   *
   * @throws CommentRefusedException unless the viewer may edit it
   * @throws InvalidCommentException when the new text is empty, too long, or has too many links
   */
  @Transactional
  public long edit(Viewer viewer, long commentId, String typed) {
    Comment comment = comments.findById(commentId).orElseThrow(() -> new CommentNotFoundException(commentId));
    policy.check(viewer, CommentAction.EDIT, seen(viewer, comment), comment);
    CommentBody.problem(typed).ifPresent(problem -> {
      throw new InvalidCommentException(Map.of("body", problem));
    });
    CommentBody body = CommentBody.of(typed);
    spam.checkLinks(Commenter.account(viewer.accountId()), body);
    comment.edit(body, clock.instant());
    return comment.getWorkId();
  }

  /**
   * Deletes a comment: it stays as "(Previous comment deleted.)" while replies hang on it, and
   * goes with deleted comments above it that nothing else holds.
   *
   * @return the work it was on
   * @throws CommentRefusedException unless the viewer may delete it
   */
  @Transactional
  public long delete(Viewer viewer, long commentId) {
    Comment comment = comments.findById(commentId).orElseThrow(() -> new CommentNotFoundException(commentId));
    policy.check(viewer, CommentAction.DELETE, seen(viewer, comment), comment);
    if (comments.existsByParentId(commentId)) {
      comment.markDeleted();
    } else {
      Long above = comment.getParentId();
      comments.delete(comment);
      comments.flush();
      while (above != null) {
        Comment parent = comments.findById(above).orElseThrow();
        if (!parent.isDeleted() || comments.existsByParentId(parent.getId())) {
          break;
        }
        above = parent.getParentId();
        comments.delete(parent);
        comments.flush();
      }
    }
    events.publishEvent(new CountsChanged(comment.getWorkId(), Counted.COMMENTS));
    return comment.getWorkId();
  }

  private CommentableWork work(Viewer viewer, long workId) {
    return works.commentable(viewer, workId).orElseThrow(() -> new WorkNotFoundException(workId));
  }

  /** The comment's work, when the viewer may read it and see the comment; else the comment is not found. */
  CommentableWork seen(Viewer viewer, Comment comment) {
    return works.commentable(viewer, comment.getWorkId()).filter(work -> policy.sees(viewer, work, comment))
        .orElseThrow(() -> new CommentNotFoundException(comment.getId()));
  }

  ThreadTree tree(Viewer viewer, CommentableWork work, List<Comment> all) {
    return new ThreadTree(viewer, work, policy, all, accountNames::of, boundaries.mutedBy(viewer),
        policy.blocksReadOnce(viewer));
  }

  private String refusalToComment(Viewer viewer, CommentableWork work) {
    return policy.refusalToComment(viewer, work).map(CommentRefusedException::getReason).orElse(null);
  }

  private static Commenter guest(CommentForm form, Map<String, String> problems) {
    String name = form.name() == null ? "" : form.name().strip();
    String email = form.email() == null ? "" : form.email().strip();
    if (name.isEmpty()) {
      problems.put("name", "Please tell us your name.");
    } else if (name.length() > MAX_GUEST_NAME) {
      problems.put("name", "A name may be at most " + MAX_GUEST_NAME + " characters long.");
    }
    EmailAddresses.problem(email).ifPresent(problem -> problems.put("email", problem));
    return Commenter.guest(name, email);
  }
}
