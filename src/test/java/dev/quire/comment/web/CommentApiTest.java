package dev.quire.comment.web;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The comment API as a script with a token uses it: the thread tree of a work, and posting with {@code {"body","parentId","chapterId"}}. */
class CommentApiTest extends ArchiveTest {

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
    work = posting.post(Viewer.of(writer), new NewWork(Postings.valid("Orchard " + word).build(),
        List.of(ChapterText.plain("One", "The apples fell.")), false));
  }

  @Test
  void aTokenHolderPostsACommentAndAReplyAndReadsThemAsATree() throws Exception {
    MockHttpServletResponse created = send(reader, post("/api/v1/works/{id}/comments", work),
        "{\"body\": \"<p>Crisp <script>x()</script>apples " + word + "</p>\"}");
    assertThat(created.getStatus()).isEqualTo(201);
    JsonNode comment = json.readTree(created.getContentAsString());
    long id = comment.get("id").asLong();
    assertThat(created.getHeader("Location")).isEqualTo("/comments/" + id);
    assertThat(comment.get("body").asString()).isEqualTo("<p>Crisp apples " + word + "</p>");
    assertThat(comment.get("user").asString()).isEqualTo(reader.getUserName());

    MockHttpServletResponse reply = send(writer, post("/api/v1/works/{id}/comments", work),
        "{\"body\": \"Thank you " + word + "\", \"parentId\": " + id + "}");
    assertThat(reply.getStatus()).isEqualTo(201);

    JsonNode tree = json.readTree(send(reader, get("/api/v1/works/{id}/comments", work), null).getContentAsString());
    assertThat(tree.get("comments")).hasSize(1);
    JsonNode thread = tree.get("comments").get(0);
    assertThat(thread.get("id").asLong()).isEqualTo(id);
    assertThat(thread.get("replies").get(0).get("body").asString()).isEqualTo("Thank you " + word);
    assertThat(thread.get("replies").get(0).get("parentId").asLong()).isEqualTo(id);
  }

  @Test
  void badCommentsAreRefusedAsTheApisOtherErrorsAndNothingIsKept() throws Exception {
    MockHttpServletResponse empty = send(reader, post("/api/v1/works/{id}/comments", work), "{\"body\": \"  \"}");
    assertThat(empty.getStatus()).isEqualTo(400);
    assertThat(json.readTree(empty.getContentAsString()).get("fields").get("body").asString()).isEqualTo("Please write a comment.");

    MockHttpServletResponse noChapter = send(reader, post("/api/v1/works/{id}/comments", work),
        "{\"body\": \"On a chapter " + word + "\", \"chapterId\": 0}");
    assertThat(noChapter.getStatus()).isEqualTo(400);
    assertThat(json.readTree(noChapter.getContentAsString()).get("fields").has("chapterId")).isTrue();

    MockHttpServletResponse notANumber = send(reader, post("/api/v1/works/{id}/comments", work),
        "{\"body\": \"x\", \"parentId\": \"first\"}");
    assertThat(notANumber.getStatus()).isEqualTo(400);

    MockHttpServletResponse megabyte = send(reader, post("/api/v1/works/{id}/comments", work),
        "{\"body\": \"" + "m".repeat(1024 * 1024) + "\"}");
    assertThat(megabyte.getStatus()).isEqualTo(413);

    long id = json.readTree(send(reader, post("/api/v1/works/{id}/comments", work), "{\"body\": \"Soon gone " + word + "\"}")
        .getContentAsString()).get("id").asLong();
    send(writer, post("/api/v1/works/{id}/comments", work), "{\"body\": \"Stays " + word + "\", \"parentId\": " + id + "}");
    mvc.perform(post("/comments/{id}/delete", id).with(accounts.as(reader)));
    MockHttpServletResponse toDeleted = send(writer, post("/api/v1/works/{id}/comments", work),
        "{\"body\": \"Hello? " + word + "\", \"parentId\": " + id + "}");
    assertThat(toDeleted.getStatus()).isEqualTo(422);
    assertThat(json.readTree(toDeleted.getContentAsString()).get("message").asString())
        .isEqualTo("You cannot reply to a comment that has been deleted.");

    JsonNode thread = json.readTree(send(reader, get("/api/v1/works/{id}/comments", work), null).getContentAsString())
        .get("comments").get(0);
    assertThat(thread.get("deleted").asBoolean()).isTrue();
    assertThat(thread.get("body").isNull()).isTrue();
    assertThat(thread.get("replies")).hasSize(1);

    assertThat(mvc.perform(get("/api/v1/works/{id}/comments", work)).andReturn().getResponse().getStatus()).isEqualTo(401);
    assertThat(send(reader, get("/api/v1/works/{id}/comments", 0), null).getStatus()).isEqualTo(404);
  }

  private MockHttpServletResponse send(Account account, MockHttpServletRequestBuilder request, String body) throws Exception {
    request.header("Authorization", "Bearer " + tokens.issue(Viewer.of(account), "tests", true).token());
    if (body != null) {
      request.contentType("application/json").content(body);
    }
    return mvc.perform(request).andReturn().getResponse();
  }
}
