package dev.quire.catalog;

import dev.quire.tag.TagKind;
import dev.quire.work.Creator;
import dev.quire.work.Work;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Tags and creators with how many works each has, one query a page, for navigation feeds. */
interface Listings extends Repository<Work, Long> {

  @Query(value = "select new dev.quire.catalog.Listing(t.id, t.name, count(w), max(w.updatedAt))"
      + " from Work w join w.tags t where t.kind = :kind"
      + " group by t.id, t.name order by lower(t.name), t.id",
      countQuery = "select count(distinct t) from Work w join w.tags t where t.kind = :kind")
  Page<Listing> tags(TagKind kind, Pageable page);

  @Query(value = "select new dev.quire.catalog.Listing(c.id, c.name, count(w), max(w.updatedAt))"
      + " from Work w join w.creators c"
      + " group by c.id, c.name order by lower(c.name), c.id",
      countQuery = "select count(distinct c) from Work w join w.creators c")
  Page<Listing> creators(Pageable page);

  /** How many works have no rating tag (shown as Not Rated), and when the last was updated. */
  @Query("select new dev.quire.catalog.Listing(0L, '', count(w), max(w.updatedAt)) from Work w"
      + " where w.id not in (select r.id from Work r join r.tags t where t.kind = dev.quire.tag.TagKind.RATING)")
  Listing unrated();

  @Query("select max(w.updatedAt) from Work w")
  Optional<Instant> lastUpdate();

  @Query("select c from Creator c where c.id = :id")
  Optional<Creator> creator(long id);

  @Query("select c from Creator c where c.name in :names")
  List<Creator> creatorsNamed(Collection<String> names);
}
