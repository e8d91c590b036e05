package dev.quire.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkRevisionTest {

  private static final Object[] COLUMNS = {
    "Title", "<p>Summary</p>", null, null, "en", 1200, 2, 3, LocalDate.of(2024, 5, 1),
    Instant.parse("2024-05-02T10:00:00.123456Z"), 4, 50, 1, 0, Visibility.PUBLISHED, false, 0, 0, 0, 0
  };

  @Test
  void theSameRowAndLinksGiveTheSameRevisionWhateverTheLinksOrder() {
    assertThat(WorkRevision.of(COLUMNS, List.of(3L, 1L, 2L), List.of(9L)))
        .isEqualTo(WorkRevision.of(COLUMNS.clone(), List.of(1L, 2L, 3L), List.of(9L)));
  }

  @Test
  void anyColumnOrLinkChangedChangesTheRevision() {
    long revision = WorkRevision.of(COLUMNS, List.of(1L), List.of(9L));
    Object[] kudos = COLUMNS.clone();
    kudos[10] = 5;
    Object[] hidden = COLUMNS.clone();
    hidden[14] = Visibility.HIDDEN;

    assertThat(WorkRevision.of(kudos, List.of(1L), List.of(9L))).isNotEqualTo(revision);
    assertThat(WorkRevision.of(hidden, List.of(1L), List.of(9L))).isNotEqualTo(revision);
    assertThat(WorkRevision.of(COLUMNS, List.of(1L, 2L), List.of(9L))).isNotEqualTo(revision);
    // The same ids moved from the tags to the creators are another work.
    assertThat(WorkRevision.of(COLUMNS, List.of(), List.of(1L, 9L))).isNotEqualTo(revision);
  }

  @Test
  void textIsNotMistakenForTheTextBesideIt() {
    Object[] split = COLUMNS.clone();
    split[0] = "Tit";
    split[1] = "le<p>Summary</p>";

    assertThat(WorkRevision.of(split, List.of(), List.of())).isNotEqualTo(WorkRevision.of(COLUMNS, List.of(), List.of()));
  }

  @Test
  void aWorkInMemoryHasTheRevisionOfItsRowReadBack() {
    Work work = new Work("Title", LocalDate.of(2024, 5, 1), Instant.parse("2024-05-02T10:00:00.123456789Z"));
    Object[] row = {
      "Title", null, null, null, null, 0, 0, null, LocalDate.of(2024, 5, 1),
      // The database keeps microseconds.
      Instant.parse("2024-05-02T10:00:00.123456Z"), 0, 0, 0, 0, Visibility.PUBLISHED, false, 0, 0, 0, 0
    };

    assertThat(work.getRevision()).isEqualTo(WorkRevision.of(row, List.of(), List.of()));
  }
}
