package dev.quire.work;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Works by id, and the lists that do not need the search index. */
public interface WorkRepository extends JpaRepository<Work, Long> {

  /** A work with its creators and tags loaded, for pages and the API. */
  @EntityGraph(attributePaths = {"creators", "tags"})
  @Query("select w from Work w where w.id = :id")
  Optional<Work> findWithDetails(Long id);

  @Query("select w from Work w where w.visibility in :visible order by w.updatedAt desc, w.id desc")
  List<Work> findRecent(Collection<Visibility> visible, Pageable page);

  /** Works whose tags name characters (an author's or an editor's), newest first. */
  @Query("select distinct w from Work w join w.tags t where t.kind = dev.quire.tag.TagKind.CHARACTER"
      + " order by w.updatedAt desc")
  List<Work> findWithCharacterTags(Pageable page);

  /** How many works have tags naming characters: when it changes, there is more to learn from. */
  @Query("select count(distinct w) from Work w join w.tags t where t.kind = dev.quire.tag.TagKind.CHARACTER")
  long countWithCharacterTags();

  /**
   * Works first published at any of these addresses, oldest first: one address as it may be spelled
   * (an AO3 work's EPUB download names it with {@code http}, its HTML download with {@code https}).
   */
  List<Work> findBySourceUrlInOrderById(Collection<String> sourceUrls);

  /** The work that files of a story told across several files join. */
  Optional<Work> findByStoryKey(String storyKey);

  /** Whether a file with these bytes was imported already, and as which work. */
  @Query("select o.work.id from OriginalFile o where o.sha256 = :sha256")
  Optional<Long> findWorkIdByOriginal(String sha256);
}
