package dev.quire.wrangling;

import dev.quire.search.TagRefiling;
import dev.quire.tag.Tag;
import dev.quire.tag.TagRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads a tag as its wranglers see it ({@link WrangledTag}): its synonyms, parents, meta and sub
 * tags, how many works and public bookmarks it files, the last {@value #TRAIL} lines of its audit
 * trail and its latest re-filings. For {@link Wrangling}, which has asked the policy. Thread-safe.
 */
@Component
class WrangledTags {

  private static final int TRAIL = 50;

  private final TagRepository tags;
  private final TagChangeRepository changes;
  private final TagRefiling refiling;
  @PersistenceContext private EntityManager entityManager;

  WrangledTags(TagRepository tags, TagChangeRepository changes, TagRefiling refiling) {
    this.tags = tags;
    this.changes = changes;
    this.refiling = refiling;
  }

  /** {@code tag} with its links, counts, audit trail and re-filings, in the transaction under way. */
  WrangledTag of(Tag tag) {
    List<String> synonyms = tags.findBySynonymOfIn(List.of(tag)).stream().map(Tag::getName).sorted().toList();
    List<WrangledTag.Named> parents = tag.getParents().stream()
        .sorted(Comparator.comparing(Tag::getKind).thenComparing(Tag::getName))
        .map(p -> new WrangledTag.Named(p.getKind(), p.getName())).toList();
    String filed = "select wt.work_id from work_tag wt join tag t on t.id = wt.tag_id where t.id = :id or t.synonym_of_id = :id";
    long works = count("select count(distinct f.work_id) from (" + filed + ") f", tag);
    long bookmarks = count("select count(*) from bookmark b where b.is_private = false and b.work_id in (" + filed + ")", tag);
    List<ShownChange> trail =
        changes.findTop50ByTagIdOrderByIdDesc(tag.getId()).stream().limit(TRAIL).map(TagChange::shown).toList();
    return new WrangledTag(tag.getId(), tag.getKind(), tag.getName(), tag.isCanonical(), tag.isUnwrangleable(),
        tag.getSynonymOf() == null ? null : tag.getSynonymOf().getName(), synonyms, parents,
        tag.getMetaTags().stream().map(Tag::getName).sorted().toList(),
        tags.subtagsOf(tag).stream().map(Tag::getName).sorted().toList(), works, bookmarks,
        trail, changes.lastUndoable(tag.getId()).map(last -> changes.countTags(last.changeSet())).orElse(0L),
        refiling.of(tag.getId(), 5));
  }

  private long count(String sql, Tag tag) {
    return ((Number) entityManager.createNativeQuery(sql).setParameter("id", tag.getId()).getSingleResult()).longValue();
  }
}
