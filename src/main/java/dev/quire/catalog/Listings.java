package dev.quire.catalog;

import dev.quire.tag.TagKind;
import dev.quire.work.Creator;
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
 * Tags and creators with how many works each has, one query a page, for the catalog's lists.
 * Every count and date is of readable works only ({@link Visibility#readableOnes()}): the queries
 * take the readable visibilities, and the methods without them pass the rule's.
 */
interface Listings extends Repository<Work, Long> {

  String READABLE = " w.visibility in :readable ";

  @Query(value = "select new dev.quire.catalog.Listing(t.id, t.name, count(w), max(w.updatedAt))"
      + " from Work w join w.tags t where t.kind = :kind and" + READABLE
      + " group by t.id, t.name order by lower(t.name), t.id",
      countQuery = "select count(distinct t) from Work w join w.tags t where t.kind = :kind and" + READABLE)
  Page<Listing> tags(TagKind kind, Collection<Visibility> readable, Pageable page);

  default Page<Listing> tags(TagKind kind, Pageable page) {
    return tags(kind, Visibility.readableOnes(), page);
  }

  @Query("select new dev.quire.catalog.Listing(t.id, t.name, count(w), max(w.updatedAt))"
      + " from Work w join w.tags t where t.kind = :kind and" + READABLE
      + " group by t.id, t.name order by count(w) desc, lower(t.name), t.id")
  List<Listing> mostUsed(TagKind kind, Collection<Visibility> readable, Pageable first);

  /** The {@code count} tags of this kind on the most works, most used first. */
  default List<Listing> mostUsed(TagKind kind, int count) {
    return mostUsed(kind, Visibility.readableOnes(), Pageable.ofSize(count));
  }

  @Query(value = "select new dev.quire.catalog.Listing(c.id, c.name, count(w), max(w.updatedAt))"
      + " from Work w join w.creators c where" + READABLE
      + " group by c.id, c.name order by lower(c.name), c.id",
      countQuery = "select count(distinct c) from Work w join w.creators c where" + READABLE)
  Page<Listing> creators(Collection<Visibility> readable, Pageable page);

  default Page<Listing> creators(Pageable page) {
    return creators(Visibility.readableOnes(), page);
  }

  @Query("select new dev.quire.catalog.Listing(0L, '', count(w), max(w.updatedAt)) from Work w where" + READABLE
      + " and w.id not in (select r.id from Work r join r.tags t where t.kind = dev.quire.tag.TagKind.RATING)")
  Listing unrated(Collection<Visibility> readable);

  /** How many works have no rating tag (shown as Not Rated), and when the last was updated. */
  default Listing unrated() {
    return unrated(Visibility.readableOnes());
  }

  @Query("select max(w.updatedAt) from Work w where" + READABLE)
  Optional<Instant> lastUpdate(Collection<Visibility> readable);

  default Optional<Instant> lastUpdate() {
    return lastUpdate(Visibility.readableOnes());
  }

  @Query("select c from Creator c where c.id = :id")
  Optional<Creator> creator(long id);

  @Query("select c from Creator c where c.name in :names")
  List<Creator> creatorsNamed(Collection<String> names);
}
