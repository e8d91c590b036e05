package dev.quire.search;

import dev.quire.search.SearchDeployment.SearchCluster;
import dev.quire.tag.Rating;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagRepository;
import dev.quire.tag.TagRepository.TagName;
import dev.quire.work.ReadScope;
import dev.quire.work.TagFieldsBinder;
import dev.quire.work.Work;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many works carry each tag, counted by the search index as search counts its facets: among
 * the works a {@link ReadScope} holds, under each tag's canonical tag (a synonym's works count for
 * the tag it is filed under), by id ({@link TagFieldsBinder}; works without a rating under
 * {@link TagFieldsBinder#NOT_RATED}), and then named. The index reads each work's tag ids from its
 * doc values, which is linear in the works counted but a small fraction of the database's
 * {@code group by} over every work's tags. Like search, it sees a change once the index has it.
 * Thread-safe.
 */
@Component
public class TagUsage {

  /**
   * The most tags one answer of OpenSearch counts: its default limit on an answer's buckets
   * ({@code search.max_buckets}). Lucene has none.
   */
  static final int MOST = 65_535;

  private final EntityManager entityManager;
  private final TagRepository tags;
  private final SearchCluster cluster;

  TagUsage(EntityManager entityManager, TagRepository tags, SearchCluster cluster) {
    this.entityManager = entityManager;
    this.tags = tags;
    this.cluster = cluster;
  }

  /**
   * For each kind, its {@code count} tags on the most works in {@code scope} (at most
   * {@link #MOST} in all on OpenSearch, shared between the kinds), most used first (a tie to the
   * older tag), named. Works the viewer chose not to see again because they read them are counted
   * all the same: lists of tags describe the archive, not a search.
   */
  @Transactional(readOnly = true)
  public Map<TagKind, Map<String, Long>> mostUsed(ReadScope scope, Collection<TagKind> kinds, int count) {
    int most = cluster.embedded() ? Integer.MAX_VALUE : MOST / Math.max(kinds.size(), 1);
    Map<TagKind, Integer> sizes = new EnumMap<>(TagKind.class);
    kinds.forEach(kind -> sizes.put(kind, Math.max(1, Math.min(count, most))));
    Map<TagKind, Map<Long, Long>> byId = counted(scope, sizes);
    return named(byId, tags.namesOf(byId.values().stream().flatMap(counts -> counts.keySet().stream()).toList()));
  }

  /**
   * Every tag of {@code kind} on works in {@code scope}, as {@link #mostUsed} counts them; nothing
   * when OpenSearch finds more than one answer counts ({@link #MOST}), and the caller asks the
   * database instead.
   */
  @Transactional(readOnly = true)
  public Optional<Map<String, Long>> all(ReadScope scope, TagKind kind) {
    int most = cluster.embedded() ? Integer.MAX_VALUE : MOST;
    Map<TagKind, Map<Long, Long>> byId = counted(scope, Map.of(kind, most));
    if (byId.get(kind).size() >= most) {
      return Optional.empty();
    }
    Map<Long, TagName> names = new HashMap<>();
    tags.findNamesByKind(kind).forEach(tag -> names.put(tag.getId(), tag));
    return Optional.of(named(byId, names).get(kind));
  }

  /**
   * Counts by tag id named, in the order given: a rating tag named Not Rated and works given no
   * rating ({@link TagFieldsBinder#NOT_RATED}) are one entry, and the counts of a tag that is no
   * longer of the kind they were made for (its kind changed, its works not yet re-filed) are left
   * out.
   */
  Map<TagKind, Map<String, Long>> named(Map<TagKind, Map<Long, Long>> byId) {
    return named(byId, tags.namesOf(byId.values().stream().flatMap(counts -> counts.keySet().stream()).toList()));
  }

  private static Map<TagKind, Map<String, Long>> named(Map<TagKind, Map<Long, Long>> byId, Map<Long, TagName> names) {
    Map<TagKind, Map<String, Long>> named = new EnumMap<>(TagKind.class);
    byId.forEach((kind, counts) -> {
      Map<String, Long> byName = new LinkedHashMap<>();
      counts.forEach((id, works) -> {
        TagName tag = names.get(id);
        if (id == TagFieldsBinder.NOT_RATED && kind == TagKind.RATING) {
          byName.merge(Rating.NOT_RATED.tagName(), works, Long::sum);
        } else if (tag != null && tag.getKind() == kind) {
          byName.merge(tag.getName(), works, Long::sum);
        }
      });
      named.put(kind, byName);
    });
    return named;
  }

  private Map<TagKind, Map<Long, Long>> counted(ReadScope scope, Map<TagKind, Integer> sizes) {
    SearchSession session = Search.session(entityManager);
    SearchScope<Work> works = session.scope(Work.class);
    var query = session.search(works).where(f -> WorkQuery.inScope(f, scope.withWorksRead()));
    Map<TagKind, AggregationKey<Map<Long, Long>>> keys = new EnumMap<>(TagKind.class);
    sizes.forEach((kind, size) -> {
      AggregationKey<Map<Long, Long>> key = AggregationKey.of("used-" + kind.key());
      keys.put(kind, key);
      query.aggregation(key, works.aggregation().terms().field("tags." + kind.key(), Long.class)
          .maxTermCount(size).toAggregation());
    });
    SearchResult<Work> counted = query.fetch(0);
    Map<TagKind, Map<Long, Long>> used = new EnumMap<>(TagKind.class);
    keys.forEach((kind, key) -> used.put(kind, counted.aggregation(key)));
    return used;
  }
}
