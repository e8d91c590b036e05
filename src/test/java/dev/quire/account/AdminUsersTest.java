package dev.quire.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.ingest.Importer;
import dev.quire.tag.TagKind;
import dev.quire.work.TagSuggestion;
import dev.quire.work.WorkRepository;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code /admin/users}: a moderator finds an account and suspends it, which ends its sessions and
 * refuses its log-in; an admin grants and takes back roles, which count from the next request.
 */
class AdminUsersTest extends ArchiveTest {

  private static final String PASSWORD = "a lantern by the weir";

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired AccountRepository repository;
  @Autowired WorkRepository works;
  @Autowired Importer importer;
  @Autowired TransactionTemplate transactions;

  @Test
  void aSuspendedAccountsOpenSessionEndsAndItCannotLogInUntilTheSuspensionIsLifted() throws Exception {
    Account member = accounts.create(PASSWORD);
    Account moderator = accounts.create(Role.MODERATOR);
    HttpVisitor visitor = new HttpVisitor(port);
    visitor.logIn(member.getUserName(), PASSWORD);
    assertThat(visitor.get("/account").statusCode()).isEqualTo(200);

    mvc.perform(post("/admin/users/{user}/suspend", member.getUserName()).with(accounts.as(moderator)))
        .andExpect(status().isFound());

    assertThat(visitor.get("/account").statusCode()).as("the open session ended").isEqualTo(302);
    HttpResponse<String> again = visitor.logIn(member.getUserName(), PASSWORD);
    assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/users/login?suspended");

    mvc.perform(post("/admin/users/{user}/unsuspend", member.getUserName()).with(accounts.as(moderator)))
        .andExpect(status().isFound());
    visitor.logIn(member.getUserName(), PASSWORD);
    assertThat(visitor.get("/account").statusCode()).isEqualTo(200);
  }

  @Test
  void aModeratorFindsAccountsByPartOfTheirNameAndIsOfferedSuspensionButNotRoles() throws Exception {
    Account member = accounts.create();
    Account moderator = accounts.create(Role.MODERATOR);

    Document page = page(get("/admin/users").param("name", member.getUserName().substring(0, 12).toUpperCase())
        .with(accounts.as(moderator)));

    assertThat(page.select("table.accounts th[scope=row]").eachText()).contains(member.getUserName());
    assertThat(page.select("form[action=/admin/users/" + member.getUserName() + "/suspend] button").text())
        .isEqualTo("Suspend " + member.getUserName());
    assertThat(page.select("form[action$=/roles]")).isEmpty();
    mvc.perform(post("/admin/users/{user}/roles", member.getUserName()).param("role", "admin")
        .with(accounts.as(moderator))).andExpect(status().isForbidden());
  }

  @Test
  void nobodySuspendsThemselvesOrTheArchivesOwnAccounts() throws Exception {
    Account admin = accounts.create(Role.ADMIN);

    mvc.perform(post("/admin/users/{user}/suspend", admin.getUserName()).with(accounts.as(admin)))
        .andExpect(status().isForbidden());
    mvc.perform(post("/admin/users/{user}/suspend", Account.UNCLAIMED).with(accounts.as(admin)))
        .andExpect(status().isForbidden());
    mvc.perform(post("/admin/users/{user}/roles", Account.ORPHAN_ACCOUNT).param("role", "admin")
        .with(accounts.as(admin))).andExpect(status().isNotFound());

    assertThat(repository.findById(admin.getId()).orElseThrow().isSuspended()).isFalse();
    assertThat(repository.unclaimed().isSuspended()).isFalse();
    assertThat(rolesOf(repository.orphanAccount())).isEmpty();
  }

  @Test
  void anAdminGrantsWranglerAndTheAccountMayThenDecideSuggestions() throws Exception {
    Account member = accounts.create();
    Account admin = accounts.create(Role.ADMIN);
    long work = workWithSuggestion();
    mvc.perform(accept(work, suggestionOf(work), member)).andExpect(status().isForbidden());

    mvc.perform(post("/admin/users/{user}/roles", member.getUserName()).param("role", "wrangler")
        .with(accounts.as(admin))).andExpect(status().isFound());

    assertThat(rolesOf(member)).containsExactly(Role.WRANGLER);
    mvc.perform(accept(work, suggestionOf(work), member)).andExpect(status().isFound());
  }

  @Test
  void untickingEveryRoleTakesThemAllBack() throws Exception {
    Account member = accounts.create(Role.WRANGLER, Role.ARCHIVIST);

    mvc.perform(post("/admin/users/{user}/roles", member.getUserName())
        .with(accounts.as(accounts.create(Role.ADMIN)))).andExpect(status().isFound());

    assertThat(rolesOf(member)).isEmpty();
  }

  @Test
  void theAccountPageLeadsModeratorsAndAdminsToAccountsAndNobodyElse() throws Exception {
    for (Role role : new Role[] {Role.MODERATOR, Role.ADMIN}) {
      assertThat(page(get("/account").with(accounts.as(accounts.create(role)))).select("a[href=/admin/users]"))
          .as(role.key()).hasSize(1);
    }
    assertThat(page(get("/account").with(accounts.as(accounts.create(Role.WRANGLER)))).select("a[href=/admin/users]"))
        .isEmpty();
  }

  private Set<Role> rolesOf(Account account) {
    return transactions.execute(t -> Set.copyOf(repository.findById(account.getId()).orElseThrow().getRoles()));
  }

  private MockHttpServletRequestBuilder accept(long work, long suggestion, Account account) {
    return post("/works/{id}/suggestions/{s}/accept", work, suggestion).with(accounts.as(account));
  }

  private long workWithSuggestion() {
    String text = "Title: Weir " + UUID.randomUUID() + "\n\nThe water ran over the weir all night long.\n";
    long work = importer.importBytes("weir.txt", "weir-" + UUID.randomUUID() + ".txt",
        text.getBytes(StandardCharsets.UTF_8), false).workId();
    transactions.executeWithoutResult(t -> works.findById(work).orElseThrow()
        .addSuggestion(TagKind.FREEFORM, "Weirs " + UUID.randomUUID().toString().substring(0, 8), 0.5, "a word", null));
    return work;
  }

  private long suggestionOf(long work) {
    return transactions.execute(t -> works.findById(work).orElseThrow().getWaitingSuggestions().stream()
        .map(TagSuggestion::getId).findFirst().orElseThrow());
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }
}
