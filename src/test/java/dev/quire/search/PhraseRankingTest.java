package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/** What an OpenSearch request highlights when a phrase ranks its works by its words. */
class PhraseRankingTest {

  private static final String PHRASE = "{\"simple_query_string\":{\"query\":\"\\\"silver lantern\\\"\",\"fields\":[\"title^4.0\"]}}";
  private static final String RANKING = "{\"bool\":{\"should\":[{\"term\":{\"title\":{\"value\":\"silver\",\"boost\":4.0}}}],"
      + "\"_name\":\"" + PhraseRanking.NAME + "\"}}";
  private static final String VISIBLE = "{\"terms\":{\"visibility\":[\"PUBLISHED\"]}}";

  @Test
  void theHighlightQueryIsTheQueryWithoutItsRankingClauses() {
    JsonObject body = JsonParser.parseString("{\"query\":{\"bool\":{\"must\":[" + VISIBLE + ",{\"bool\":{\"filter\":["
        + PHRASE + "],\"should\":[" + RANKING + "]}}]}},\"highlight\":{\"fields\":{\"summary\":{}}}}").getAsJsonObject();
    JsonObject query = body.get("query").deepCopy().getAsJsonObject();

    PhraseRanking.keepOutOfHighlights(body);

    assertThat(body.get("query")).as("the query still ranks").isEqualTo(query);
    assertThat(body.getAsJsonObject("highlight").get("highlight_query")).isEqualTo(JsonParser.parseString(
        "{\"bool\":{\"must\":[" + VISIBLE + ",{\"bool\":{\"filter\":[" + PHRASE + "],\"should\":[]}}]}}"));
  }

  @Test
  void aRequestWithoutRankingClausesHighlightsItsQuery() {
    JsonObject body = JsonParser.parseString("{\"query\":{\"bool\":{\"must\":[" + PHRASE + "]}},\"highlight\":{}}")
        .getAsJsonObject();

    PhraseRanking.keepOutOfHighlights(body);

    assertThat(body.getAsJsonObject("highlight").has("highlight_query")).isFalse();
  }
}
