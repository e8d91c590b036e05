package dev.quire.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.ingest.WorkPublisher;
import dev.quire.mail.OutboxLetter;
import dev.quire.mail.OutboxRepository;
import dev.quire.search.TestWorks;
import dev.quire.work.CreatorRepository;
import dev.quire.work.WorkRepository;
import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The archivists' list of unclaimed creators: who sees it, the search by name, and the addresses noted there. */
class UnclaimedCreatorsTest extends ArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired CreatorRepository creators;
  @Autowired WorkRepository works;
  @Autowired OutboxRepository outbox;
  @Autowired WorkPublisher publisher;
  @Autowired TransactionTemplate transactions;

  Account archivist;
  String marker;
  long work;
  long byline;

  @BeforeEach
  void twoImportedBylines() {
    archivist = accounts.create(Role.ARCHIVIST);
    marker = TestWorks.marker();
    work = TestWorks.publish(publisher, ClaimTest.story("Night Ferry " + marker, "Rowan " + marker));
    TestWorks.publish(publisher, ClaimTest.story("Day Ferry " + marker, "Ivy " + marker));
    byline = creators.findUnclaimed("Rowan " + marker).orElseThrow().getId();
  }

  @Test
  void anArchivistFindsUnclaimedCreatorsByAnyPartOfTheirNameInAnyCase() throws Exception {
    Document page = page("/archivist/creators?q=ROWAN%20" + marker, archivist);

    assertThat(page.select("table.creators tbody th a").eachText()).containsExactly("Rowan " + marker);
    assertThat(page.select("tr#creator_" + byline + " td").first().text()).isEqualTo("1");
    assertThat(page("/archivist/creators?q=" + marker, archivist).select("table.creators tbody th a").eachText())
        .containsExactly("Ivy " + marker, "Rowan " + marker);
    assertThat(page("/archivist/creators?q=%25", archivist).select("p.count").text()).isEqualTo("0 creators");
  }

  @Test
  void onlyArchivistsAndAdminsManageUnclaimedCreators() throws Exception {
    Account reader = accounts.create();
    Account wrangler = accounts.create(Role.WRANGLER);

    mvc.perform(get("/archivist/creators")).andExpect(redirectedUrl("/users/login"));
    for (Account refused : new Account[] {reader, wrangler}) {
      mvc.perform(get("/archivist/creators").with(accounts.as(refused))).andExpect(status().isForbidden());
      mvc.perform(post("/archivist/creators/{id}/email", byline).param("email", "x@example.org")
          .with(accounts.as(refused))).andExpect(status().isForbidden());
      mvc.perform(post("/archivist/creators/{id}/invitation", byline).with(accounts.as(refused)))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get("/archivist/creators").with(accounts.as(accounts.create(Role.ADMIN)))).andExpect(status().isOk());
    assertThat(creators.findById(byline).orElseThrow().getClaimEmail()).isNull();
  }

  @Test
  void anAddressIsCheckedAndNeverShownToReaders() throws Exception {
    for (String bad : new String[] {"not an address", "<script>alert(1)</script>@example.org", "a@b",
        "x".repeat(250) + "@example.org"}) {
      mvc.perform(post("/archivist/creators/{id}/email", byline).param("email", bad).with(accounts.as(archivist)))
          .andExpect(status().isBadRequest());
    }
    assertThat(creators.findById(byline).orElseThrow().getClaimEmail()).isNull();

    mvc.perform(post("/archivist/creators/{id}/email", byline).param("email", "rowan@example.org")
        .with(accounts.as(archivist))).andExpect(status().is3xxRedirection());
    String pseudPage = mvc.perform(get("/works/{id}", work)).andReturn().getResponse().getContentAsString()
        + mvc.perform(get(URI.create("/users/unclaimed/pseuds/Rowan%20" + marker)))
            .andReturn().getResponse().getContentAsString();
    assertThat(pseudPage).contains("Rowan " + marker).doesNotContain("rowan@example.org");
  }

  @Test
  void anInvitationNeedsAnAddressAndOnlyAnUnclaimedCreatorIsInvited() throws Exception {
    long before = outbox.count();

    String message = mvc.perform(post("/archivist/creators/{id}/invitation", byline).with(accounts.as(archivist)))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getErrorMessage();
    assertThat(message).isEqualTo("Please note the creator's address before sending an invitation.");
    mvc.perform(post("/archivist/creators/{id}/invitation", 987654321L).with(accounts.as(archivist)))
        .andExpect(status().isBadRequest());
    assertThat(outbox.count()).isEqualTo(before);
  }

  @Test
  void anInvitationIsAPlainLetterToTheNotedAddressAndTheListSaysWhenItWent() throws Exception {
    mvc.perform(post("/archivist/creators/{id}/email", byline).param("email", "rowan@example.org")
        .with(accounts.as(archivist))).andExpect(status().is3xxRedirection());
    mvc.perform(post("/archivist/creators/{id}/invitation", byline).param("q", marker).with(accounts.as(archivist)))
        .andExpect(redirectedUrl("/archivist/creators?q=" + marker));

    assertThat(outbox.findTop100ByOrderByIdDesc()).map(OutboxLetter::letter)
        .filteredOn(l -> l.to().equals("rowan@example.org") && l.body().contains("Rowan " + marker)).hasSize(1);
    assertThat(page("/archivist/creators?q=" + marker, archivist).select("tr#creator_" + byline + " span.sent").text())
        .startsWith("Last sent ");
  }

  @Test
  void worksImportedFromTheCommandLineHaveNoOwnerAndTheirBylinesNoImporter() {
    transactions.executeWithoutResult(t -> {
      assertThat(works.findById(work).orElseThrow().getOwner()).isNull();
      assertThat(creators.findById(byline).orElseThrow().getImportedBy()).isNull();
    });
  }

  private Document page(String url, Account as) throws Exception {
    return Jsoup.parse(mvc.perform(get(URI.create(url)).with(accounts.as(as)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }
}
