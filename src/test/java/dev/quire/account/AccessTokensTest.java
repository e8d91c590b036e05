package dev.quire.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.download.DownloadAddress;
import dev.quire.download.DownloadFormat;
import dev.quire.posting.Postings;
import dev.quire.posting.WorkPosting;
import dev.quire.work.Creator;
import dev.quire.work.CreatorRepository;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Personal access tokens: made and revoked on {@code /account/tokens}, shown once, kept hashed,
 * and presented as {@code Authorization: Bearer TOKEN} to the API.
 */
class AccessTokensTest extends ArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired AccessTokens tokens;
  @Autowired AccountRepository accountRepository;
  @Autowired CreatorRepository creators;
  @Autowired JdbcTemplate jdbc;
  @org.springframework.boot.test.web.server.LocalServerPort int port;
  @Autowired WorkPosting posting;

  static String bearer(String token) {
    return "Bearer " + token;
  }

  static String basic(String userName, String token) {
    return "Basic " + java.util.Base64.getEncoder().encodeToString(
        (userName + ":" + token).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void aTokenIsKeptOnlyAsItsHash() {
    Account account = accounts.create();

    AccessTokens.Issued issued = tokens.issue(Viewer.of(account), "uploader", true);

    assertThat(issued.token()).startsWith("quire_").hasSize("quire_".length() + 43);
    List<String> stored = jdbc.queryForList(
        "select token_hash || label from access_token where account_id = ?", String.class, account.getId());
    assertThat(stored).singleElement().asString().doesNotContain(issued.token().substring(6));
  }

  @Test
  void aTokenActsForItsAccountOnTheApi() throws Exception {
    Account account = accounts.create(Role.WRANGLER, Role.ADMIN);
    creators.save(Creator.pseud(account.getUserName(), account, true));
    creators.save(Creator.pseud("Another Name", account, false));
    String token = tokens.issue(Viewer.of(account), "reader", false).token();

    mvc.perform(get("/api/v1/me").header("Authorization", bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value(account.getUserName()))
        .andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.contains("wrangler", "admin")))
        .andExpect(jsonPath("$.pseuds").value(org.hamcrest.Matchers.contains(account.getUserName(), "Another Name")));
  }

  @Test
  void theApiWithoutATokenAsksForOne() throws Exception {
    mvc.perform(get("/api/v1/me"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"quire\""))
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("personal access token")));
  }

  @Test
  void anUnknownTokenIsRefusedWith401() throws Exception {
    mvc.perform(get("/api/v1/me").header("Authorization", bearer("quire_notatokenthearchiveeverissued")))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.message").value("This token is not valid: it was revoked, or never issued."));
    // Even where guests may read: a client that sends a token expects to be told it is wrong.
    mvc.perform(get("/api/v1/works").header("Authorization", bearer("not even the shape")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aReadingAppReadsTheCatalogWithTheUserNameAndATokenAsPassword() throws Exception {
    Account account = accounts.create();
    String token = tokens.issue(Viewer.of(account), "e-reader", false).token();

    mvc.perform(get("/opds").header("Authorization", basic(account.getUserName(), token)))
        .andExpect(status().isOk());
    mvc.perform(get("/opds").header("Authorization", basic(account.getUserName().toUpperCase(), token)))
        .andExpect(status().isOk());
    mvc.perform(get("/works/feed.atom").header("Authorization", bearer(token))).andExpect(status().isOk());
    mvc.perform(get("/opds")).andExpect(status().isOk());
  }

  @Test
  void aReadingAppDownloadsARestrictedWorkWithItsReadersKey() throws Exception {
    Account writer = accounts.create();
    Account reader = accounts.create();
    String title = "Members Only " + Postings.word();
    long id = posting.post(Viewer.of(writer), Postings.oneChapter(
        Postings.valid(title).restricted(true).build(), "The bells rang over the square.", false));
    String key = basic(reader.getUserName(), tokens.issue(Viewer.of(reader), "e-reader", false).token());
    String epub = DownloadAddress.ofWork(id, title, DownloadFormat.EPUB);

    String found = mvc.perform(get("/opds/search").param("q", title).header("Authorization", key))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(found).contains(epub);
    mvc.perform(get(epub).header("Authorization", key))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/epub+zip"));
    assertThat(mvc.perform(get("/opds/search").param("q", title)).andReturn().getResponse().getContentAsString())
        .doesNotContain(epub);
    mvc.perform(get(epub)).andExpect(status().isNotFound());
  }

  @Test
  void aReadingAppsWrongKeyIsRefusedWithAChallengeToAskAgain() throws Exception {
    Account account = accounts.create();
    Account someoneElse = accounts.create();
    String token = tokens.issue(Viewer.of(account), "e-reader", false).token();

    for (String credentials : List.of(
        basic(someoneElse.getUserName(), token), basic(account.getUserName(), "quire_notatoken"),
        basic(account.getUserName(), "the account's password is not a key"),
        "Basic not-base64!", "Basic " + java.util.Base64.getEncoder().encodeToString("no colon".getBytes()),
        bearer("quire_notatoken"))) {
      mvc.perform(get("/opds/recent").header("Authorization", credentials))
          .andExpect(status().isUnauthorized())
          .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic realm=\"quire\"")))
          .andExpect(content().string(org.hamcrest.Matchers.startsWith("This token is not valid")));
    }
  }

  @Test
  void aTokenLogsInNoPageButTheCatalogFeedsAndDownloads() throws Exception {
    Account account = accounts.create();
    String token = tokens.issue(Viewer.of(account), "e-reader", true).token();

    mvc.perform(get("/account").header("Authorization", bearer(token)))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/users/login"));
    mvc.perform(get("/account").header("Authorization", basic(account.getUserName(), token)))
        .andExpect(status().is3xxRedirection());
    // Nor does it write: a form still needs a session and its CSRF token.
    mvc.perform(post("/account/mutes").param("name", "anyone").header("Authorization", bearer(token)))
        .andExpect(status().isForbidden());
  }

  @Test
  void anAddressTheApiDoesNotHaveIsA404WithItsMessage() throws Exception {
    Account account = accounts.create();
    String token = tokens.issue(Viewer.of(account), "script", true).token();

    // Over HTTP: the servlet container's error dispatch, which MockMvc leaves out, writes the answer.
    java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/me/hides/someone"))
            .header("Authorization", bearer(token)).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.body())
        .isEqualTo("{\"message\":\"The API has no address /api/v1/me/hides/someone: see the JSON API in the README.\"}");
  }

  @Test
  void aRevokedTokenIsRefusedAtOnce() throws Exception {
    Account account = accounts.create();
    AccessTokens.Issued issued = tokens.issue(Viewer.of(account), "old script", true);
    mvc.perform(get("/api/v1/me").header("Authorization", bearer(issued.token()))).andExpect(status().isOk());

    assertThat(tokens.revoke(Viewer.of(account), issued.id())).isTrue();

    mvc.perform(get("/api/v1/me").header("Authorization", bearer(issued.token())))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.message").exists());
  }

  @Test
  void aReadTokenCannotWrite() throws Exception {
    Account account = accounts.create();
    String token = tokens.issue(Viewer.of(account), "reader", false).token();

    mvc.perform(post("/api/v1/works").header("Authorization", bearer(token))
            .contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("This token may only read.")));
  }

  @Test
  void aSuspendedAccountsTokensAreRefused() throws Exception {
    Account account = accounts.create();
    String token = tokens.issue(Viewer.of(account), "script", true).token();
    account.setSuspended(true);
    accountRepository.save(account);

    mvc.perform(get("/api/v1/me").header("Authorization", bearer(token)))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("suspended")));
  }

  @Test
  void aTokensUseIsRecorded() throws Exception {
    Account account = accounts.create();
    String token = tokens.issue(Viewer.of(account), "script", false).token();
    assertThat(tokens.of(Viewer.of(account))).singleElement().extracting(AccessTokens.Listed::lastUsedAt).isNull();

    mvc.perform(get("/api/v1/me").header("Authorization", bearer(token))).andExpect(status().isOk());

    assertThat(tokens.of(Viewer.of(account))).singleElement().extracting(AccessTokens.Listed::lastUsedAt).isNotNull();
  }

  @Test
  void tokensAreRefusedToGuestsSystemAccountsAndBlankLabels() {
    Account account = accounts.create();

    assertThatThrownBy(() -> tokens.issue(Viewer.guest(), "x", false)).isInstanceOf(TokenRefusedException.class);
    assertThatThrownBy(() -> tokens.issue(Viewer.of(accountRepository.orphanAccount()), "x", false))
        .isInstanceOf(TokenRefusedException.class);
    assertThatThrownBy(() -> tokens.issue(Viewer.of(account), "  ", false))
        .hasMessageContaining("label of 1 to 100 characters");
    assertThatThrownBy(() -> tokens.issue(Viewer.of(account), "x".repeat(101), false))
        .isInstanceOf(TokenRefusedException.class);
  }

  @Test
  void theTokensPageNeedsALogIn() throws Exception {
    mvc.perform(get("/account/tokens")).andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/users/login"));
  }

  @Test
  void theTokensPageShowsANewTokenOnceAndListsItAfter() throws Exception {
    Account account = accounts.create();

    String created = mvc.perform(post("/account/tokens").with(accounts.as(account))
            .param("label", "My <b>uploader</b>").param("access", "write"))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
        .andReturn().getResponse().getContentAsString();
    Document page = Jsoup.parse(created);
    String token = page.selectFirst("input#new-token").val();
    assertThat(token).startsWith("quire_");
    assertThat(created).contains("My &lt;b&gt;uploader&lt;/b&gt;").doesNotContain("<b>uploader");

    String later = mvc.perform(get("/account/tokens").with(accounts.as(account)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(later).doesNotContain(token);
    assertThat(Jsoup.parse(later).select("table.tokens tbody tr")).singleElement()
        .satisfies(row -> assertThat(row.text()).contains("My <b>uploader</b>", "read and write", "never"));
  }

  @Test
  void aBlankLabelIsSaidPlainlyAndMakesNoToken() throws Exception {
    Account account = accounts.create();

    String page = mvc.perform(post("/account/tokens").with(accounts.as(account)).param("label", " "))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

    assertThat(Jsoup.parse(page).selectFirst("#token-problem").text()).contains("Give the token a label");
    assertThat(tokens.of(Viewer.of(account))).isEmpty();
  }

  @Test
  void anAccountRevokesItsOwnTokensOnly() throws Exception {
    Account owner = accounts.create();
    Account stranger = accounts.create();
    long id = tokens.issue(Viewer.of(owner), "script", false).id();

    mvc.perform(post("/account/tokens/{id}/revoke", id).with(accounts.as(stranger)))
        .andExpect(status().isNotFound());
    assertThat(tokens.of(Viewer.of(owner))).hasSize(1);

    mvc.perform(post("/account/tokens/{id}/revoke", id).with(accounts.as(owner)))
        .andExpect(status().is3xxRedirection());
    assertThat(tokens.of(Viewer.of(owner))).isEmpty();
  }
}
