package dev.quire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.tagging.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mix's AO3-syntax queries and the SQL twins beside them. */
class QueryPlanTest {

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
