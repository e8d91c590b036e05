package dev.quire.search;

import dev.quire.work.WorkRevision;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Every work in the database with the revision its index document should have, in id order, read
 * a page at a time by id (so a million works never sit in memory, and no cursor is held open):
 * the work rows, then their tag and creator links, never chapters.
 */
final class StoredRevisions implements Iterator<Revision> {

  private static final int PAGE = 1000;

  private final EntityManagerFactory entityManagerFactory;
  private final Deque<Revision> page = new ArrayDeque<>();
  private long after = Long.MIN_VALUE;
  private boolean exhausted;

  StoredRevisions(EntityManagerFactory entityManagerFactory) {
    this.entityManagerFactory = entityManagerFactory;
  }

  @Override
  public boolean hasNext() {
    if (page.isEmpty() && !exhausted) {
      readPage();
    }
    return !page.isEmpty();
  }

  @Override
  public Revision next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return page.removeFirst();
  }

  private void readPage() {
    try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
      List<Object[]> rows = entityManager
          .createQuery("select w.id, " + WorkRevision.COLUMNS + " from Work w where w.id > :after order by w.id",
              Object[].class)
          .setParameter("after", after).setMaxResults(PAGE).getResultList();
      exhausted = rows.size() < PAGE;
      if (rows.isEmpty()) {
        return;
      }
      List<Long> ids = rows.stream().map(row -> (Long) row[0]).toList();
      Map<Long, List<Long>> tags = links(entityManager, "select work_id, tag_id from work_tag where work_id in (:ids)", ids);
      Map<Long, List<Long>> creators =
          links(entityManager, "select work_id, creator_id from work_creator where work_id in (:ids)", ids);
      for (Object[] row : rows) {
        long id = (Long) row[0];
        Object[] columns = Arrays.copyOfRange(row, 1, row.length);
        page.add(new Revision(id, WorkRevision.of(columns, tags.getOrDefault(id, List.of()),
            creators.getOrDefault(id, List.of()))));
      }
      after = ids.getLast();
    }
  }

  private static Map<Long, List<Long>> links(EntityManager entityManager, String query, List<Long> ids) {
    Map<Long, List<Long>> links = new HashMap<>();
    List<?> rows = entityManager.createNativeQuery(query).setParameter("ids", ids).getResultList();
    for (Object row : rows) {
      Object[] pair = (Object[]) row;
      links.computeIfAbsent(((Number) pair[0]).longValue(), id -> new ArrayList<>()).add(((Number) pair[1]).longValue());
    }
    return links;
  }
}
