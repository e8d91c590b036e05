package dev.quire.posting.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.account.AccessTokens;
import dev.quire.account.TestAccounts;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a program can send the posting API that it should not: each is answered with a status
 * below 500 and a sentence naming the problem, never a stack trace, and changes nothing.
 */
class ApiBadInputTest extends ArchiveTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired AccessTokens tokens;

  ApiClient api;

  @BeforeEach
  void writer() {
    api = ApiClient.of(mvc, tokens, accounts.create());
  }

  /** A valid work with {@code extra} fields added (or replacing the valid ones). */
  static String work(String extra) {
    return """
        {"title": "Quiet Harbour", "rating": "General Audiences", "warnings": ["No Archive Warnings Apply"],
         "fandoms": ["Original Work"], "chapters": [{"title": "One", "text": "Calm water."}]%s}
        """.formatted(extra.isEmpty() ? "" : ", " + extra);
  }

  JsonNode refused(MockHttpServletResponse response, int status) throws Exception {
    String body = response.getContentAsString();
    assertThat(response.getStatus()).as(body).isEqualTo(status);
    assertThat(body).doesNotContain("Exception", "at dev.quire", "at org.");
    return JSON.readTree(body);
  }

  JsonNode fields(String body) throws Exception {
    return refused(api.post("/api/v1/works", body), 400).get("fields");
  }

  @Test
  void malformedJsonIs400NamingWhereItBreaks() throws Exception {
    JsonNode answer = refused(api.post("/api/v1/works", "{\"title\": \"x\",\n}"), 400);

    assertThat(answer.get("message").asString()).startsWith("The body is not valid JSON at line 2, column");
  }

  @Test
  void aBodyThatIsNotAnObjectOrIsEmptyIs400() throws Exception {
    assertThat(fields("[1, 2]").propertyNames()).containsExactly("work");
    assertThat(refused(api.post("/api/v1/works", ""), 400).get("message").asString()).contains("empty");
    assertThat(refused(api.post("/api/v1/works", "\"a string\""), 400).get("fields").has("work")).isTrue();
  }

  @Test
  void aBodyNotSentAsJsonIs415() throws Exception {
    MockHttpServletResponse answer = api.send(MockMvcRequestBuilders.post("/api/v1/works")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("title=x"));

    assertThat(refused(answer, 415).get("message").asString()).contains("application/json");
  }

  @Test
  void fieldsOfTheWrongTypeAreEachNamed() throws Exception {
    JsonNode fields = fields("""
        {"title": 5, "rating": "General Audiences", "fandoms": "Original Work", "restricted": "yes",
         "chaptersExpected": 1.5, "series": "Tides", "commentPermission": "friends",
         "chapters": [{"text": 3}, "not a chapter", {"html": "<p>a</p>", "text": "a"}]}""");

    assertThat(fields.propertyNames()).containsExactlyInAnyOrder("title", "fandoms", "restricted",
        "chaptersExpected", "series", "commentPermission", "chapters[0].text", "chapters[1]", "chapters[2].text");
    assertThat(fields.get("fandoms").asString()).isEqualTo("Give fandoms as a list of names, such as [\"one\", \"two\"].");
  }

  @Test
  void aFieldQuireDoesNotKnowIsNamedNotIgnored() throws Exception {
    JsonNode fields = fields(work("\"titel\": \"Typo\", \"chapters\": [{\"text\": \"a\", \"wordcount\": 1}]"));

    assertThat(fields.propertyNames()).containsExactlyInAnyOrder("titel", "chapters[0].wordcount");
    assertThat(fields.get("titel").asString()).startsWith("Quire does not know this field");
  }

  @Test
  void tagsAreHeldToAo3sRules() throws Exception {
    assertThat(fields(work("\"freeforms\": [\"Stars * and moons\"]")).get("freeforms").asString())
        .contains("cannot include *");
    assertThat(fields(work("\"characters\": [\"" + "n".repeat(151) + "\"]")).get("characters").asString())
        .contains("at most 150 characters");
    List<String> many = IntStream.rangeClosed(1, 76).mapToObj(i -> "\"Tag " + i + "\"").toList();
    assertThat(fields(work("\"freeforms\": [" + String.join(", ", many) + "]")).get("freeforms").asString())
        .contains("more than 75");
  }

  @Test
  void aChapterOverTheCharacterLimitIsNamed() throws Exception {
    String chapter = "a".repeat(500_001);

    JsonNode fields = fields(work("").replace("Calm water.", chapter));

    assertThat(fields.get("chapters[0].text").asString()).contains("at most 500,000 characters");
  }

  @Test
  void nestingPastTheParsersLimitIs400() throws Exception {
    String deep = "{\"title\": " + "[".repeat(5000) + "]".repeat(5000) + "}";

    assertThat(refused(api.post("/api/v1/works", deep), 400).get("message").asString()).contains("not valid JSON");
  }

  @Test
  void anIdThatIsNotANumberIs400() throws Exception {
    refused(api.patch("/api/v1/works/first", "{}"), 400);
  }

  @Test
  void scriptInAnyFieldIsNeverRunOnTheWorkPage() throws Exception {
    String script = "<script>alert(1)</script>";
    MockHttpServletResponse posted = api.post("/api/v1/works", """
        {"title": "%s", "rating": "General Audiences", "warnings": ["No Archive Warnings Apply"],
         "fandoms": ["Original Work"], "summary": "<p onclick=\\"alert(1)\\">Sum</p>%s",
         "chapters": [{"title": "%s", "html": "<p>Safe words.</p>%s<a href=\\"javascript:alert(1)\\">x</a>"}]}
        """.formatted(script, script, script, script));
    assertThat(posted.getStatus()).as(posted.getContentAsString()).isEqualTo(201);
    long id = JSON.readTree(posted.getContentAsString()).get("id").asLong();

    String page = mvc.perform(MockMvcRequestBuilders.get("/works/{id}", id)).andReturn().getResponse().getContentAsString();

    Document document = Jsoup.parse(page);
    assertThat(document.select("script")).noneMatch(s -> s.data().contains("alert"));
    assertThat(document.select("[onclick], a[href^=javascript]")).isEmpty();
    assertThat(document.text()).contains("Safe words.");
  }
}
