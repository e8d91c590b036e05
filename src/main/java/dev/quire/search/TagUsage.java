package dev.quire.search;

import dev.quire.tag.TagKind;
import dev.quire.work.ReadScope;
import dev.quire.work.TagFieldsBinder;
import dev.quire.work.Work;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
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
 * the tag it is filed under, as a tag's page lists them), by id ({@link TagFieldsBinder}; works
 * without a rating under {@link TagFieldsBinder#NOT_RATED}). The index counts by ordinal, so this
 * costs milliseconds however many works the archive has, where counting rows in the database grows
 * with them. Like search, it sees a change once the index has it. Thread-safe.
 */
@Component
public class TagUsage {

  /**
   * The most tags counted at once: OpenSearch's default limit on an answer's buckets
   * ({@code search.max_buckets}), which AO3's count of fandoms (about 70,000) would reach.
   */
  public static final int MOST = 65_535;

  private final EntityManager entityManager;

  TagUsage(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * For each kind, the {@code count} tags (at most {@link #MOST} in all) on the most works in {@code scope},
   * most used first, by canonical tag id, with how many works carry each.
   */
  @Transactional(readOnly = true)
  public Map<TagKind, Map<Long, Long>> mostUsed(ReadScope scope, Collection<TagKind> kinds, int count) {
    SearchSession session = Search.session(entityManager);
    SearchScope<Work> works = session.scope(Work.class);
    var query = session.search(works).where(f -> WorkQuery.inScope(f, scope));
    Map<TagKind, AggregationKey<Map<Long, Long>>> keys = new EnumMap<>(TagKind.class);
    for (TagKind kind : kinds) {
      AggregationKey<Map<Long, Long>> key = AggregationKey.of("used-" + kind.key());
      keys.put(kind, key);
      query.aggregation(key, works.aggregation().terms().field("tags." + kind.key(), Long.class)
          .maxTermCount(Math.min(count, MOST / kinds.size())).toAggregation());
    }
    SearchResult<Work> counted = query.fetch(0);
    Map<TagKind, Map<Long, Long>> used = new EnumMap<>(TagKind.class);
    keys.forEach((kind, key) -> used.put(kind, counted.aggregation(key)));
    return used;
  }
}
