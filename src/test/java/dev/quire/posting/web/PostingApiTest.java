package dev.quire.posting.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.account.AccessTokens;
import dev.quire.account.Account;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.posting.Postings;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.work.WorkSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The posting API as a program uses it, with every status it answers. */
class PostingApiTest extends ArchiveTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired AccessTokens tokens;
  @Autowired WorkQuery query;

  Account writer;
  ApiClient api;
  ApiClient stranger;
  String word;

  @BeforeEach
  void writer() {
    writer = accounts.create();
    api = ApiClient.of(mvc, tokens, writer);
    stranger = ApiClient.of(mvc, tokens, accounts.create());
    word = Postings.word();
  }

  /** A work AO3 would accept, with two chapters, one in HTML and one in plain text. */
  String work(boolean draft) {
    return """
        {"title": "Harbour Lights %s", "rating": "General Audiences",
         "warnings": ["No Archive Warnings Apply"], "categories": ["Gen"], "fandoms": ["Original Work"],
         "relationships": [], "characters": ["Ada Keeper"], "freeforms": ["Lighthouses"],
         "summary": "<p>A keeper and a storm.</p>", "notes": null, "endNotes": "<p>Thanks.</p>",
         "language": "en", "draft": %s, "restricted": false,
         "chapters": [{"title": "The Lamp", "html": "<p>The lamp was lit at dusk, %s.</p>"},
                      {"title": "Morning", "text": "The storm passed.\\n\\nMorning came."}]}
        """.formatted(word, draft, word);
  }

  static JsonNode json(MockHttpServletResponse response) throws Exception {
    return JSON.readTree(response.getContentAsString());
  }

  long post(String body) throws Exception {
    MockHttpServletResponse posted = api.post("/api/v1/works", body);
    assertThat(posted.getStatus()).as(posted.getContentAsString()).isEqualTo(201);
    return json(posted).get("id").asLong();
  }

  @Test
  void aWorksCreatorReadsWhetherItIsADraftOrRestrictedAndNobodyElseIs() throws Exception {
    long draft = post(work(true));
    long restricted = post(work(false).replace("\"restricted\": false", "\"restricted\": true"));

    JsonNode ownDraft = json(api.get("/api/v1/works/" + draft));
    JsonNode ownRestricted = json(api.get("/api/v1/works/" + restricted));
    JsonNode readersRestricted = json(stranger.get("/api/v1/works/" + restricted));

    assertThat(ownDraft.get("draft").asBoolean()).isTrue();
    assertThat(ownDraft.get("restricted").asBoolean()).isFalse();
    assertThat(ownRestricted.get("draft").asBoolean()).isFalse();
    assertThat(ownRestricted.get("restricted").asBoolean()).isTrue();
    assertThat(readersRestricted.get("title").asString()).isEqualTo("Harbour Lights " + word);
    assertThat(readersRestricted.has("draft")).isFalse();
    assertThat(readersRestricted.has("restricted")).isFalse();
    assertThat(stranger.get("/api/v1/works/" + draft).getStatus()).isEqualTo(404);
  }

  @Test
  void deletingAChapterByItsPositionMovesTheLaterOnesUpAndTheLastOneStays() throws Exception {
    long id = post(work(false));

    MockHttpServletResponse refusedToStranger = stranger.delete("/api/v1/works/" + id + "/chapters/1");
    MockHttpServletResponse missing = api.delete("/api/v1/works/" + id + "/chapters/3");
    MockHttpServletResponse deleted = api.delete("/api/v1/works/" + id + "/chapters/1");
    JsonNode left = json(api.get("/api/v1/works/" + id));
    MockHttpServletResponse last = api.delete("/api/v1/works/" + id + "/chapters/1");

    assertThat(refusedToStranger.getStatus()).isEqualTo(403);
    assertThat(missing.getStatus()).isEqualTo(404);
    assertThat(json(missing).get("message").asString()).contains("no chapter 3");
    assertThat(deleted.getStatus()).isEqualTo(204);
    assertThat(left.get("chapters")).hasSize(1);
    assertThat(left.get("chapters").get(0).get("title").asString()).isEqualTo("Morning");
    assertThat(left.get("chapters").get(0).get("position").asInt()).isEqualTo(1);
    assertThat(last.getStatus()).isEqualTo(400);
    assertThat(json(last).toString()).contains("at least one chapter");
    assertThat(json(api.get("/api/v1/works/" + id)).get("chapters")).hasSize(1);
    assertThat(api.delete("/api/v1/works/" + id + "/chapters/first").getStatus()).isEqualTo(400);
  }

  @Test
  void postingAWorkAnswers201WithItsAddressAndTheWorkAsReadersGetIt() throws Exception {
    MockHttpServletResponse posted = api.post("/api/v1/works", work(false));

    assertThat(posted.getStatus()).isEqualTo(201);
    long id = json(posted).get("id").asLong();
    assertThat(posted.getHeader("Location")).isEqualTo("/api/v1/works/" + id);
    JsonNode read = json(ApiClient.guest(mvc).get("/api/v1/works/" + id));
    // Its creator is told besides whether it is a draft or restricted; a reader is not.
    ObjectNode answer = (ObjectNode) json(posted);
    assertThat(answer.remove("draft").asBoolean()).isFalse();
    assertThat(answer.remove("restricted").asBoolean()).isFalse();
    assertThat(answer).isEqualTo(read);
    assertThat(read.get("title").asString()).isEqualTo("Harbour Lights " + word);
    assertThat(read.get("creators").get(0).asString()).isEqualTo(writer.getUserName());
    assertThat(read.get("chapterProgress").asString()).isEqualTo("2/?");
    assertThat(read.get("chapters")).extracting(c -> c.get("title").asString()).containsExactly("The Lamp", "Morning");
    assertThat(read.get("tags").get("freeform").get(0).asString()).isEqualTo("Lighthouses");
    assertThat(query.search(Viewer.guest(), WorkSearch.of(word)).works()).extracting(WorkSummary::id).containsExactly(id);
  }

  @Test
  void aDraftIsSeenThroughTheApiByItsCreatorOnly() throws Exception {
    long id = post(work(true));

    assertThat(api.get("/api/v1/works/" + id).getStatus()).isEqualTo(200);
    assertThat(stranger.get("/api/v1/works/" + id).getStatus()).isEqualTo(404);
    assertThat(ApiClient.guest(mvc).get("/api/v1/works/" + id).getStatus()).isEqualTo(404);
    assertThat(query.search(Viewer.of(writer), WorkSearch.of(word)).works()).isEmpty();
  }

  @Test
  void patchChangesTheFieldsItNamesAndKeepsTheRest() throws Exception {
    long id = post(work(false));

    MockHttpServletResponse patched = api.patch("/api/v1/works/" + id,
        "{\"title\": \"Harbour Lights, Revised\", \"freeforms\": [\"Storms\"], \"chaptersExpected\": 3}");

    assertThat(patched.getStatus()).as(patched.getContentAsString()).isEqualTo(200);
    JsonNode work = json(patched);
    assertThat(work.get("title").asString()).isEqualTo("Harbour Lights, Revised");
    assertThat(work.get("tags").get("freeform")).extracting(JsonNode::asString).containsExactly("Storms");
    assertThat(work.get("tags").get("fandom")).extracting(JsonNode::asString).containsExactly("Original Work");
    assertThat(work.get("chapterProgress").asString()).isEqualTo("2/3");
    assertThat(json(api.get("/api/v1/works/" + id))).isEqualTo(work);
  }

  @Test
  void patchRevisesChaptersInOrderAndAddsWhatIsMore() throws Exception {
    long id = post(work(false));

    JsonNode work = json(api.patch("/api/v1/works/" + id, """
        {"chapters": [{"title": "The Lamp, Lit", "text": "Lit."}, {"title": "Morning", "text": "Came."},
                      {"title": "Evening", "html": "<p>And evening.</p>"}]}"""));

    assertThat(work.get("chapters")).extracting(c -> c.get("title").asString())
        .containsExactly("The Lamp, Lit", "Morning", "Evening");
  }

  @Test
  void patchWithDraftFalsePostsADraft() throws Exception {
    long id = post(work(true));

    assertThat(api.patch("/api/v1/works/" + id, "{\"draft\": false}").getStatus()).isEqualTo(200);

    assertThat(ApiClient.guest(mvc).get("/api/v1/works/" + id).getStatus()).isEqualTo(200);
    assertThat(api.patch("/api/v1/works/" + id, "{\"draft\": false}").getStatus()).isEqualTo(200);
  }

  @Test
  void aPostedWorkNeverBecomesADraftAgain() throws Exception {
    long posted = post(work(false));
    long draft = post(work(true));

    MockHttpServletResponse refused = api.patch("/api/v1/works/" + posted, "{\"draft\": true, \"title\": \"Hidden\"}");

    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(json(refused).get("fields").get("draft").asString()).contains("cannot become a draft");
    assertThat(json(api.get("/api/v1/works/" + posted)).get("title").asString()).isEqualTo("Harbour Lights " + word);
    assertThat(api.patch("/api/v1/works/" + draft, "{\"draft\": true}").getStatus()).isEqualTo(200);
  }

  @Test
  void aChapterIsAddedWith201AndItsAddress() throws Exception {
    long id = post(work(false));

    MockHttpServletResponse added = api.post("/api/v1/works/" + id + "/chapters",
        "{\"title\": \"Evening\", \"text\": \"The lamp again.\"}");

    assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(201);
    JsonNode chapters = json(added).get("chapters");
    assertThat(chapters).hasSize(3);
    assertThat(added.getHeader("Location")).isEqualTo("/works/" + id + "/chapters/" + chapters.get(2).get("id").asLong());
  }

  @Test
  void deletingAWorkAnswers204AndTheWorkIsGone() throws Exception {
    long id = post(work(false));

    assertThat(api.delete("/api/v1/works/" + id).getStatus()).isEqualTo(204);

    assertThat(api.get("/api/v1/works/" + id).getStatus()).isEqualTo(404);
    assertThat(query.search(Viewer.guest(), WorkSearch.of(word)).works()).isEmpty();
  }

  @Test
  void withoutAValidTokenEveryWriteIs401() throws Exception {
    long id = post(work(false));
    ApiClient guest = ApiClient.guest(mvc);
    ApiClient revoked = new ApiClient(mvc, "quire_revokedorneverissued");

    for (ApiClient client : new ApiClient[] {guest, revoked}) {
      assertThat(client.post("/api/v1/works", work(false)).getStatus()).isEqualTo(401);
      assertThat(client.patch("/api/v1/works/" + id, "{\"title\": \"Mine\"}").getStatus()).isEqualTo(401);
      assertThat(client.post("/api/v1/works/" + id + "/chapters", "{\"text\": \"x\"}").getStatus()).isEqualTo(401);
      assertThat(client.delete("/api/v1/works/" + id).getStatus()).isEqualTo(401);
    }
    assertThat(json(guest.delete("/api/v1/works/" + id)).get("message").asString()).contains("Bearer");
  }

  @Test
  void someoneElsesWorkIs403AndUnchanged() throws Exception {
    long id = post(work(false));

    MockHttpServletResponse patch = stranger.patch("/api/v1/works/" + id, "{\"title\": \"Mine Now\"}");
    assertThat(patch.getStatus()).isEqualTo(403);
    assertThat(json(patch).get("message").asString()).isEqualTo("You may not edit this work.");
    assertThat(stranger.post("/api/v1/works/" + id + "/chapters", "{\"text\": \"x\"}").getStatus()).isEqualTo(403);
    assertThat(stranger.delete("/api/v1/works/" + id).getStatus()).isEqualTo(403);

    assertThat(json(api.get("/api/v1/works/" + id)).get("title").asString()).isEqualTo("Harbour Lights " + word);
  }

  @Test
  void someoneElsesDraftIs404NotA403() throws Exception {
    long id = post(work(true));

    assertThat(stranger.patch("/api/v1/works/" + id, "{\"title\": \"Mine\"}").getStatus()).isEqualTo(404);
    assertThat(stranger.delete("/api/v1/works/" + id).getStatus()).isEqualTo(404);
  }

  @Test
  void anUnknownWorkIs404WithAMessage() throws Exception {
    MockHttpServletResponse patch = api.patch("/api/v1/works/987654321", "{\"title\": \"x\"}");

    assertThat(patch.getStatus()).isEqualTo(404);
    assertThat(json(patch).get("message").asString()).isEqualTo("There is no work 987654321.");
    assertThat(api.delete("/api/v1/works/987654321").getStatus()).isEqualTo(404);
    assertThat(api.post("/api/v1/works/987654321/chapters", "{\"text\": \"x\"}").getStatus()).isEqualTo(404);
  }

  @Test
  void aWorkTheRulesRefuseIs400NamingEachField() throws Exception {
    MockHttpServletResponse refused = api.post("/api/v1/works",
        "{\"title\": \"\", \"fandoms\": [], \"warnings\": [], \"chapters\": [{\"title\": \"One\", \"text\": \" \"}]}");

    assertThat(refused.getStatus()).isEqualTo(400);
    JsonNode body = json(refused);
    assertThat(body.get("message").asString()).isNotBlank();
    assertThat(body.get("fields").propertyNames()).contains("title", "rating", "warnings", "fandoms", "chapters[0].text");
    assertThat(body.get("fields").get("rating").asString()).isEqualTo("Rating is required.");
  }

  @Test
  void aBodyOverTheLimitIs413() throws Exception {
    String chapter = "a".repeat(20 * 1024 * 1024);

    MockHttpServletResponse refused = api.post("/api/v1/works",
        "{\"title\": \"Big\", \"chapters\": [{\"text\": \"" + chapter + "\"}]}");

    assertThat(refused.getStatus()).isEqualTo(413);
    assertThat(refused.getErrorMessage()).contains("at most 10 MB");
  }

  @Test
  void restrictedWorksPostedThroughTheApiAreHiddenFromGuests() throws Exception {
    long id = post(work(false).replace("\"restricted\": false", "\"restricted\": true"));

    assertThat(ApiClient.guest(mvc).get("/api/v1/works/" + id).getStatus()).isEqualTo(404);
    assertThat(stranger.get("/api/v1/works/" + id).getStatus()).isEqualTo(200);
  }
}
