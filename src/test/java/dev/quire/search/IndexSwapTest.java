package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IndexSwapTest {

  @Test
  void theNextIndexOfAnArchiveIsItsGenerationPlusOne() {
    assertThat(IndexSwap.successor("quire-work-l6-000001")).isEqualTo("quire-work-l6-000002");
    assertThat(IndexSwap.successor("t1-work-l6-000099")).isEqualTo("t1-work-l6-000100");
  }

  @Test
  void anIndexNotNamedByTheArchivesLayoutIsRefused() {
    assertThatThrownBy(() -> IndexSwap.successor("someone-elses-index")).isInstanceOf(IllegalStateException.class);
  }
}
