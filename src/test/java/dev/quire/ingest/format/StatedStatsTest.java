package dev.quire.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.story.WorkStats;
import org.junit.jupiter.api.Test;

class StatedStatsTest {

  @Test
  void readsTheCountsAnAo3StatsLineStates() {
    assertThat(StatedStats.read("Published: 2016-01-14 Words: 4 Chapters: 1/1 Kudos: 61 Bookmarks: 1 Hits: 1,305"))
        .isEqualTo(new WorkStats(61, 1305, 0, 1));
    assertThat(StatedStats.read("Words: 10 Comments: 7 Kudos: 2"))
        .isEqualTo(new WorkStats(2, 0, 7, 0));
  }

  @Test
  void aLineWithoutCountsStatesNone() {
    assertThat(StatedStats.read("Published: 2022-02-22 Words: 1,234 Chapters: 3/3")).isEqualTo(WorkStats.NONE);
  }

  @Test
  void aCountTooLargeForTheArchiveIsCappedNotAnError() {
    assertThat(StatedStats.read("Hits: 99999999999").hits()).isEqualTo(Integer.MAX_VALUE);
  }
}
