package dev.quire.work;

import dev.quire.account.Viewer;
import dev.quire.tag.TagKind;
import dev.quire.work.WorkDetails.SuggestionView;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue: suggestions waiting for an editor across every work the viewer may find (never
 * a draft's or a hidden work's, and a restricted work's only for those logged in), a page at a time. Deciding on them is {@link SuggestionDecisions}'s.
 */
@Component
public class SuggestionQueue {

  /** Suggestions on one page of the queue. */
  public static final int PAGE_SIZE = 50;

  private final TagSuggestionRepository suggestions;
  private final AccessPolicy policy;

  SuggestionQueue(TagSuggestionRepository suggestions, AccessPolicy policy) {
    this.suggestions = suggestions;
    this.policy = policy;
  }

  /**
   * One page of waiting suggestions, ordered by confidence (ties by when they were made, in the
   * same direction, so that the queue's index serves both orders).
   *
   * @param viewer who is looking: the queue lists the works they may find
   * @param kind only suggestions of this kind, or {@code null} for all
   * @param minConfidence from 0 to 1: only suggestions at least this likely
   * @param likeliestFirst whether the likeliest come first, or the least likely
   * @param page 1 for the first page; a page past the last is empty
   * @throws IllegalArgumentException when {@code page} is below 1
   */
  @Transactional(readOnly = true)
  public QueuePage waiting(Viewer viewer, TagKind kind, double minConfidence, boolean likeliestFirst, int page) {
    if (page < 1) {
      throw new IllegalArgumentException("pages are numbered from 1");
    }
    Sort order = Sort.by(likeliestFirst ? Sort.Direction.DESC : Sort.Direction.ASC, "confidence", "id");
    ReadScope scope = policy.readable(viewer);
    Slice<TagSuggestion> found = suggestions.findWaiting(scope.visibilities(), scope.restrictedStates(), scope.mutedOrNone(),
        kind,
        minConfidence, PageRequest.of(page - 1, PAGE_SIZE, order));
    return new QueuePage(found.map(QueuedSuggestion::of).toList(), page, found.hasNext());
  }

  /**
   * A page of the queue.
   *
   * @param page this page's number, from 1
   * @param hasNext whether more suggestions wait after this page's
   */
  public record QueuePage(List<QueuedSuggestion> suggestions, int page, boolean hasNext) {

    public QueuePage {
      suggestions = List.copyOf(suggestions);
    }
  }

  /** A waiting suggestion with the work it is for. */
  public record QueuedSuggestion(WorkSummary work, SuggestionView suggestion) {

    static QueuedSuggestion of(TagSuggestion s) {
      return new QueuedSuggestion(WorkSummary.of(s.getWork()), SuggestionView.of(s));
    }
  }
}
