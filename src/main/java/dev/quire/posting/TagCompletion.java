package dev.quire.posting;

import dev.quire.tag.TagKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes a tag being typed from the archive's existing tags of its kind: canonical tags first,
 * then shorter names, so that the spelling works are filed under is the one offered. Thread-safe.
 */
@Component
public class TagCompletion {

  /** The most names offered at once. */
  static final int LIMIT = 15;

  private final TagNames names;

  TagCompletion(TagNames names) {
    this.names = names;
  }

  /** An offered tag: its name, and whether it is the archive's canonical spelling. */
  public record Completion(String name, boolean canonical) {}

  /**
   * Existing tags of {@code kinds} (a relationship's parents are fandoms and characters) whose
   * names contain {@code typed}; none for fewer than 2 characters.
   */
  @Transactional(readOnly = true)
  public List<Completion> complete(Set<TagKind> kinds, String typed) {
    String term = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    if (term.length() < 2) {
      return List.of();
    }
    String pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return names.matching(kinds, pattern, PageRequest.of(0, LIMIT)).stream()
        .map(t -> new Completion(t.getName(), t.isCanonical()))
        .toList();
  }
}
