package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code quire bench} end to end on a tiny archive, as a script reads its JSON. */
class BenchCommandTest {

  private static final List<String> KINDS =
      List.of("tag", "tag-exclude", "full-text", "phrase", "range-sort", "facets");

  @Test
  void aTinyRunImportsEveryWorkAndReportsEveryQueryKind(@TempDir Path data) {
    CommandRun run = CommandRun.of("bench", "--works", "120", "--queries", "5", "--json",
        "--data", data.resolve("bench").toString(), "--shared", data.resolve("absent").toString(),
        "--postgres-url", "");

    JsonNode report = JsonMapper.builder().build().readTree(run.stdout());
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(report.get("import").get("imported").asInt()).isEqualTo(120);
    assertThat(report.get("import").get("worksPerSecond").asDouble()).isPositive();
    assertThat(report.get("archive").get("prose").asString()).startsWith("built-in sample");
    assertThat(report.get("postgres").asBoolean()).isFalse();
    for (String kind : KINDS) {
      JsonNode quire = report.get("queries").get(kind).get("quire");
      assertThat(quire.get("p50").asDouble()).as(kind).isPositive();
      assertThat(quire.get("p99").asDouble()).as(kind).isGreaterThanOrEqualTo(quire.get("p95").asDouble());
      assertThat(quire.get("queriesPerSecond").asDouble()).as(kind).isPositive();
      assertThat(quire.get("runs").asInt()).as(kind).isEqualTo(5);
    }
    assertThat(report.get("queries").get("tag").get("quire").get("hits").asLong()).isPositive();
    assertThat(data.resolve("bench")).doesNotExist();
  }

  @Test
  void aTinyRunComparesQuireWithPlainLuceneOnTheSameWorks(@TempDir Path data) {
    CommandRun run = CommandRun.of("bench", "--works", "120", "--queries", "5", "--json",
        "--data", data.resolve("bench").toString(), "--shared", data.resolve("absent").toString(),
        "--postgres-url", "");

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    JsonNode report = JsonMapper.builder().build().readTree(run.stdout());
    JsonNode twin = report.get("luceneTwin");
    assertThat(twin.get("indexOneThread").get("worksPerSecond").asDouble()).isPositive();
    assertThat(twin.get("indexAllThreads").get("worksPerSecond").asDouble()).isPositive();
    assertThat(twin.get("indexAllThreads").get("threads").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
    JsonNode ratios = report.get("ratios");
    assertThat(ratios.get("import").asDouble()).isPositive().isFinite();
    for (String kind : KINDS) {
      assertThat(twin.get("queries").get(kind).get("runs").asInt()).as(kind).isEqualTo(5);
      assertThat(ratios.get(kind).get("p50").asDouble()).as(kind).isPositive().isFinite();
      assertThat(ratios.get(kind).get("p99").asDouble()).as(kind).isPositive().isFinite();
    }
    assertThat(twin.get("queries").get("tag").get("hits").asLong())
        .as("the same tag queries find works in plain Lucene as in Quire")
        .isEqualTo(report.get("queries").get("tag").get("quire").get("hits").asLong());
    assertThat(data.resolve("bench")).doesNotExist();
  }

  @Test
  void aTinyCommunityRunReportsThePagesTheMutedSearchAndTheKudosRate(@TempDir Path data) {
    CommandRun run = CommandRun.of("bench", "--community", "--works", "60", "--metadata-only", "--queries", "4",
        "--users", "50", "--kudos", "1000", "--comments", "300", "--work-comments", "40", "--mutes", "12",
        "--kudos-rate", "20", "--kudos-seconds", "2", "--json",
        "--data", data.resolve("bench").toString(), "--shared", data.resolve("absent").toString(),
        "--postgres-url", "");

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    JsonNode community = JsonMapper.builder().build().readTree(run.stdout()).get("community");
    assertThat(community.get("data").get("accounts").asInt()).isEqualTo(50);
    assertThat(community.get("data").get("kudos").asLong()).isBetween(950L, 1050L);
    assertThat(community.get("data").get("comments").asLong()).isBetween(290L, 310L);
    assertThat(community.get("data").get("mutes").asInt()).isEqualTo(12);
    JsonNode pages = community.get("pages");
    assertThat(pages.get("comments").asInt()).isEqualTo(40);
    for (String page : List.of("work", "commentsPage")) {
      assertThat(pages.get(page).get("p99").asDouble()).as(page).isPositive()
          .isGreaterThanOrEqualTo(pages.get(page).get("p50").asDouble());
    }
    JsonNode search = community.get("mutedSearch");
    assertThat(search.get("muted").get("p99").asDouble()).isPositive();
    assertThat(search.get("unmuted").get("p99").asDouble()).isPositive();
    assertThat(search.get("ratioP99").asDouble()).isPositive();
    assertThat(search.get("muted").get("hits").asLong()).isLessThan(search.get("unmuted").get("hits").asLong());
    JsonNode counted = community.get("countSearch");
    assertThat(counted.get("ownCounts").get("p99").asDouble()).isPositive();
    assertThat(counted.get("ownCounts").get("hits").asLong()).as("both orders sort the same works")
        .isPositive().isEqualTo(counted.get("statedCounts").get("hits").asLong());
    JsonNode kudos = community.get("kudos");
    assertThat(kudos.get("left").asInt()).isEqualTo(40);
    assertThat(kudos.get("failed").asInt()).isZero();
    assertThat(kudos.get("perSecond").asDouble()).isPositive();
    assertThat(kudos.get("countsBehindRows").asInt()).isZero();
    assertThat(kudos.get("indexAgrees").asBoolean()).as(run.stderr() + run.stdout()).isTrue();
    assertThat(data.resolve("bench")).doesNotExist();
  }

  @Test
  void aTinyWranglingRunFindsEveryTaggedWorkUnderTheCanonicalTagAtTheEnd(@TempDir Path data) {
    CommandRun run = CommandRun.of("bench", "--wrangling", "--works", "300", "--metadata-only", "--tagged", "250",
        "--json", "--data", data.resolve("bench").toString(), "--shared", data.resolve("absent").toString(),
        "--postgres-url", "");

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    JsonNode wrangling = JsonMapper.builder().build().readTree(run.stdout()).get("wrangling");
    assertThat(wrangling.get("data").get("tagged").asInt()).isEqualTo(250);
    assertThat(wrangling.get("data").get("foundByTagBefore").asLong()).isEqualTo(250);
    assertThat(wrangling.get("data").get("foundByCanonicalBefore").asLong()).isEqualTo(10);
    JsonNode change = wrangling.get("change");
    assertThat(change.get("expected").asLong()).isEqualTo(260);
    assertThat(change.get("found").asLong()).as(run.stderr() + run.stdout()).isEqualTo(260);
    assertThat(change.get("allFound").asBoolean()).isTrue();
    assertThat(change.get("changeMillis").asDouble()).isPositive();
    assertThat(change.get("visibleSeconds").asDouble()).isPositive();
    assertThat(change.get("refileTotal").asInt()).as("the works tagged \"Lana\": those of \"Lana Lang\" alone do not move").isEqualTo(250);
    assertThat(change.get("refileDone").asInt()).isEqualTo(250);
    assertThat(change.get("refilePerSecond").asDouble()).isPositive();
    assertThat(data.resolve("bench")).doesNotExist();
  }

  @Test
  void theWranglingTableSaysHowLongTheSearchTookToFindThemAll(@TempDir Path data) {
    CommandRun run = CommandRun.of("bench", "--wrangling", "--works", "40", "--metadata-only",
        "--data", data.resolve("bench").toString(), "--shared", data.resolve("absent").toString(),
        "--postgres-url", "");

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout()).contains("\"Lana\" on 40 works").contains("until it finds all 40")
        .contains("works/s").contains("search finds 40 of 40 at the end: all");
  }

