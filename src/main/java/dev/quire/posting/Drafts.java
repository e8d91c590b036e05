package dev.quire.posting;

import dev.quire.account.Viewer;
import dev.quire.work.Creator;
import dev.quire.work.CreatorRepository;
import dev.quire.work.ReadScope;
import dev.quire.work.Visibility;
import dev.quire.work.WorkRepository;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's drafts and pseuds, for the pages where they post: only ever the viewer's own. Drafts
 * are kept until they are posted or deleted. Thread-safe.
 */
@Component
public class Drafts {

  /** The most drafts a list shows. */
  static final int LIMIT = 200;

  private final WorkRepository works;
  private final CreatorRepository creators;

  Drafts(WorkRepository works, CreatorRepository creators) {
    this.works = works;
    this.creators = creators;
  }

  /** A draft as its list shows it. */
  public record Draft(long id, String title, String chapterProgress, int words, Instant updatedAt) {}

  /** The viewer's drafts, most recently changed first; none for a guest. */
  @Transactional(readOnly = true)
  public List<Draft> of(Viewer viewer) {
    if (viewer.isGuest()) {
      return List.of();
    }
    return works.findByAccount(viewer.userName(), List.of(Visibility.DRAFT), List.of(false, true),
        ReadScope.NONE_MUTED, PageRequest.of(0, LIMIT)).stream()
        .map(w -> new Draft(w.getId(), w.getTitle(), w.getChapterProgress(), w.getWords(), w.getUpdatedAt()))
        .toList();
  }

  /** Whether {@code workId} is one of the viewer's drafts. */
  @Transactional(readOnly = true)
  public boolean isDraft(Viewer viewer, long workId) {
    return works.findById(workId)
        .filter(w -> w.getVisibility() == Visibility.DRAFT && !viewer.isGuest() && w.isCreditedTo(viewer.accountId()))
        .isPresent();
  }

  /** The names of the viewer's pseuds, the default first; none for a guest. */
  @Transactional(readOnly = true)
  public List<String> pseuds(Viewer viewer) {
    return viewer.isGuest() ? List.of()
        : creators.findByAccount(viewer.accountId()).stream().map(Creator::getName).toList();
  }
}
