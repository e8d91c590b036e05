package dev.quire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.search.WorkSearch;
import dev.quire.search.WorkSort;
import dev.quire.tagging.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mix's AO3-syntax queries as today's search runs them, and the SQL twins beside them. */
class QueryMixTest {

  @Test
  void tagsAndExclusionsBecomeIncludedAndExcludedTags() {
    WorkSearch search = QueryMix.search("fandom:\"Harry Potter - J. K. Rowling\" -character:\"Draco Malfoy\" -freeform:\"Angst\"");

    assertThat(search.include()).containsExactly("fandom:Harry Potter - J. K. Rowling");
    assertThat(search.exclude()).containsExactly("character:Draco Malfoy", "freeform:Angst");
    assertThat(search.text()).isEmpty();
  }

  @Test
  void wordsAndPhrasesBecomeTheSearchText() {
    assertThat(QueryMix.search("quiet harbour").text()).isEqualTo("quiet harbour");
    assertThat(QueryMix.search("\"few years\"").text()).isEqualTo("\"few years\"");
  }

  @Test
  void aRangeTodaysSearchCannotRunIsLeftOutAndSaidSo() {
    String query = "fandom:\"Sherlock (TV)\" kudos>100 sort:kudos";

    WorkSearch search = QueryMix.search(query);

    assertThat(search.include()).containsExactly("fandom:Sherlock (TV)");
    assertThat(search.text()).isEmpty();
    assertThat(search.sort()).isEqualTo(WorkSort.WORDS);
    assertThat(QueryMix.approximated(query, QueryKind.RANGE_SORT))
        .containsExactly("range kudos>100 not applied", "sort:kudos run as sort:words");
    assertThat(QueryMix.approximated("fandom:\"Sherlock (TV)\"", QueryKind.TAG)).isEmpty();
  }

  @Test
  void everyKindHasItsQueriesInBothLanguagesDrawnTheSameWayForTheSameSeed() {
    SyntheticArchive archive = new SyntheticArchive(1, 100, false, ProseSample.builtIn(1),
        FreeformTags.builtIn(), Vocabulary.shipped());

    List<BenchQuery> queries = new QueryPlan(archive, 1).queries();

    assertThat(queries).hasSize(QueryKind.values().length * QueryPlan.VARIANTS);
    assertThat(queries).extracting(BenchQuery::kind).containsOnly(QueryKind.values());
    assertThat(queries).allSatisfy(q -> assertThat(q.sql()).isNotEmpty());
    assertThat(new QueryPlan(archive, 1).queries()).extracting(BenchQuery::ao3)
        .isEqualTo(queries.stream().map(BenchQuery::ao3).toList());
    assertThat(queries).filteredOn(q -> q.kind() == QueryKind.PHRASE)
        .allMatch(q -> q.ao3().startsWith("\"") && q.ao3().endsWith("\""));
  }
}
