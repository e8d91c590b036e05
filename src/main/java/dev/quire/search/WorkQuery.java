package dev.quire.search;

import dev.quire.account.Viewer;
import dev.quire.search.QueryParser.ParsedQuery;
import dev.quire.search.SearchDeployment.SearchCluster;
import dev.quire.search.WorkHits.FacetCount;
import dev.quire.story.WorkStats;
import dev.quire.tag.Tag;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagRepository;
import dev.quire.work.AccessPolicy;
import dev.quire.work.ReadScope;
import dev.quire.work.TagFieldsBinder;
import dev.quire.work.Work;
import dev.quire.work.WorkSummaries;
import dev.quire.work.WorkSummary;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.SearchHighlighter;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.sort.dsl.SortOrder;
import org.hibernate.search.engine.search.sort.dsl.SortThenStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a {@link WorkSearch} against the search index and reads the matching works' blurbs from the
 * database ({@link WorkSummaries}), in the index's order, with highlighted passages and tag counts.
 *
 * <p>Every search is made for a {@link Viewer}, and every query it runs, counts and facets
 * included, is limited to the works {@link AccessPolicy#readable} lets that viewer find: drafts and
 * hidden works never appear, and restricted works only to those logged in, so that a guest's total
 * or tag count never counts one. Thread-safe.
 */
@Component
public class WorkQuery {

  private static final int FACET_SIZE = 10;
  private static final int MORE_FACET_SIZE = 100;

  private final EntityManager entityManager;
  private final TagRepository tags;
  private final Clock clock;
  private final AccessPolicy policy;
  private final SearchCluster cluster;
  private final PhraseRanking ranking;
  private final IndexedCounts counts;
  private final WorkSummaries summaries;
  private final TagUsage usage;

  WorkQuery(EntityManager entityManager, TagRepository tags, Clock clock, AccessPolicy policy, SearchCluster cluster,
      IndexedCounts counts, WorkSummaries summaries, TagUsage usage) {
    this.entityManager = entityManager;
    this.usage = usage;
    this.summaries = summaries;
    this.counts = counts;
    this.tags = tags;
    this.clock = clock;
    this.policy = policy;
    this.cluster = cluster;
    this.ranking = new PhraseRanking(LuceneAnalysis.prose(), cluster.embedded());
  }

  /**
   * One page of the works that match {@code search} among those {@code viewer} may find.
   *
   * @throws InvalidSearchException when the query cannot be read or the cursor is damaged
   */
  @Transactional(readOnly = true)
  public WorkHits search(Viewer viewer, WorkSearch search) {
    Plan plan = plan(search, policy.readable(viewer));
    boolean keyset = plan.order().field() != null && plan.cursor().value() != null;
    if (!keyset && beyondDeepest(plan.cursor().position())) {
      throw new InvalidSearchException("pages go only as far as the " + String.format("%,d", WorkSearch.DEEPEST)
          + "th work in this order: narrow the search with more words or filters, or order it by something"
          + " other than best match");
    }
    boolean facets = plan.search().facets();
    SearchResult<Hit> page = query(plan, keyset, facets && !keyset)
        .fetch(keyset ? 0 : (int) Math.min(plan.cursor().position() - 1, Integer.MAX_VALUE),
            WorkSearch.PAGE_SIZE);
    SearchResult<Hit> counted = keyset ? query(plan, false, facets).fetch(0) : page;
    List<WorkSummary> works = summaries.read(plan.scope(), page.hits().stream().map(Hit::id).toList());
    Map<Long, List<String>> snippets = new LinkedHashMap<>();
    for (Hit hit : page.hits()) {
      if (!hit.snippets().isEmpty()) {
        snippets.put(hit.id(), hit.snippets());
      }
    }
    long total = counted.total().hitCount();
    // A page goes on from the last work it shows, and counts the hits it passed, shown or not.
    int passed = page.hits().size();
    SearchCursor after = plan.cursor().position() - 1 + passed < total && !works.isEmpty()
        ? nextCursor(plan, works.getLast(), indexedCount(page.hits(), works.getLast().id()), passed)
        : null;
    // A page past the deepest found by position cannot be had: no link leads to it.
    String next = after == null || after.value() == null && beyondDeepest(after.position()) ? null : after.encode();
    return new WorkHits(total, works, snippets, facets(plan, counted), plan.cursor().position(),
        next, plan.sort(), plan.ascending());
  }

  /** Whether a page found by position from {@code position} would reach past {@link WorkSearch#DEEPEST}. */
  private static boolean beyondDeepest(long position) {
    return position - 1 + WorkSearch.PAGE_SIZE > WorkSearch.DEEPEST;
  }

  /** What a search will do once its query is read: conditions, order and starting point. */
  private record Plan(
      WorkSearch search, ReadScope scope, QueryNode root, boolean hasText, WorkSort sort, WorkSort order,
      boolean ascending, SearchCursor cursor) {}

  /**
   * A work found, by id, with passages of its text where the searched words are, and the count it
   * was ordered by as the index holds it (null for other orders): the index learns counts a few
   * seconds after the database, and a page must continue from the value the index ordered by.
   */
  private record Hit(long id, List<String> snippets, Integer indexedCount) {

    /** A work's id, its highlighted summary and text passages (the first two kept) and its indexed count. */
    @SuppressWarnings("unchecked")
    static Hit of(List<?> projected) {
      List<String> snippets = new ArrayList<>((List<String>) projected.get(1));
      snippets.addAll((List<String>) projected.get(2));
      return new Hit((Long) projected.getFirst(),
          snippets.stream().limit(2).map(Snippets::of).toList(), (Integer) projected.get(3));
    }
  }

  /** The count the index ordered the work with {@code id} by, among a page's hits. */
  private static Integer indexedCount(List<Hit> hits, long id) {
    return hits.stream().filter(hit -> hit.id() == id).findFirst().map(Hit::indexedCount).orElse(null);
  }

  private Plan plan(WorkSearch search, ReadScope scope) {
    ParsedQuery parsed = QueryParser.parse(search.query(), LocalDate.now(clock));
    WorkSort sort = search.sort() != null ? search.sort()
        : parsed.sort() != null ? parsed.sort() : WorkSort.BEST_MATCH;
    boolean hasText = hasText(parsed.root());
    // Best match without words to match orders as AO3 does then: newest update first.
    WorkSort order = sort == WorkSort.BEST_MATCH && !hasText ? WorkSort.UPDATED : sort;
    Boolean asked = search.ascending() != null ? search.ascending() : parsed.ascending();
    boolean ascending = asked != null && sort != WorkSort.BEST_MATCH ? asked : order.ascendingByDefault();
    SearchCursor cursor = SearchCursor.decode(search.after());
    if (cursor.value() != null && (order.field() == null || !valueType(order).isInstance(cursor.value()))) {
      // A link made for another order: its value cannot be compared with this order's field.
      throw new InvalidSearchException(
          "the page link ('after') was made for another order: start again from the first page");
    }
    return new Plan(search, scope, parsed.root(), hasText, sort, order, ascending, cursor);
  }

  /** The type of the values {@code order} sorts by, as a cursor holds them. */
  private static Class<?> valueType(WorkSort order) {
    return switch (order) {
      case CREATOR, TITLE -> String.class;
      case PUBLISHED -> LocalDate.class;
      case UPDATED, BEST_MATCH -> Instant.class;
      default -> Integer.class;
    };
  }

  private SearchQueryOptionsStep<?, ?, Hit, ?, ?, ?> query(Plan plan, boolean keyset, boolean facets) {
    SearchSession session = Search.session(entityManager);
    SearchScope<Work> scope = session.scope(Work.class);
    SearchProjection<Hit> hits = hits(scope, plan);
    SearchPredicate where = where(scope, plan, keyset);
    SearchSort sort = order(scope.sort(), plan).toSort();
    SearchQueryOptionsStep<?, ?, Hit, ?, ?, ?> query;
    if (!plan.hasText()) {
      // Nothing to highlight: a highlighter would only make OpenSearch warn.
      query = session.search(scope).select(hits).where(where).sort(sort);
    } else if (cluster.embedded()) {
      query = session.search(scope).select(hits).where(where).sort(sort).highlighter(passages(scope));
    } else {
      query = session.search(scope).extension(ElasticsearchExtension.get())
          .select(hits).where(where).sort(sort).highlighter(passages(scope))
          .requestTransformer(request -> PhraseRanking.keepOutOfHighlights(request.body()));
    }
    if (facets) {
      for (TagKind kind : TagKind.values()) {
        int size = plan.search().moreFacets().contains(kind) ? MORE_FACET_SIZE : FACET_SIZE;
        query.aggregation(facetKey(kind),
            scope.aggregation().terms().field("tags." + kind.key(), Long.class).maxTermCount(size).toAggregation());
      }
    }
    return query;
  }

  /** Each work found, with passages of its text when there are words to find. */
  private SearchProjection<Hit> hits(SearchScope<Work> scope, Plan plan) {
    SearchProjectionFactory<?, Work> f = scope.projection();
    LiveCount live = LiveCount.of(plan.order());
    SearchProjection<Integer> count = live != null ? counts.value(f, live) : f.constant((Integer) null).toProjection();
    SearchProjection<Long> id = f.id(Long.class).toProjection();
    return plan.hasText()
        ? f.composite().from(id, f.highlight("summary").toProjection(), f.highlight("chapters.text").toProjection(),
            count).asList(Hit::of).toProjection()
        : f.composite().from(id, count).as((found, indexed) -> new Hit(found, List.of(), indexed)).toProjection();
  }

  /** The works the viewer may find that meet the conditions, after the cursor's when paging by keyset. */
  private SearchPredicate where(SearchScope<Work> scope, Plan plan, boolean keyset) {
    SearchPredicateFactory f = scope.predicate();
    var where = f.and();
    where.add(inScope(f, plan.scope()));
    where.add(conditions(f, plan));
    if (keyset) {
      where.add(after(f, plan));
    }
    return where.toPredicate();
  }

  /** Two passages a work, HTML-escaped, the searched words in {@code <mark>}. */
  private static SearchHighlighter passages(SearchScope<Work> scope) {
    return scope.highlighter().unified().numberOfFragments(2)
        .tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML).toHighlighter();
  }

  /** The access policy's answer as an index predicate: the viewer finds only the works it holds. */
  static PredicateFinalStep inScope(SearchPredicateFactory f, ReadScope scope) {
    var in = f.bool().must(f.terms().field("visibility").matchingAny(scope.visibilities()));
    if (!scope.restricted()) {
      in.must(f.match().field("restricted").matching(false));
    }
    if (!scope.muted().isEmpty()) {
      // One terms query however many are muted: AO3's limit of 2,000 stays under its 65,536 terms.
      in.mustNot(f.terms().field("creatorAccount").matchingAny(scope.muted()));
    }
    if (!scope.alreadyRead().isEmpty()) {
      in.mustNot(f.terms().field("workId").matchingAny(scope.alreadyRead()));
    }
    return in;
  }

  private PredicateFinalStep conditions(SearchPredicateFactory f, Plan plan) {
    WorkPredicates predicates = new WorkPredicates(f, this::tagKeys, ranking, counts);
    var all = f.and();
    all.add(f.matchAll());
    if (plan.root() != null) {
      all.add(predicates.of(plan.root()));
    }
    plan.search().include().forEach(tag -> all.add(predicates.tagFilter(tag)));
    plan.search().exclude().forEach(tag -> all.add(f.not(predicates.tagFilter(tag))));
    return all;
  }

  /** Works after the cursor's: later in the order, or tied on the sort value with a later id. */
  private PredicateFinalStep after(SearchPredicateFactory f, Plan plan) {
    String field = plan.order().field();
    Object value = plan.cursor().value();
    long id = plan.cursor().id();
    PredicateFinalStep tieBeyond = plan.ascending()
        ? f.range().field("workId").greaterThan(id)
        : f.range().field("workId").lessThan(id);
    LiveCount live = LiveCount.of(plan.order());
    if (live != null) {
      int count = (Integer) value;
      // A cursor's count comes from its link: at either end of int, no count lies beyond it.
      PredicateFinalStep beyond = plan.ascending()
          ? count == Integer.MAX_VALUE ? f.not(f.matchAll()) : counts.between(f, live, count + 1, null)
          : count == Integer.MIN_VALUE ? f.not(f.matchAll()) : counts.between(f, live, null, count - 1);
      return f.or(beyond, f.and(counts.between(f, live, count, count), tieBeyond));
    }
    PredicateFinalStep beyond = plan.ascending()
        ? f.range().field(field).greaterThan(value)
        : f.range().field(field).lessThan(value);
    return f.or(beyond, f.and(f.match().field(field).matching(value), tieBeyond));
  }

  private SortFinalStep order(SearchSortFactory f, Plan plan) {
    SortOrder direction = plan.ascending() ? SortOrder.ASC : SortOrder.DESC;
    if (plan.order().field() == null) {
      return f.score().then().field("updatedAt").desc().then().field("workId").desc();
    }
    LiveCount live = LiveCount.of(plan.order());
    SortThenStep<?> first = live != null ? counts.sort(f, live, direction) : f.field(plan.order().field()).order(direction);
    return first.then().field("workId").order(direction);
  }

  private static SearchCursor nextCursor(Plan plan, WorkSummary last, Integer indexedCount, int pageSize) {
    long position = plan.cursor().position() + pageSize;
    if (plan.order().field() == null) {
      return new SearchCursor(position, null, 0);
    }
    WorkStats stated = last.sourceStats() == null ? WorkStats.NONE : last.sourceStats();
    Object value = switch (plan.order()) {
      case CREATOR -> last.bylines().isEmpty() ? "" : last.bylines().getFirst().name();
      case TITLE -> last.title();
      case PUBLISHED -> last.published();
      case WORDS -> last.words();
      case HITS, KUDOS, COMMENTS, BOOKMARKS -> indexedCount;
      case SOURCE_HITS -> stated.hits();
      case SOURCE_KUDOS -> stated.kudos();
      case SOURCE_COMMENTS -> stated.comments();
      case SOURCE_BOOKMARKS -> stated.bookmarks();
      default -> last.updated();
    };
    return new SearchCursor(position, value, last.id());
  }

  /** The tag counts per kind, named: the index counts tags by id (see {@link TagFieldsBinder}). */
  private Map<TagKind, List<FacetCount>> facets(Plan plan, SearchResult<Hit> counted) {
    Map<TagKind, List<FacetCount>> facets = new EnumMap<>(TagKind.class);
    if (!plan.search().facets()) {
      return facets;
    }
    Map<TagKind, Map<Long, Long>> byId = new EnumMap<>(TagKind.class);
    for (TagKind kind : TagKind.values()) {
      byId.put(kind, counted.aggregation(facetKey(kind)));
    }
    usage.named(byId).forEach((kind, byName) -> facets.put(kind, byName.entrySet().stream()
        .map(e -> new FacetCount(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingLong(FacetCount::count).reversed()
            .thenComparing(FacetCount::name, String.CASE_INSENSITIVE_ORDER))
        .toList()));
    return facets;
  }

  private static AggregationKey<Map<Long, Long>> facetKey(TagKind kind) {
    return AggregationKey.of("facet-" + kind.key());
  }

  /** The canonical keys a tag name may mean: its exact spelling first (indexed), else any case. */
  private List<String> tagKeys(TagKind kind, String name) {
    List<Tag> found = kind == null
        ? tags.findByName(name)
        : tags.findByKindAndName(kind, name).map(List::of).orElse(List.of());
    if (found.isEmpty()) {
      found = kind == null ? tags.findByNameIgnoreCase(name) : tags.findByKindAndNameIgnoreCase(kind, name);
    }
    return found.stream().map(t -> t.canonicalTag().key()).distinct().toList();
  }

  /** Whether the query has words to match (not only left out), which best match orders by. */
  private static boolean hasText(QueryNode node) {
    return switch (node) {
      case null -> false;
      case QueryNode.Text t -> true;
      case QueryNode.FieldText t -> true;
      case QueryNode.All all -> all.nodes().stream().anyMatch(WorkQuery::hasText);
      case QueryNode.Any any -> any.nodes().stream().anyMatch(WorkQuery::hasText);
      default -> false;
    };
  }
}
