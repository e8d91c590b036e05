package dev.quire.wrangling;

import dev.quire.search.TagRefiling.Refile;
import dev.quire.tag.TagKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A tag as its wranglers see it. Tags it names are given by name (parents with their kind).
 *
 * @param synonymOf the canonical tag's name, or {@code null}
 * @param works how many works are tagged with it or one of its synonyms
 * @param bookmarks how many public bookmarks those works have
 * @param changes its audit trail, newest first
 * @param lastChangeTags how many tags the change set undo would take back changed (this one and
 *     others, all taken back together); 0 when there is none to undo
 * @param refiles its latest re-filings in search, newest first
 */
public record WrangledTag(long id, TagKind kind, String name, boolean canonical, boolean unwrangleable,
    String synonymOf, List<String> synonyms, List<Named> parents, List<String> metaTags,
    List<String> subTags, long works, long bookmarks, List<ShownChange> changes, long lastChangeTags,
    List<Refile> refiles) {

  /** The audit trail as its actions wrote it: the lines of each change set together, newest first. */
  public List<List<ShownChange>> changeSets() {
    List<List<ShownChange>> sets = new ArrayList<>();
    for (ShownChange change : changes) {
      if (sets.isEmpty() || !sets.getLast().getFirst().changeSet().equals(change.changeSet())) {
        sets.add(new ArrayList<>());
      }
      sets.getLast().add(change);
    }
    return sets;
  }

  /** A tag named with its kind. */
  public record Named(TagKind kind, String name) {}
}
