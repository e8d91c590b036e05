package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.account.Viewer;
import dev.quire.ingest.WorkPublisher;
import dev.quire.search.IndexCheck.Findings;
import dev.quire.search.IndexCheck.Repair;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.work.Work;
import dev.quire.work.WorkSummary;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * What {@code quire fsck} promises: damage done to the index on purpose is found exactly, and a
 * repair undoes it. In an archive of its own (it checks every work); run on the embedded index and
 * again on OpenSearch and PostgreSQL ({@link ArchiveTest#WHOLE_ARCHIVE}), where index writes are
 * direct (no outbox), so that the test can write a document for a work that has no row, which an
 * outbox event never could.
 */
@Tag(ArchiveTest.WHOLE_ARCHIVE)
@SpringBootTest
class IndexCheckTest {

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) {
    ArchiveTest.deployment(registry, ArchiveTest.newDataFolder());
  }

  @Autowired IndexCheck check;
  @Autowired WorkPublisher publisher;
  @Autowired WorkQuery query;
  @Autowired EntityManagerFactory entityManagerFactory;
  @Autowired JdbcTemplate jdbc;

  final String marker = TestWorks.marker();

  @Test
  void findsExactlyTheDocumentsDamagedBehindItsBackAndRepairsThem() {
    publish("Kept");
    long deleted = publish("Deleted");
    long changed = publish("Changed");
    Findings before = check.check();
    assertThat(before.clean()).as("an archive indexed by Quire itself: %s", before).isTrue();

    long stray = changed + 1000;
    inSearchSession(search -> search.indexingPlan().purge(Work.class, deleted, null));
    inSearchSession(search -> search.indexingPlan().addOrUpdate(strayWork(stray)));
    String renamed = TestWorks.marker();
    jdbc.update("update work set title = ? where id = ?", "Renamed " + renamed, changed);

    Findings found = check.check();

    assertThat(found.missing()).isEqualTo(1);
    assertThat(found.extra()).isEqualTo(1);
    assertThat(found.stale()).isEqualTo(1);
    assertThat(found.named()).containsExactlyInAnyOrder(
        "work " + deleted + " is missing from the index",
        "the index holds work " + stray + ", which the database does not",
        "work " + changed + " changed since it was indexed");

    Repair repair = check.repair();

    assertThat(repair.repaired()).isEqualTo(found);
    assertThat(repair.after().clean()).isTrue();
    assertThat(check.check().clean()).isTrue();
    assertThat(query.search(Viewer.guest(), WorkSearch.of(renamed)).works())
        .extracting(WorkSummary::id).containsExactly(changed);
    assertThat(query.search(Viewer.guest(), WorkSearch.of(marker)).total()).isEqualTo(3);
  }

  @Test
  void aWorkChangedWithoutTouchingItsDateIsStillSeenAsStale() {
    long work = publish("Quietly changed");
    jdbc.update("update work_stats set kudos = kudos + 7 where work_id = ?", work);

    Findings found = check.check();

    assertThat(found.stale()).isEqualTo(1);
    assertThat(found.named()).containsExactly("work " + work + " changed since it was indexed");
    check.repair();
    assertThat(check.check().clean()).isTrue();
  }

  private long publish(String title) {
    return TestWorks.publish(publisher, StoryDocument.builder()
        .title(title + " " + marker).creator("Writer").tag(TagKind.FANDOM, "Checks " + marker)
        .tag(TagKind.RATING, "General Audiences")
        .chapter(new StoryChapter(null, null, null, "<p>The " + marker + " ledger balanced.</p>"))
        .build());
  }

  /** A work that was never stored, under an id no row has. */
  private Work strayWork(long id) {
    Work stray = new Work("Stray " + marker, LocalDate.of(2020, 1, 1), Instant.parse("2020-01-01T00:00:00Z"));
    ReflectionTestUtils.setField(stray, "id", id);
    return stray;
  }

  private void inSearchSession(Consumer<SearchSession> change) {
    try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
      entityManager.getTransaction().begin();
      change.accept(Search.session(entityManager));
      entityManager.getTransaction().commit();
    }
  }
}
