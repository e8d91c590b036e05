package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.search.QueryNode.All;
import dev.quire.search.QueryNode.Any;
import dev.quire.search.QueryNode.Count;
import dev.quire.search.QueryNode.Dates;
import dev.quire.search.QueryNode.FieldText;
import dev.quire.search.QueryNode.Flag;
import dev.quire.search.QueryNode.Language;
import dev.quire.search.QueryNode.Not;
import dev.quire.search.QueryNode.TagName;
import dev.quire.search.QueryNode.Text;
import dev.quire.search.QueryParser.ParsedQuery;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParserTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  static QueryNode parse(String query) {
    return QueryParser.parse(query, TODAY).root();
  }

  @Test
  void wordsAreAllRequiredByDefault() {
    assertThat(parse("dragon tea")).isEqualTo(new All(List.of(new Text("dragon", false), new Text("tea", false))));
  }

  @Test
  void readsOrNotAndPhrases() {
    assertThat(parse("Mature || Explicit")).isEqualTo(new Any(List.of(new Text("Mature", false), new Text("Explicit", false))));
    assertThat(parse("tea OR coffee NOT \"slow burn\"")).isEqualTo(new Any(List.of(
        new Text("tea", false),
        new All(List.of(new Text("coffee", false), new Not(new Text("slow burn", true)))))));
    assertThat(parse("-M/M")).isEqualTo(new Not(new Text("M/M", false)));
  }

  @Test
  void andBindsTighterThanOr() {
    assertThat(parse("a b OR c")).isEqualTo(new Any(List.of(
        new All(List.of(new Text("a", false), new Text("b", false))), new Text("c", false))));
  }

  @Test
  void lowerCaseOperatorsAreWords() {
    assertThat(parse("salt and pepper")).isEqualTo(new All(List.of(
        new Text("salt", false), new Text("and", false), new Text("pepper", false))));
  }

  @Test
  void parenthesesGroup() {
    assertThat(parse("(tea OR coffee) biscuits")).isEqualTo(new All(List.of(
        new Any(List.of(new Text("tea", false), new Text("coffee", false))), new Text("biscuits", false))));
  }

  @Test
  void readsFieldsWithQuotedValues() {
    assertThat(parse("fandom:\"Star Trek\" -character:Spock title:work")).isEqualTo(new All(List.of(
        new TagName(SearchField.FANDOM, "Star Trek"),
        new Not(new TagName(SearchField.CHARACTER, "Spock")),
        new FieldText(SearchField.TITLE, "work", false))));
    assertThat(parse("fandom: \"Star Trek\"")).isEqualTo(new TagName(SearchField.FANDOM, "Star Trek"));
  }

  @Test
  void aColonThatNamesNoFieldIsPartOfTheWord() {
    assertThat(parse("Re:Zero")).isEqualTo(new Text("Re:Zero", false));
  }

  @Test
  void readsCountRangesAsAo3WritesThem() {
    assertThat(parse("words>1000")).isEqualTo(new Count(SearchField.WORDS, 1001L, null));
    assertThat(parse("words:<1000")).isEqualTo(new Count(SearchField.WORDS, null, 999L));
    assertThat(parse("kudos:10-100")).isEqualTo(new Count(SearchField.KUDOS, 10L, 100L));
    assertThat(parse("hits:\"2 - 5\"")).isEqualTo(new Count(SearchField.HITS, 2L, 5L));
    assertThat(parse("bookmarks:\"< 20\"")).isEqualTo(new Count(SearchField.BOOKMARKS, null, 19L));
    assertThat(parse("comments:1")).isEqualTo(new Count(SearchField.COMMENTS, 1L, 1L));
    assertThat(parse("hits:\"10,000-20,000\"")).isEqualTo(new Count(SearchField.HITS, 10_000L, 20_000L));
  }

  @Test
  void readsRelativeAndAbsoluteDates() {
    assertThat(parse("updated:\"< 2 weeks ago\"")).isEqualTo(new Dates(SearchField.UPDATED, TODAY.plusDays(1).minusWeeks(2), null));
    assertThat(parse("revised:\"> 2 years ago\"")).isEqualTo(new Dates(SearchField.UPDATED, null, TODAY.plusDays(1).minusYears(2)));
    assertThat(parse("updated:3 days ago")).isEqualTo(new Dates(SearchField.UPDATED, TODAY.minusDays(3), TODAY.minusDays(2)));
    assertThat(parse("published:2023")).isEqualTo(new Dates(SearchField.PUBLISHED, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1)));
    assertThat(parse("published:<2024-05-01")).isEqualTo(new Dates(SearchField.PUBLISHED, null, LocalDate.of(2024, 5, 1)));
    assertThat(parse("published:\"2023-01-01 - 2023-06-30\"")).isEqualTo(new Dates(SearchField.PUBLISHED, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 1)));
  }

  @Test
  void readsFlagsAndLanguages() {
    assertThat(parse("complete:yes crossover:false single_chapter:true")).isEqualTo(new All(List.of(
        new Flag(SearchField.COMPLETE, true), new Flag(SearchField.CROSSOVER, false), new Flag(SearchField.SINGLE_CHAPTER, true))));
    assertThat(parse("language:Deutsch")).isEqualTo(new Language("de"));
    assertThat(parse("language:fr")).isEqualTo(new Language("fr"));
  }

  @Test
  void takesTheOrderFromSortDirectives() {
    ParsedQuery byKudos = QueryParser.parse("tea sort:kudos", TODAY);
    assertThat(byKudos.root()).isEqualTo(new Text("tea", false));
    assertThat(byKudos.sort()).isEqualTo(WorkSort.KUDOS);
    assertThat(byKudos.ascending()).isNull();

    ParsedQuery byTitle = QueryParser.parse("sort:\"title ascending\"", TODAY);
    assertThat(byTitle.root()).isNull();
    assertThat(byTitle.sort()).isEqualTo(WorkSort.TITLE);
    assertThat(byTitle.ascending()).isTrue();

    assertThat(QueryParser.parse("sort:words desc", TODAY).ascending()).isFalse();
    assertThat(QueryParser.parse("sort:date_updated", TODAY).sort()).isEqualTo(WorkSort.UPDATED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"unclosed", "(tea", "tea)", "OR tea", "tea OR", "tea AND", "NOT", "words>lots",
      "kudos:many", "updated:yesterdayish", "sort:sideways", "complete:perhaps", "language:Klingonese", "()",
      "published:2023-13-45", "fandom:", "kudos:-5-", "kudos:9,999,999,999,999,999,999", "order:sideways"})
  void aMalformedQueryIsExplainedNotGuessed(String query) {
    assertThatThrownBy(() -> parse(query))
        .isInstanceOf(InvalidSearchException.class)
        .message().isNotBlank().doesNotContain("Exception");
  }

  @ParameterizedTest
  @ValueSource(strings = {"(", "NOT ", "-", "(NOT "})
  void nestingThousandsDeepIsRefusedWithAMessageNotAStackOverflow(String level) {
    String deep = level.repeat(2_500) + "tea" + (level.contains("(") ? ")".repeat(2_500) : "");

    assertThatThrownBy(() -> parse(deep))
        .isInstanceOf(InvalidSearchException.class)
        .hasMessageContaining("more than " + QueryParser.MAX_DEPTH + " deep");
  }

  @Test
  void nestingAsDeepAsAllowedIsRead() {
    int depth = QueryParser.MAX_DEPTH;
    assertThat(parse("(".repeat(depth) + "tea" + ")".repeat(depth))).isEqualTo(new QueryNode.Text("tea", false));
  }

  @Test
  void anEmptyQueryFindsEverything() {
    assertThat(parse("   ")).isNull();
  }
}
