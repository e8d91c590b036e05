package dev.quire.tag;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Tags by kind and name. */
public interface TagRepository extends JpaRepository<Tag, Long> {

  /** A tag's id, kind and name, read without the tag. */
  interface TagName {
    long getId();

    TagKind getKind();

    String getName();
  }

  @Query("select t.id as id, t.kind as kind, t.name as name from Tag t where t.id in :ids")
  List<TagName> findNamesByIdIn(@Param("ids") Collection<Long> ids);

  /**
   * The tags with these ids, named, by id (an id no tag has is left out), asked
   * {@value Tags#LOOKUP_CHUNK} at a time: well within every database's limit on parameters.
   */
  default Map<Long, TagName> namesOf(Collection<Long> ids) {
    List<Long> all = List.copyOf(ids);
    Map<Long, TagName> names = new HashMap<>();
    for (int from = 0; from < all.size(); from += Tags.LOOKUP_CHUNK) {
      findNamesByIdIn(all.subList(from, Math.min(from + Tags.LOOKUP_CHUNK, all.size())))
          .forEach(tag -> names.put(tag.getId(), tag));
    }
    return names;
  }

  /** The tags of this kind, named. */
  @Query("select t.id as id, t.kind as kind, t.name as name from Tag t where t.kind = :kind")
  List<TagName> findNamesByKind(@Param("kind") TagKind kind);

  Optional<Tag> findByKindAndName(TagKind kind, String name);

  /** Tags of this kind with exactly one of these names. */
  List<Tag> findByKindAndNameIn(TagKind kind, Collection<String> names);

  /** Tags of any kind with exactly this name. */
  List<Tag> findByName(String name);

  /** Tags of any kind with this name, ignoring case. */
  List<Tag> findByNameIgnoreCase(String name);

  /** Tags of one kind with this name, ignoring case. */
  List<Tag> findByKindAndNameIgnoreCase(TagKind kind, String name);

  /** The synonyms of any of these canonical tags. */
  List<Tag> findBySynonymOfIn(Collection<Tag> canonical);

  long countBySynonymOf(Tag canonical);

  /** The synonyms of one canonical tag, by name. */
  List<Tag> findBySynonymOfOrderByName(Tag canonical);

  /** The tags {@code parent} is a parent of (its children: characters, relationships, additional tags). */
  @Query("select t from Tag t join t.parents p where p = :parent order by t.name")
  List<Tag> childrenOf(@Param("parent") Tag parent);

  /** The parents of {@code children} of one kind, by name: a relationship's characters, a tag's fandoms. */
  @Query("select distinct p from Tag t join t.parents p where t in :children and p.kind = :kind order by p.name")
  List<Tag> parentsOf(@Param("children") Collection<Tag> children, @Param("kind") TagKind kind, Pageable page);

  /** The tags of one kind that have any of {@code parents} as a parent, by name: a character's relationships. */
  @Query("select distinct t from Tag t join t.parents p where p in :parents and t.kind = :kind order by t.name")
  List<Tag> childrenOf(@Param("parents") Collection<Tag> parents, @Param("kind") TagKind kind, Pageable page);

  /** Canonical tags of one kind whose name begins so, ignoring case. */
  List<Tag> findByKindAndCanonicalTrueAndNameStartingWithIgnoreCase(TagKind kind, String start);

  /** These tags, each with its meta tags and the tag it is a synonym of. */
  @Query("select t from Tag t left join fetch t.metaTags left join fetch t.synonymOf where t.id in :ids")
  List<Tag> findWithMetaTagsByIdIn(@Param("ids") Collection<Long> ids);

  /** Every synonym, with its canonical tag. */
  @Query("select t from Tag t join fetch t.synonymOf")
  List<Tag> findBySynonymOfIsNotNull();

  /** Canonical tags of a kind that have parents, with them. */
  @Query("select distinct t from Tag t join fetch t.parents where t.canonical = true and t.kind = :kind")
  List<Tag> canonicalWithParents(@Param("kind") TagKind kind);

  /**
   * A number that changes, in practice, whenever a synonym or a parent is made, moved or removed:
   * what the tagger learns from wrangling is relearnt when it does.
   */
  @Query(value = "select (select count(*) + coalesce(sum(id * 31 + synonym_of_id), 0) from tag where synonym_of_id is not null)"
      + " + (select count(*) + coalesce(sum(tag_id * 17 + parent_id), 0) from tag_parent)", nativeQuery = true)
  Number wranglingFingerprint();

  /** The tags {@code meta} is a meta tag of (its subtags, one level down). */
  @Query("select t from Tag t join t.metaTags m where m = :meta order by t.name")
  List<Tag> subtagsOf(@Param("meta") Tag meta);
}
