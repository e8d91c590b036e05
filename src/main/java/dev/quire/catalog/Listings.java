package dev.quire.catalog;

import dev.quire.tag.TagKind;
import dev.quire.work.Creator;
import dev.quire.work.ReadScope;
import dev.quire.work.Visibility;
import dev.quire.work.Work;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Creators with how many works each has, one query a page, for the catalog's lists, and tags for a
 * kind with more tags than the index counts at once ({@link TagIndex}).
 * Every count and date is of the works a {@link ReadScope} holds (the access policy's answer for
 * the viewer): the queries take its visibilities and restricted states, and the methods callers use
 * take the scope itself, so a guest's counts never include a restricted work.
 */
interface Listings extends Repository<Work, Long> {

  @Query(value = "select new dev.quire.catalog.Listing(c.id, c.name, count(distinct w), max(w.updatedAt))"
      + " from Work w join w.tags t join Tag c on c.id = coalesce(t.synonymOf.id, t.id)"
      + " where t.kind = :kind and" + ReadScope.IN_SCOPE
      + " group by c.id, c.name order by lower(c.name), c.id",
      countQuery = "select count(distinct coalesce(t.synonymOf.id, t.id)) from Work w join w.tags t"
          + " where t.kind = :kind and" + ReadScope.IN_SCOPE)
  Page<Listing> tags(TagKind kind, Collection<Visibility> visible, Collection<Boolean> restrictedStates, Collection<Long> muted,
      Pageable page);

  /**
   * The canonical tags of this kind on works in {@code scope}, A–Z, each counting the works that carry
   * it or one of its synonyms once.
   */
  default Page<Listing> tags(TagKind kind, ReadScope scope, Pageable page) {
    return tags(kind, scope.visibilities(), scope.restrictedStates(), scope.mutedOrNone(), page);
  }

  @Query(value = "select new dev.quire.catalog.Listing(c.id, c.name, count(w), max(w.updatedAt))"
      + " from Work w join w.creators c where" + ReadScope.IN_SCOPE
      + " group by c.id, c.name order by lower(c.name), c.id",
      countQuery = "select count(distinct c) from Work w join w.creators c where" + ReadScope.IN_SCOPE)
  Page<Listing> creators(Collection<Visibility> visible, Collection<Boolean> restrictedStates, Collection<Long> muted, Pageable page);

  /** The creators credited on works in {@code scope}, A–Z. */
  default Page<Listing> creators(ReadScope scope, Pageable page) {
    return creators(scope.visibilities(), scope.restrictedStates(), scope.mutedOrNone(), page);
  }

  @Query("select max(w.updatedAt) from Work w where" + ReadScope.IN_SCOPE)
  Optional<Instant> lastUpdate(Collection<Visibility> visible, Collection<Boolean> restrictedStates, Collection<Long> muted);

  /** When the last work in {@code scope} was updated. */
  default Optional<Instant> lastUpdate(ReadScope scope) {
    return lastUpdate(scope.visibilities(), scope.restrictedStates(), scope.mutedOrNone());
  }

  @Query("select c from Creator c where c.id = :id")
  Optional<Creator> creator(long id);

  /** The creators of any of {@code names}, each with its account (a byline names both). */
  @Query("select c from Creator c join fetch c.account where c.name in :names")
  List<Creator> creatorsNamed(Collection<String> names);
}
