package dev.quire.search;

import dev.quire.tag.TagKind;
import dev.quire.work.Work;
import dev.quire.work.WorkSummary;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.engine.search.query.SearchResult;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a {@link WorkSearch} against the search index and loads the matching works from the
 * database, in the index's order.
 *
 * <p>This is the one place that decides which works a search may return; a rule about what readers
 * may find (drafts, hidden works) belongs here and nowhere else. Thread-safe.
 */
@Component
public class WorkQuery {

  private final EntityManager entityManager;

  WorkQuery(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** One page of the works that match {@code search}. */
  @Transactional(readOnly = true)
  public WorkHits search(WorkSearch search) {
    SearchResult<Work> result =
        Search.session(entityManager)
            .search(Work.class)
            .where(
                (f, root) -> {
                  root.add(f.matchAll());
                  if (search.hasText()) {
                    root.add(text(f, search.text()));
                  }
                  search.include().forEach(tag -> root.add(tag(f, tag)));
                  search.exclude().forEach(tag -> root.add(f.not(tag(f, tag))));
                })
            .sort(f -> order(f, search))
            .fetch((search.page() - 1) * WorkSearch.PAGE_SIZE, WorkSearch.PAGE_SIZE);
    return new WorkHits(
        result.total().hitCount(), result.hits().stream().map(WorkSummary::of).toList(), search);
  }

  private static PredicateFinalStep text(SearchPredicateFactory f, String text) {
    return f.simpleQueryString()
        .field("title")
        .boost(4f)
        .field("creators.name")
        .boost(3f)
        .field("tagText")
        .boost(2f)
        .fields("summary", "notes", "endNotes", "chapters.text", "chapters.notes", "chapters.endNotes")
        .matching(text)
        .defaultOperator(BooleanOperator.AND);
  }

  /**
   * {@code kind:name} matches that tag, {@code creator:name} that creator's works; anything else
   * matches a tag of that name of any kind.
   */
  private static PredicateFinalStep tag(SearchPredicateFactory f, String filter) {
    int colon = filter.indexOf(':');
    if (colon > 0 && filter.substring(0, colon).strip().equalsIgnoreCase(WorkSearch.CREATOR)) {
      return f.match().field("creators.key").matching(filter.substring(colon + 1).strip());
    }
    if (colon > 0 && isKind(filter.substring(0, colon))) {
      String key = TagKind.fromKey(filter.substring(0, colon)).key() + ":"
          + filter.substring(colon + 1).strip();
      return f.match().field("tag").matching(key);
    }
    return f.match().field("tagName").matching(filter);
  }

  private static boolean isKind(String prefix) {
    return Arrays.stream(TagKind.values()).anyMatch(k -> k.key().equalsIgnoreCase(prefix.strip()));
  }

  /** The order asked for; works that tie keep the newest first, so that pages never overlap. */
  private static SortFinalStep order(SearchSortFactory f, WorkSearch search) {
    return switch (search.sort()) {
      case BEST_MATCH ->
          search.hasText()
              ? f.score().then().field("updatedAt").desc().then().field("id").desc()
              : f.field("updatedAt").desc().then().field("id").desc();
      case UPDATED -> f.field("updatedAt").desc().then().field("id").desc();
      case WORDS -> f.field("words").desc().then().field("updatedAt").desc().then().field("id").desc();
    };
  }
}