  @Test
  void theTableSaysWhenNoPostgresqlWasGiven(@TempDir Path data) {
    CommandRun run = CommandRun.of("bench", "--works", "20", "--queries", "2",
        "--data", data.resolve("bench").toString(), "--shared", data.resolve("absent").toString(),
        "--postgres-url", "");

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout()).contains("PostgreSQL: none given").contains("one tag").contains("p99 ms");
  }

  @Test
  void aFolderHoldingAnEarlierRunIsRefusedWithAReason(@TempDir Path data) {
    CommandRun first = CommandRun.of("bench", "--works", "5", "--queries", "1", "--keep",
        "--data", data.toString(), "--shared", data.resolve("absent").toString(), "--postgres-url", "");
    CommandRun again = CommandRun.of("bench", "--works", "5", "--queries", "1",
        "--data", data.toString(), "--shared", data.resolve("absent").toString(), "--postgres-url", "");

    assertThat(first.exitCode()).isZero();
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.stderr()).contains("already holds a benchmark");
  }

  @Test
  @EnabledIfEnvironmentVariable(named = "QUIRE_TEST_POSTGRES_URL", matches = ".+")
  void withPostgresqlEveryKindIsTimedOnBothAndTheHitsAgree(@TempDir Path data) {
    CommandRun run = CommandRun.of("bench", "--works", "120", "--queries", "5", "--json",
        "--data", data.resolve("bench").toString(), "--shared", data.resolve("absent").toString(),
        "--postgres-url", System.getenv("QUIRE_TEST_POSTGRES_URL"),
        "--postgres-user", System.getenv().getOrDefault("QUIRE_TEST_POSTGRES_USER", "quire"),
        "--postgres-password", System.getenv().getOrDefault("QUIRE_TEST_POSTGRES_PASSWORD", ""));

    JsonNode report = JsonMapper.builder().build().readTree(run.stdout());
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(report.get("postgres").asBoolean()).isTrue();
    for (String kind : KINDS) {
      JsonNode entry = report.get("queries").get(kind);
      assertThat(entry.get("postgres").get("p50").asDouble()).as(kind).isPositive();
      assertThat(entry.get("ratioP99").asDouble()).as(kind).isPositive();
    }
    JsonNode tag = report.get("queries").get("tag");
    assertThat(tag.get("postgres").get("hits").asLong()).isEqualTo(tag.get("quire").get("hits").asLong());
  }
}
