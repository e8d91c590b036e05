package dev.quire.bookmark.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.quire.ArchiveTest;
import dev.quire.account.AccessTokens;
import dev.quire.account.Account;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.posting.ChapterText;
import dev.quire.posting.NewWork;
import dev.quire.posting.Postings;
import dev.quire.posting.WorkPosting;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bookmark API as a script with a token uses it: bookmarking with
 * {@code {"workId","notes","tags","private","rec"}} (201, then 200 for the same work, still one)
 * and a user's bookmarks, their private ones to themselves alone.
 */
class BookmarkApiTest extends ArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired AccessTokens tokens;
  @Autowired WorkPosting posting;
  @Autowired JsonMapper json;

  Account writer;
  Account reader;
  String word;
  long work;

  @BeforeEach
  void aPostedWork() {
    writer = accounts.create();
    reader = accounts.create();
    word = Postings.word();
    work = posting.post(Viewer.of(writer), new NewWork(Postings.valid("Tidewater " + word).build(),
        List.of(ChapterText.plain("One", "The tide rose.")), false));
  }

  @Test
  void aTokenHolderBookmarksAWorkAndAgainUpdatesTheSameBookmark() throws Exception {
    MockHttpServletResponse created = send(reader, post("/api/v1/bookmarks"), "{\"workId\": " + work
        + ", \"notes\": \"<p>Salt <script>x()</script>and sun " + word + "</p>\", \"tags\": [\"sea\", \" summer \"],"
        + " \"private\": false, \"rec\": true}");
    assertThat(created.getStatus()).isEqualTo(201);
    JsonNode bookmark = json.readTree(created.getContentAsString());
    assertThat(bookmark.get("workId").asLong()).isEqualTo(work);
    assertThat(bookmark.get("workTitle").asString()).isEqualTo("Tidewater " + word);
    assertThat(bookmark.get("notes").asString()).isEqualTo("<p>Salt and sun " + word + "</p>");
    assertThat(bookmark.get("tags").valueStream().map(JsonNode::asString)).containsExactly("sea", "summer");
    assertThat(bookmark.get("rec").asBoolean()).isTrue();
    assertThat(bookmark.get("private").asBoolean()).isFalse();

    MockHttpServletResponse updated = send(reader, post("/api/v1/bookmarks"),
        "{\"workId\": " + work + ", \"notes\": \"Again " + word + "\", \"tags\": []}");
    assertThat(updated.getStatus()).isEqualTo(200);
    JsonNode again = json.readTree(updated.getContentAsString());
    assertThat(again.get("id").asLong()).isEqualTo(bookmark.get("id").asLong());
    assertThat(again.get("tags")).isEmpty();
    assertThat(again.get("rec").asBoolean()).isFalse();

    JsonNode listed = json.readTree(send(writer, get("/api/v1/users/{u}/bookmarks", reader.getUserName()), null)
        .getContentAsString());
    assertThat(listed.get("bookmarks")).hasSize(1);
    assertThat(listed.get("bookmarks").get(0).get("notes").asString()).isEqualTo("Again " + word);
    assertThat(Jsoup.parse(mvc.perform(get("/works/{id}", work)).andReturn().getResponse().getContentAsString())
        .select("dd.bookmarks").text()).isEqualTo("1");
  }

  @Test
  void aPrivateBookmarkIsListedToItsOwnerAlone() throws Exception {
    assertThat(send(reader, post("/api/v1/bookmarks"), "{\"workId\": " + work + ", \"private\": true}").getStatus())
        .isEqualTo(201);
    JsonNode own = json.readTree(send(reader, get("/api/v1/users/{u}/bookmarks", reader.getUserName()), null)
        .getContentAsString());
    assertThat(own.get("bookmarks")).hasSize(1);
    assertThat(own.get("bookmarks").get(0).get("private").asBoolean()).isTrue();
    JsonNode others = json.readTree(send(writer, get("/api/v1/users/{u}/bookmarks", reader.getUserName()), null)
        .getContentAsString());
    assertThat(others.get("bookmarks")).isEmpty();
  }

  @Test
  void badBookmarksAreRefusedAsTheApisOtherErrorsAndNothingIsKept() throws Exception {
    MockHttpServletResponse noWork = send(reader, post("/api/v1/bookmarks"), "{\"notes\": \"x\"}");
    assertThat(noWork.getStatus()).isEqualTo(400);
    assertThat(json.readTree(noWork.getContentAsString()).get("fields").get("workId").asString())
        .isEqualTo("Give workId as a whole number.");
    assertThat(send(reader, post("/api/v1/bookmarks"), "{\"workId\": " + work + ", \"tags\": \"sea\"}").getStatus())
        .isEqualTo(400);
    assertThat(send(reader, post("/api/v1/bookmarks"), "{\"workId\": " + work + ", \"rec\": \"yes\"}").getStatus())
        .isEqualTo(400);
    MockHttpServletResponse tooLong = send(reader, post("/api/v1/bookmarks"),
        "{\"workId\": " + work + ", \"notes\": \"" + "n".repeat(5_001) + "\"}");
    assertThat(tooLong.getStatus()).isEqualTo(400);
    assertThat(json.readTree(tooLong.getContentAsString()).get("fields").has("notes")).isTrue();
    MockHttpServletResponse misspelt = send(reader, post("/api/v1/bookmarks"), "{\"workId\": " + work + ", \"privat\": true}");
    assertThat(misspelt.getStatus()).as("a misspelt field is told, not left out").isEqualTo(400);
    assertThat(json.readTree(misspelt.getContentAsString()).get("fields").get("privat").asString())
        .isEqualTo("'privat' is not a field here: send workId, seriesId, notes, tags, private, rec.");
    assertThat(send(reader, post("/api/v1/bookmarks"), "[1]").getStatus()).isEqualTo(400);
    assertThat(send(reader, post("/api/v1/bookmarks"), "{\"workId\": ").getStatus()).isEqualTo(400);
    assertThat(send(reader, post("/api/v1/bookmarks"), "{\"notes\": \"" + "m".repeat(1024 * 1024) + "\"}").getStatus())
        .isEqualTo(413);
    assertThat(send(reader, post("/api/v1/bookmarks"), "{\"workId\": 0}").getStatus()).isEqualTo(404);
    assertThat(send(reader, get("/api/v1/users/{u}/bookmarks", "nobody-" + word), null).getStatus()).isEqualTo(404);

    JsonNode listed = json.readTree(send(reader, get("/api/v1/users/{u}/bookmarks", reader.getUserName()), null)
        .getContentAsString());
    assertThat(listed.get("bookmarks")).isEmpty();
    assertThat(mvc.perform(get("/api/v1/users/{u}/bookmarks", reader.getUserName())).andReturn().getResponse()
        .getStatus()).isEqualTo(401);
  }

  private MockHttpServletResponse send(Account account, MockHttpServletRequestBuilder request, String body) throws Exception {
    request.header("Authorization", "Bearer " + tokens.issue(Viewer.of(account), "tests", true).token());
    if (body != null) {
      request.contentType("application/json").content(body);
    }
    return mvc.perform(request).andReturn().getResponse();
  }
}
