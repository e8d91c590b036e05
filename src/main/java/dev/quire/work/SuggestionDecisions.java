package dev.quire.work;

import dev.quire.account.Viewer;
import dev.quire.tag.InvalidTagNameException;
import dev.quire.tag.TagKind;
import dev.quire.tag.Tags;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor's decisions on a work's tag suggestions: accepting one (as suggested or renamed) makes
 * it an ordinary tag, found or created by name; rejecting one keeps it from being offered again.
 * Every decision passes through here, so who may decide is to be checked here too. Only works
 * readers may see are decided on: a draft or a hidden work is answered as if it did not exist.
 * Each decision is recorded as the suggestion was offered ({@link SuggestionRecord}): an accept
 * under another name counts as accepted, the suggestion having found the tag the editor wanted. The
 * work is re-indexed when the transaction commits.
 */
@Component
public class SuggestionDecisions {

  /** Kinds a work has at most one tag of: accepting all takes only the likeliest suggestion. */
  private static final Set<TagKind> SINGLE_VALUED = EnumSet.of(TagKind.RATING);

  private final WorkRepository works;
  private final Tags tagMaker;
  private final AccessPolicy policy;
  private final SuggestionRecord record;

  SuggestionDecisions(WorkRepository works, Tags tagMaker, AccessPolicy policy, SuggestionRecord record) {
    this.works = works;
    this.tagMaker = tagMaker;
    this.policy = policy;
    this.record = record;
  }

  /**
   * Accepts the suggestion, under {@code name} when an editor changed it.
   *
   * @param name the tag's name; blank keeps the suggested one
   * @throws InvalidTagNameException when {@code name} is too long to be a tag's
   * @throws IllegalArgumentException when the suggestion does not exist
   * @throws WorkNotFoundException when the viewer may not read the work
   * @throws org.springframework.security.access.AccessDeniedException when the viewer may not decide
   */
  @Transactional
  public void accept(Viewer viewer, long workId, long suggestionId, String name) {
    Work work = work(viewer, workId);
    TagSuggestion suggestion = suggestion(work, suggestionId);
    String tagName = name == null || name.isBlank() ? suggestion.getName() : name;
    work.acceptSuggestion(suggestionId, tagMaker.named(suggestion.getKind(), tagName));
    record.decided(suggestion, true);
  }

  /**
   * Accepts every waiting suggestion of the work as suggested; of a single-valued kind (a rating)
   * only the likeliest, the others stay waiting for the editor.
   *
   * @return how many suggestions became tags
   * @throws WorkNotFoundException when the viewer may not read the work
   * @throws org.springframework.security.access.AccessDeniedException when the viewer may not decide
   */
  @Transactional
  public int acceptAll(Viewer viewer, long workId) {
    Work work = work(viewer, workId);
    List<TagSuggestion> chosen = new ArrayList<>();
    Set<TagKind> taken = EnumSet.noneOf(TagKind.class);
    // Waiting suggestions come likeliest first, so the first of a single-valued kind is the best.
    for (TagSuggestion suggestion : work.getWaitingSuggestions()) {
      if (!SINGLE_VALUED.contains(suggestion.getKind()) || taken.add(suggestion.getKind())) {
        chosen.add(suggestion);
      }
    }
    for (TagSuggestion suggestion : chosen) {
      work.acceptSuggestion(suggestion.getId(), tagMaker.named(suggestion.getKind(), suggestion.getName()));
      record.decided(suggestion, true);
    }
    return chosen.size();
  }

  /** @throws IllegalArgumentException when the suggestion does not exist */
  @Transactional
  public void reject(Viewer viewer, long workId, long suggestionId) {
    Work work = work(viewer, workId);
    TagSuggestion suggestion = suggestion(work, suggestionId);
    if (!suggestion.isRejected()) {
      work.rejectSuggestion(suggestionId);
      record.decided(suggestion, false);
    }
  }

  private static TagSuggestion suggestion(Work work, long suggestionId) {
    return work.getSuggestions().stream()
        .filter(s -> s.getId() == suggestionId)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("work " + work.getId() + " has no suggestion " + suggestionId));
  }

  private Work work(Viewer viewer, long workId) {
    Work work = works.findById(workId).orElseThrow(() -> new WorkNotFoundException(workId));
    policy.check(viewer, WorkAction.DECIDE_SUGGESTIONS, work);
    return work;
  }
}
