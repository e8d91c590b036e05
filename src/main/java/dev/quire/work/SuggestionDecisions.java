package dev.quire.work;

import dev.quire.tag.InvalidTagNameException;
import dev.quire.tag.Tag;
import dev.quire.tag.TagRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor's decisions on a work's tag suggestions: accepting one (as suggested or renamed) makes
 * it an ordinary tag, found or created by name; rejecting one keeps it from being offered again.
 * The work is re-indexed when the transaction commits.
 */
@Component
public class SuggestionDecisions {

  private final WorkRepository works;
  private final TagRepository tags;

  SuggestionDecisions(WorkRepository works, TagRepository tags) {
    this.works = works;
    this.tags = tags;
  }

  /**
   * Accepts the suggestion, under {@code name} when an editor changed it.
   *
   * @param name the tag's name; blank keeps the suggested one
   * @throws InvalidTagNameException when {@code name} is too long to be a tag's
   * @throws IllegalArgumentException when the work or the suggestion does not exist
   */
  @Transactional
  public void accept(long workId, long suggestionId, String name) {
    Work work = work(workId);
    TagSuggestion suggestion = work.getSuggestions().stream()
        .filter(s -> s.getId() == suggestionId)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("work " + workId + " has no suggestion " + suggestionId));
    // Checked before the database is asked, which would refuse a long name in its own words.
    String tagName = name == null || name.isBlank() ? suggestion.getName() : Tag.name(name);
    Tag tag = tags.findByKindAndName(suggestion.getKind(), tagName)
        .orElseGet(() -> tags.save(new Tag(suggestion.getKind(), tagName)));
    work.acceptSuggestion(suggestionId, tag);
  }

  /** @throws IllegalArgumentException when the work or the suggestion does not exist */
  @Transactional
  public void reject(long workId, long suggestionId) {
    work(workId).rejectSuggestion(suggestionId);
  }

  private Work work(long workId) {
    return works.findById(workId).orElseThrow(() -> new IllegalArgumentException("there is no work " + workId));
  }
}
