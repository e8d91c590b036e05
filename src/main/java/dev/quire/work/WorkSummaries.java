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
import java.util.List;
import java.util.Map;
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
   * The summaries of the works with {@code ids}, in that order; an id with no work (deleted since
   * it was found) is left out. Reads whatever the ids name: the caller has decided who may see them.
   */
  @Transactional(readOnly = true)
  public List<WorkSummary> of(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Byline>> bylines = bylines(ids);
    Map<Long, Map<TagKind, List<String>>> tags = tags(ids);
    Map<Long, Integer> waiting = waitingSuggestions(ids);
    Map<Long, WorkSummary> found = new HashMap<>();
    for (Object[] row : IdList.rows(entityManager.createQuery(
            "select w.id, w.title, w.summary, w.language, w.words, w.chapterCount, w.chaptersExpected,"
                + " w.published, w.updatedAt, w.kudos, w.hits, w.comments, w.bookmarks,"
                + " w.sourceKudos, w.sourceHits, w.sourceComments, w.sourceBookmarks"
                + " from Work w where w.id in " + IdList.of(ids), Object[].class),
        ids)) {
      long id = (Long) row[0];
      found.put(id, WorkSummary.of(
          id,
          (String) row[1],
          bylines.getOrDefault(id, List.of()),
          tags.getOrDefault(id, Map.of()),
          (String) row[2],
          (String) row[3],
          (Integer) row[4],
          (Integer) row[5],
          (Integer) row[6],
          (LocalDate) row[7],
          (Instant) row[8],
          new WorkStats((Integer) row[9], (Integer) row[10], (Integer) row[11], (Integer) row[12]),
          new WorkStats((Integer) row[13], (Integer) row[14], (Integer) row[15], (Integer) row[16]),
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

  /** Each work's creators as credited, in the work's order. */
  private Map<Long, List<Byline>> bylines(List<Long> ids) {
    Map<Long, List<Byline>> bylines = new HashMap<>();
    for (Object[] row : IdList.rows(entityManager.createQuery(
            "select w.id, c.name, a.userName from Work w join w.creators c join c.account a"
                + " where w.id in " + IdList.of(ids) + " order by w.id, index(c)", Object[].class),
        ids)) {
      bylines.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
          .add(new Byline((String) row[1], (String) row[2]));
    }
    return bylines;
  }

  /** Each work's tag names by kind, in the order a loaded work has them (kind, then name). */
  private Map<Long, Map<TagKind, List<String>>> tags(List<Long> ids) {
    Map<Long, Map<TagKind, List<String>>> tags = new HashMap<>();
    for (Object[] row : IdList.rows(entityManager.createQuery(
            "select w.id, t.kind, t.name from Work w join w.tags t where w.id in " + IdList.of(ids)
                + " order by t.kind, t.name", Object[].class),
        ids)) {
      tags.computeIfAbsent((Long) row[0], id -> new EnumMap<>(TagKind.class))
          .computeIfAbsent((TagKind) row[1], kind -> new ArrayList<>())
          .add((String) row[2]);
    }
    return tags;
  }

  /** How many suggestions on each work no editor has decided on yet. */
  private Map<Long, Integer> waitingSuggestions(List<Long> ids) {
    Map<Long, Integer> waiting = new HashMap<>();
    for (Object[] row : IdList.rows(entityManager.createQuery(
            "select s.work.id, count(s) from TagSuggestion s where s.work.id in " + IdList.of(ids)
                + " and s.rejected = false group by s.work.id", Object[].class),
        ids)) {
      waiting.put((Long) row[0], ((Long) row[1]).intValue());
    }
    return waiting;
  }

  /**
   * A list of ids as single parameters, {@code (:id0, :id1, …)}, padded to a power of two by
   * repeating the last. Hibernate translates a query with a list parameter to SQL again every time
   * it runs (a third of a page's blurbs' time, measured); a query of single parameters is
   * translated once and kept, and padding keeps the kinds of query few.
   */
  private static final class IdList {

    static String of(List<Long> ids) {
      StringBuilder list = new StringBuilder("(");
      for (int i = 0; i < padded(ids.size()); i++) {
        list.append(i == 0 ? ":id" : ", :id").append(i);
      }
      return list.append(')').toString();
    }

    static List<Object[]> rows(TypedQuery<Object[]> query, List<Long> ids) {
      for (int i = 0; i < padded(ids.size()); i++) {
        query.setParameter("id" + i, ids.get(Math.min(i, ids.size() - 1)));
      }
      return query.getResultList();
    }

    private static int padded(int size) {
      return Integer.highestOneBit(size) == size ? size : Integer.highestOneBit(size) << 1;
    }
  }
}
