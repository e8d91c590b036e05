package dev.quire.comment.web;

import dev.quire.account.Viewer;
import dev.quire.comment.Comments;
import dev.quire.comment.Comments.CommentForm;
import dev.quire.comment.Comments.Posted;
import dev.quire.comment.InvalidCommentException;
import dev.quire.comment.ThreadedComment;
import dev.quire.platform.JsonBody;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Comments for token holders: {@code GET /api/v1/works/{id}/comments} is the tree of the threads
 * the caller sees, whole; {@code POST} with {@code {"body", "parentId", "chapterId"}} posts a
 * comment (or a reply, with {@code parentId}) and answers 201 with it. Refusals are the API's
 * {@code {"message"}} with their status; a form's problems are 400 with {@code "fields"} too
 * ({@link CommentApiErrors}).
 */
@RestController
@RequestMapping("/api/v1/works/{id}/comments")
class CommentApiController {

  /** A comment's body, its other fields and JSON's quoting, with room to spare. */
  static final JsonBody.Reader BODY = new JsonBody.Reader(CommentSizeLimit.MAX_BYTES, CommentSizeLimit.MESSAGE,
      "{\"body\": \"...\", \"parentId\": null, \"chapterId\": null}",
      (field, message) -> new InvalidCommentException(Map.of(field, message)));

  private final Comments comments;
  private final JsonMapper json;

  CommentApiController(Comments comments, JsonMapper json) {
    this.comments = comments;
    this.json = json;
  }

  /** A comment as the API shows it. */
  record CommentJson(long id, Long parentId, Long chapterId, String byline, String user, Instant posted,
      Instant edited, String body, boolean deleted, boolean hidden, boolean awaitingApproval, boolean frozen,
      boolean imported, List<CommentJson> replies) {

    static CommentJson of(ThreadedComment comment) {
      return new CommentJson(comment.id(), comment.parentId(), comment.chapterId(), comment.deleted() ? null : comment.byline(),
          comment.deleted() ? null : comment.userName(), comment.posted(), comment.edited(), comment.body(),
          comment.deleted(), comment.hidden(), comment.awaitingApproval(), comment.frozen(), comment.imported(),
          comment.replies().stream().map(CommentJson::of).toList());
    }
  }

  @GetMapping
  Map<String, Object> tree(@PathVariable long id, Viewer viewer) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("workId", id);
    body.put("comments", comments.allOnWork(viewer, id).stream().map(CommentJson::of).toList());
    return body;
  }

  @PostMapping
  ResponseEntity<CommentJson> post(@PathVariable long id, Viewer viewer, HttpServletRequest request) {
    JsonBody body = BODY.read(json, request).onlyFields("body", "parentId", "chapterId");
    CommentForm form = new CommentForm(Objects.requireNonNullElse(body.text("body"), ""), body.id("parentId"),
        body.id("chapterId"), null, null);
    Posted posted = comments.post(viewer, id, form, request.getRemoteAddr());
    return ResponseEntity.created(URI.create("/comments/" + posted.id()))
        .body(CommentJson.of(comments.thread(viewer, posted.id()).comment()));
  }
}
