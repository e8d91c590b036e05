package dev.quire.posting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.posting.CoCreators;
import dev.quire.posting.Postings;
import dev.quire.posting.WorkPosting;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Input the posting pages refuse with a clear answer, changing nothing. */
class PostingBadInputTest extends ArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired WorkPosting posting;
  @Autowired CoCreators coCreators;

  @Test
  void aTwentyMegabyteChapterIsRefusedWith413BeforeItIsRead() throws Exception {
    byte[] body = new byte[20 * 1024 * 1024];
    Arrays.fill(body, (byte) 'a');
    System.arraycopy("chapterText=".getBytes(StandardCharsets.US_ASCII), 0, body, 0, 12);

    mvc.perform(post("/works").with(accounts.as(accounts.create()))
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body))
        .andExpect(status().isPayloadTooLarge());
    mvc.perform(post("/api/v1/works").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isPayloadTooLarge());
  }

  @Test
  void aChapterJustOverTheCharacterLimitIsRefusedBesideItsField() throws Exception {
    String text = "a".repeat(posting.maxChapterCharacters() + 1);
    String page = mvc.perform(post("/works").with(accounts.as(accounts.create()))
        .param("title", "Long").param("rating", "General Audiences")
        .param("warnings", "No Archive Warnings Apply").param("fandoms", "Original Work")
        .param("chapterText", text).param("action", "post"))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();

    assertThat(Jsoup.parse(page).select("#chapterText-problem").text())
        .isEqualTo("Chapter text must be at most 500,000 characters; it has 500,001.");
  }

  @Test
  void scriptInATitleIsShownAsText() throws Exception {
    String page = mvc.perform(post("/works").with(accounts.as(accounts.create()))
        .param("title", "<script>alert(1)</script>").param("chapterText", "Text.").param("action", "preview"))
        .andReturn().getResponse().getContentAsString();

    assertThat(Jsoup.parse(page).select("main script")).isEmpty();
    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void coCreatorRequestsAreShownToTheInvitedPersonOnly() throws Exception {
    Account writer = accounts.create();
    Account friend = accounts.create();
    posting.post(Viewer.of(writer), Postings.oneChapter(Postings.valid("Shared work")
        .coCreators(List.of(friend.getUserName())).build(), "Text.", false));

    String page = mvc.perform(get("/users/{u}/creatorships", friend.getUserName()).with(accounts.as(friend)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(Jsoup.parse(page).select(".requests li").text()).contains("Shared work");
    mvc.perform(get("/users/{u}/creatorships", friend.getUserName()).with(accounts.as(writer)))
        .andExpect(status().isForbidden());

    long request = coCreators.requests(Viewer.of(friend)).getFirst().id();
    mvc.perform(post("/creatorships/{id}/accept", request).with(accounts.as(writer)))
        .andExpect(status().isForbidden());
    mvc.perform(post("/creatorships/{id}/accept", request).with(accounts.as(friend)))
        .andExpect(status().is3xxRedirection());
    assertThat(coCreators.requests(Viewer.of(friend))).isEmpty();
  }
}
