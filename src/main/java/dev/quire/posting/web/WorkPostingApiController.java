package dev.quire.posting.web;

import dev.quire.account.Viewer;
import dev.quire.posting.ChapterNotFoundException;
import dev.quire.posting.ChapterText;
import dev.quire.posting.Drafts;
import dev.quire.posting.PostingRefusedException;
import dev.quire.posting.WorkPosting;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkNotFoundException;
import dev.quire.work.web.WorkJson;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The posting API: {@code POST /api/v1/works} posts a work (or saves a draft), {@code PATCH
 * /api/v1/works/{id}} changes any of its fields, {@code POST /api/v1/works/{id}/chapters} adds a
 * chapter, {@code DELETE /api/v1/works/{id}/chapters/{position}} deletes one, {@code DELETE
 * /api/v1/works/{id}} deletes the work. Each answers with the work as {@code GET
 * /api/v1/works/{id}} shows it to the caller. The security chain lets only write tokens here; what
 * the token's account may do to which work is {@link WorkPosting}'s to decide, and its errors
 * become statuses in {@link PostingApiErrors}.
 */
@RestController
@RequestMapping("/api/v1/works")
class WorkPostingApiController {

  private final WorkPosting posting;
  private final Drafts drafts;
  private final WorkCatalog catalog;
  private final PostingBody json;
  private final TransactionTemplate transactions;

  WorkPostingApiController(WorkPosting posting, Drafts drafts, WorkCatalog catalog, PostingBody json,
      TransactionTemplate transactions) {
    this.posting = posting;
    this.drafts = drafts;
    this.catalog = catalog;
    this.json = json;
    this.transactions = transactions;
  }

  @PostMapping
  ResponseEntity<WorkJson.Full> post(Viewer viewer, HttpServletRequest request) {
    long id = posting.post(viewer, WorkRequest.toPost(json.read(request)));
    return ResponseEntity.created(URI.create("/api/v1/works/" + id)).body(work(viewer, id));
  }

  /**
   * Changes the fields the body names, and the texts of the chapters it gives (from the first; more
   * than the work has are added), and posts a draft on {@code "draft": false}, in one transaction:
   * a refusal changes nothing. A posted work never becomes a draft again, as on AO3.
   */
  @PatchMapping("/{id}")
  WorkJson.Full patch(@PathVariable long id, Viewer viewer, HttpServletRequest request) {
    WorkRequest.Patch patch = WorkRequest.toPatch(json.read(request), posting.fields(viewer, id));
    transactions.executeWithoutResult(status -> {
      boolean draft = drafts.isDraft(viewer, id);
      if (Boolean.TRUE.equals(patch.draft()) && !draft) {
        throw new PostingRefusedException(Map.of("draft",
            "A posted work cannot become a draft again; change it, or delete it."));
      }
      posting.update(viewer, id, patch.fields());
      List<WorkDetails.ChapterText> chapters =
          patch.chapters().isEmpty() ? List.of() : details(viewer, id).chapters();
      for (int i = 0; i < patch.chapters().size(); i++) {
        ChapterText text = patch.chapters().get(i);
        if (i < chapters.size()) {
          posting.reviseChapter(viewer, id, chapters.get(i).id(), text);
        } else {
          posting.addChapter(viewer, id, text);
        }
      }
      if (Boolean.FALSE.equals(patch.draft()) && draft) {
        posting.publish(viewer, id);
      }
    });
    return work(viewer, id);
  }

  @PostMapping("/{id}/chapters")
  ResponseEntity<WorkJson.Full> addChapter(@PathVariable long id, Viewer viewer, HttpServletRequest request) {
    long chapterId = posting.addChapter(viewer, id, WorkRequest.toChapter(json.read(request)));
    return ResponseEntity.created(URI.create("/works/" + id + "/chapters/" + chapterId)).body(work(viewer, id));
  }

  /**
   * Deletes the chapter at {@code position} (1 for the first); the later ones move up. A work's
   * only chapter is not deleted (400): the work is.
   */
  @DeleteMapping("/{id}/chapters/{position}")
  ResponseEntity<Void> deleteChapter(@PathVariable long id, @PathVariable int position, Viewer viewer) {
    transactions.executeWithoutResult(status -> {
      long chapterId = posting.chapters(viewer, id).stream()
          .filter(chapter -> chapter.position() == position)
          .mapToLong(WorkPosting.ChapterEntry::id)
          .findFirst()
          .orElseThrow(() -> new ChapterNotFoundException(id, position));
      posting.deleteChapter(viewer, id, chapterId);
    });
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable long id, Viewer viewer) {
    posting.delete(viewer, id);
    return ResponseEntity.noContent().build();
  }

  private WorkJson.Full work(Viewer viewer, long id) {
    return WorkJson.full(details(viewer, id));
  }

  private WorkDetails details(Viewer viewer, long id) {
    return catalog.details(viewer, id, WorkCatalog.Texts.NONE).orElseThrow(() -> new WorkNotFoundException(id));
  }
}
