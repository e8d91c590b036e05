package dev.quire.work;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Works by id, and the lists that do not need the search index. It answers for no viewer: only the
 * code that applies {@link AccessPolicy} (this package) and the importer that writes works use it,
 * which {@code ArchitectureTest} checks.
 */
public interface WorkRepository extends JpaRepository<Work, Long> {

  /**
   * A work with its creators (and their accounts, which bylines name) and tags loaded, for pages
   * and the API. Fetch joins, not an entity graph: Hibernate keeps this query's plan, and would
   * translate an entity graph's anew on every call (a tenth of a work page's time).
   */
  @Query("select w from Work w left join fetch w.creators c left join fetch c.account left join fetch w.tags"
      + " where w.id = :id")
  Optional<Work> findWithDetails(long id);

  /**
   * A work with its creators and their accounts, for what its comments need. A fetch join, not an
   * entity graph: Hibernate keeps this query's plan, and translates an entity graph's on every call.
   */
  @Query("select w from Work w left join fetch w.creators c left join fetch c.account where w.id = :id")
  Optional<Work> findWithCreators(long id);

  /** A work's chapter ids in reading order, without their texts. */
  @Query("select c.id from Chapter c where c.work.id = :workId order by c.position")
  List<Long> findChapterIds(long workId);

  /**
   * A work's chapters in reading order without their texts, as the columns {@link
   * WorkDetails.ChapterText#indexed} reads: a page that shows one chapter lists all of them, and
   * tells from the texts' digests whether a browser's copy is still good.
   */
  @Query("select c.id, c.position, c.title, c.summary, c.notes, c.endNotes, c.words, c.bodyDigest from Chapter c"
      + " where c.work.id = :workId order by c.position")
  List<Object[]> findChapterIndex(long workId);

  /** The text of one of a work's chapters, as a chapter page shows it. */
  @Query("select c.body from Chapter c where c.work.id = :workId and c.id = :chapterId")
  Optional<String> findChapterText(long workId, long chapterId);

  /** The texts of all of a work's chapters, as pairs of a chapter's id and its text. */
  @Query("select c.id, c.body from Chapter c where c.work.id = :workId")
  List<Object[]> findChapterTexts(long workId);

  /** Works with their creators (and accounts) and tags loaded, in one query, for a list that names many. */
  @EntityGraph(attributePaths = {"creators", "creators.account", "tags"})
  @Query("select w from Work w where w.id in :ids")
  List<Work> findWithDetails(Collection<Long> ids);

  @Query("select w.id from Work w where" + ReadScope.IN_SCOPE + "order by w.updatedAt desc, w.id desc")
  List<Long> findRecentIds(Collection<Visibility> visible, Collection<Boolean> restrictedStates, Collection<Long> muted, Pageable page);

  /** One creator's works in a read scope, most recently updated first. */
  @Query(value = "select w.id from Work w join w.creators c where c.id = :creatorId and" + ReadScope.IN_SCOPE
      + "order by w.updatedAt desc, w.id desc",
      countQuery = "select count(w) from Work w join w.creators c where c.id = :creatorId and" + ReadScope.IN_SCOPE)
  Page<Long> findIdsByCreator(long creatorId, Collection<Visibility> visible, Collection<Boolean> restrictedStates, Collection<Long> muted,
      Pageable page);

  /** The works in a read scope credited to any pseud of the account {@code :userName}, as a JPQL from clause. */
  String CREDITED_TO_ACCOUNT = " from Work w where" + ReadScope.IN_SCOPE + "and exists (select 1 from Work v"
      + " join v.creators c where v = w and c.account.userName = :userName)";

  /** The works in a read scope credited to any pseud of an account, most recently updated first. */
  @Query(value = "select w" + CREDITED_TO_ACCOUNT + " order by w.updatedAt desc, w.id desc",
      countQuery = "select count(w)" + CREDITED_TO_ACCOUNT)
  Page<Work> findByAccount(String userName, Collection<Visibility> visible, Collection<Boolean> restrictedStates, Collection<Long> muted,
      Pageable page);

  /** As {@link #findByAccount}, the works' ids only (a listing reads their blurbs with {@link WorkSummaries}). */
  @Query(value = "select w.id" + CREDITED_TO_ACCOUNT + " order by w.updatedAt desc, w.id desc",
      countQuery = "select count(w)" + CREDITED_TO_ACCOUNT)
  Page<Long> findIdsByAccount(String userName, Collection<Visibility> visible, Collection<Boolean> restrictedStates, Collection<Long> muted,
      Pageable page);

  /** The work a chapter belongs to. */
  @Query("select c.work.id from Chapter c where c.id = :chapterId")
  Optional<Long> findWorkIdOfChapter(long chapterId);

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

  /** Which of these source addresses works were published at. */
  @Query("select distinct w.sourceUrl from Work w where w.sourceUrl in :sourceUrls")
  List<String> findSourceUrlsIn(Collection<String> sourceUrls);

  /** The work that files of a story told across several files join. */
  Optional<Work> findByStoryKey(String storyKey);

  /** Whether a file with these bytes was imported already, and as which work. */
  @Query("select o.work.id from OriginalFile o where o.sha256 = :sha256")
  Optional<Long> findWorkIdByOriginal(String sha256);

  /** Every work credited to a pseud, whatever its visibility: what moves when the pseud's credits move. */
  @Query("select w from Work w join w.creators c where c.id = :creatorId")
  List<Work> findAllByCreator(long creatorId);
}
