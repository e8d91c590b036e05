package dev.quire.work;

import dev.quire.story.WorkStats;
import dev.quire.tag.TagKind;
import dev.quire.work.WorkSummary.Byline;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The blurbs of a page of works, read as values: four queries whatever the page's size (the works'
 * columns, their bylines, their tags, their waiting suggestions counted), no entity loaded. A
 * listing that has only ids, such as a search's page, reads its blurbs here rather than loading
 * each work with its creators, their accounts, its tags and its suggestions ({@link
 * WorkSummary#of(Work)}), which cost a search more than finding the works did. Thread-safe.
 */
@Component
public class WorkSummaries {

  private final EntityManager entityManager;

  WorkSummaries(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * The summaries of the works with {@code ids} that {@code scope} lists, in the order of the ids.
   * An id whose work is gone (deleted since it was found) or out of the scope (hidden, restricted or
   * by a muted account since the index learnt of it) is left out: the scope is checked here again,
   * whatever found the ids.
   */
  @Transactional(readOnly = true)
  public List<WorkSummary> read(ReadScope scope, List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Byline>> bylines = new HashMap<>();
    Map<Long, Set<Long>> accounts = new HashMap<>();
    for (Object[] row : rows("select w.id, c.name, a.userName, a.id from Work w join w.creators c join c.account a"
        + " where w.id in :ids order by w.id, index(c)", ids)) {
      bylines.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new Byline((String) row[1], (String) row[2]));
      accounts.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((Long) row[3]);
    }
    Map<Long, Map<TagKind, List<String>>> tags = tags(ids);
    Map<Long, Integer> waiting = waitingSuggestions(ids);
    Map<Long, WorkSummary> found = new HashMap<>();
    for (Object[] row : rows("select w.id, w.visibility, w.restricted, w.title, w.summary, w.language, w.words,"
        + " w.chapterCount, w.chaptersExpected, w.published, w.updatedAt, w.kudos, w.hits, w.comments,"
        + " w.bookmarks, w.sourceKudos, w.sourceHits, w.sourceComments, w.sourceBookmarks"
        + " from Work w where w.id in :ids", ids)) {
      long id = (Long) row[0];
      if (!scope.lists((Visibility) row[1], (Boolean) row[2], accounts.getOrDefault(id, Set.of()))) {
        continue;
      }
      found.put(id, WorkSummary.of(
          id,
          (String) row[3],
          bylines.getOrDefault(id, List.of()),
          tags.getOrDefault(id, Map.of()),
          (String) row[4],
          (String) row[5],
          (Integer) row[6],
          (Integer) row[7],
          (Integer) row[8],
          (LocalDate) row[9],
          (Instant) row[10],
          new WorkStats((Integer) row[11], (Integer) row[12], (Integer) row[13], (Integer) row[14]),
          new WorkStats((Integer) row[15], (Integer) row[16], (Integer) row[17], (Integer) row[18]),
          waiting.getOrDefault(id, 0)));
    }
    List<WorkSummary> summaries = new ArrayList<>(ids.size());
    for (Long id : ids) {
      WorkSummary summary = found.get(id);
      if (summary != null) {
        summaries.add(summary);
      }
    }
    return summaries;
  }

  /** Each work's tag names by kind, in the order a loaded work has them (kind, then name). */
  private Map<Long, Map<TagKind, List<String>>> tags(List<Long> ids) {
    Map<Long, Map<TagKind, List<String>>> tags = new HashMap<>();
    for (Object[] row : rows("select w.id, t.kind, t.name from Work w join w.tags t where w.id in :ids"
        + " order by t.kind, t.name", ids)) {
      tags.computeIfAbsent((Long) row[0], id -> new EnumMap<>(TagKind.class))
          .computeIfAbsent((TagKind) row[1], kind -> new ArrayList<>())
          .add((String) row[2]);
    }
    return tags;
  }

  /** How many suggestions on each work no editor has decided on yet. */
  private Map<Long, Integer> waitingSuggestions(List<Long> ids) {
    Map<Long, Integer> waiting = new HashMap<>();
    for (Object[] row : rows("select s.work.id, count(s) from TagSuggestion s where s.work.id in :ids"
        + " and s.rejected = false group by s.work.id", ids)) {
      waiting.put((Long) row[0], ((Long) row[1]).intValue());
    }
    return waiting;
  }

  /**
   * The rows of {@code jpql} for {@code ids}, its {@code :ids} written as single parameters
   * {@code (:id0, :id1, …)}, padded to a power of two by repeating the last id. Hibernate translates
   * a query with a list parameter to SQL again every time it runs (a third of a page's blurbs' time,
   * measured); a query of single parameters is translated once and kept, and the padding keeps the
   * kinds of query few.
   */
  private List<Object[]> rows(String jpql, List<Long> ids) {
    int padded = Integer.highestOneBit(ids.size()) == ids.size() ? ids.size() : Integer.highestOneBit(ids.size()) << 1;
    StringBuilder list = new StringBuilder("(");
    for (int i = 0; i < padded; i++) {
      list.append(i == 0 ? ":id" : ", :id").append(i);
    }
    TypedQuery<Object[]> query = entityManager.createQuery(jpql.replace(":ids", list.append(')')), Object[].class);
    for (int i = 0; i < padded; i++) {
      query.setParameter("id" + i, ids.get(Math.min(i, ids.size() - 1)));
    }
    return query.getResultList();
  }
}
