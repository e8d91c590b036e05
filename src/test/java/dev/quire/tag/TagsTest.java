package dev.quire.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.ArchiveTest;
import dev.quire.search.TestWorks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Tags found or made many at once, as an import's batch of files names them. */
class TagsTest extends ArchiveTest {

  @Autowired Tags tags;
  @Autowired TagRepository repository;
  @Autowired TransactionTemplate transaction;

  @Test
  void aBatchFindsTheTagsThereAndMakesTheRestOnce() {
    String marker = TestWorks.marker();
    Tag there = tags.named(TagKind.FREEFORM, "Rain " + marker);

    // Made in a transaction of their own: the caller's rolling back keeps them.
    Map<String, Tag> named = transaction.execute(status -> {
      status.setRollbackOnly();
      return tags.namedAll(TagKind.FREEFORM,
          List.of("  Snow " + marker, "Rain " + marker, "Hail " + marker, "Snow " + marker));
    });

    assertThat(named).containsOnlyKeys("Snow " + marker, "Rain " + marker, "Hail " + marker);
    assertThat(List.copyOf(named.keySet()))
        .containsExactly("Snow " + marker, "Rain " + marker, "Hail " + marker);
    assertThat(named.get("Rain " + marker).getId()).isEqualTo(there.getId());
    named.forEach((name, tag) -> {
      assertThat(tag.getName()).isEqualTo(name);
      assertThat(tag.getKind()).isEqualTo(TagKind.FREEFORM);
    });
    // Committed although the caller's transaction was rolled back: found again by name, once each.
    assertThat(repository.findByKindAndName(TagKind.FREEFORM, "Hail " + marker))
        .get().extracting(Tag::getId).isEqualTo(named.get("Hail " + marker).getId());
    Map<String, Tag> again = tags.namedAll(TagKind.FREEFORM, List.of("Hail " + marker, "Snow " + marker));
    assertThat(again.get("Hail " + marker).getId()).isEqualTo(named.get("Hail " + marker).getId());
    assertThat(again.get("Snow " + marker).getId()).isEqualTo(named.get("Snow " + marker).getId());
    assertThat(repository.findByNameIgnoreCase("Snow " + marker)).hasSize(1);
  }

  @Test
  void theSameNameOfAnotherKindIsAnotherTag() {
    String marker = TestWorks.marker();
    Tag character = tags.named(TagKind.CHARACTER, "Storm " + marker);

    Tag freeform = tags.namedAll(TagKind.FREEFORM, List.of("Storm " + marker)).get("Storm " + marker);

    assertThat(freeform.getId()).isNotEqualTo(character.getId());
    assertThat(freeform.getKind()).isEqualTo(TagKind.FREEFORM);
  }

  @Test
  void writersNamingTheSameNewTagsAtOnceAllGetTheOneTagOfEachName() throws Exception {
    String marker = TestWorks.marker();
    List<String> names = IntStream.range(0, 40).mapToObj(i -> "Wind " + i + " " + marker).toList();
    int writers = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<Map<String, Tag>>> results = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        // Each writer names the tags in another order, and one a name the others don't.
        List<String> mine = new ArrayList<>(names);
        Collections.rotate(mine, w * 7);
        mine.add("Wind alone " + w + " " + marker);
        Callable<Map<String, Tag>> writer = () -> {
          start.await();
          return transaction.execute(status -> tags.namedAll(TagKind.FREEFORM, mine));
        };
        results.add(pool.submit(writer));
      }
      start.countDown();
      List<Map<String, Tag>> all = new ArrayList<>();
      for (Future<Map<String, Tag>> result : results) {
        all.add(result.get(60, TimeUnit.SECONDS));
      }
      for (String name : names) {
        assertThat(all).extracting(found -> found.get(name).getId()).containsOnly(all.getFirst().get(name).getId());
        assertThat(repository.findByNameIgnoreCase(name)).hasSize(1);
      }
      for (int w = 0; w < writers; w++) {
        String alone = "Wind alone " + w + " " + marker;
        assertThat(all.get(w).get(alone).getName()).isEqualTo(alone);
        assertThat(repository.findByNameIgnoreCase(alone)).hasSize(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aNameNoTagMayHaveIsRefusedBeforeAnyIsMade() {
    String marker = TestWorks.marker();

    assertThatThrownBy(() -> tags.namedAll(TagKind.FREEFORM, List.of("Fog " + marker, "   ")))
        .isInstanceOf(InvalidTagNameException.class);
    assertThatThrownBy(() -> tags.namedAll(TagKind.FREEFORM, List.of("x".repeat(Tag.MAX_NAME_LENGTH + 1))))
        .isInstanceOf(InvalidTagNameException.class);
    assertThat(repository.findByKindAndName(TagKind.FREEFORM, "Fog " + marker)).isEmpty();
  }
}
