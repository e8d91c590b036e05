package dev.quire.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.ingest.Importer;
import dev.quire.work.Creator;
import dev.quire.work.CreatorRepository;
import dev.quire.work.Work;
import dev.quire.work.WorkRepository;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person deletes their account: their works are orphaned (under their pseuds' names or as
 * orphan_account) or deleted, as they choose, and they are logged out everywhere.
 */
class DeleteAccountTest extends ArchiveTest {

  private static final String PASSWORD = "lantern orchard sevenfold";

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired AccountRepository repository;
  @Autowired CreatorRepository creators;
  @Autowired WorkRepository works;
  @Autowired Importer importer;
  @Autowired TransactionTemplate transactions;
  @Autowired FindByIndexNameSessionRepository<? extends Session> sessions;

  @Test
  void orphaningKeepsThePseudsNameOnTheWorkUnderOrphanAccount() throws Exception {
    Account account = accounts.create(PASSWORD);
    String pseud = "Pseud" + suffix();
    long work = workBy(account, pseud);

    mvc.perform(delete(account, "ORPHAN_KEEPING_PSEUDS", PASSWORD)).andExpect(status().isOk());

    assertThat(repository.findById(account.getId())).isEmpty();
    assertThat(creditsOf(work)).containsExactly(Account.ORPHAN_ACCOUNT + "/" + pseud);
    assertThat(creators.findByAccount(account.getId())).isEmpty();
  }

  @Test
  void orphaningAsOrphanAccountLeavesNoNameOfTheirs() throws Exception {
    Account account = accounts.create(PASSWORD);
    long work = workBy(account, "Pseud" + suffix());

    mvc.perform(delete(account, "ORPHAN_AS_ORPHAN_ACCOUNT", PASSWORD)).andExpect(status().isOk());

    assertThat(creditsOf(work)).containsExactly(Account.ORPHAN_ACCOUNT + "/" + Account.ORPHAN_ACCOUNT);
  }

  @Test
  void deletingWorksDeletesTheirOwnAndLeavesASharedOneToItsOtherCreator() throws Exception {
    Account account = accounts.create(PASSWORD);
    Account other = accounts.create(PASSWORD);
    long own = workBy(account, "Pseud" + suffix());
    String otherPseud = "Other" + suffix();
    long shared = workBy(other, otherPseud);
    String mine = "Mine" + suffix();
    transactions.executeWithoutResult(tx -> {
      Creator pseud = creators.save(Creator.pseud(mine, repository.findById(account.getId()).orElseThrow(), false));
      works.findById(shared).orElseThrow().addCreator(pseud);
    });

    mvc.perform(delete(account, "DELETE", PASSWORD)).andExpect(status().isOk());

    assertThat(works.findById(own)).isEmpty();
    mvc.perform(get("/works/" + own)).andExpect(status().isNotFound());
    assertThat(creditsOf(shared)).containsExactly(other.getUserName() + "/" + otherPseud);
  }

  @Test
  void aWrongPasswordOrNoChoiceOrNoConfirmationChangesNothing() throws Exception {
    Account account = accounts.create(PASSWORD);
    long work = workBy(account, "Pseud" + suffix());

    assertThat(mvc.perform(delete(account, "DELETE", "not my password"))
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString())
        .contains("That is not your password.");
    mvc.perform(delete(account, "EVERYTHING", PASSWORD)).andExpect(status().isUnprocessableContent());
    mvc.perform(post("/account/delete").param("works", "DELETE").param("password", PASSWORD)
        .with(accounts.as(account))).andExpect(status().isUnprocessableContent());

    assertThat(repository.findById(account.getId())).isPresent();
    assertThat(works.findById(work)).isPresent();
  }

  @Test
  void endsTheAccountsSessionsOnEveryNode() throws Exception {
    Account account = accounts.create(PASSWORD);
    Account bystander = accounts.create(PASSWORD);
    String elsewhere = sessionOf(account.getUserName());
    String theirs = sessionOf(bystander.getUserName());

    mvc.perform(delete(account, "ORPHAN_AS_ORPHAN_ACCOUNT", PASSWORD))
        .andExpect(status().isOk())
        .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("has been deleted"));

    assertThat(sessions.findById(elsewhere)).isNull();
    assertThat(sessions.findByPrincipalName(account.getUserName())).isEmpty();
    assertThat(sessions.findById(theirs)).isNotNull();
  }

  @Test
  void asksForThePasswordAChoiceAndAConfirmation() throws Exception {
    String page = mvc.perform(get("/account/delete").with(accounts.as(accounts.create(PASSWORD))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(page).contains("name=\"password\"", "value=\"ORPHAN_KEEPING_PSEUDS\"",
        "value=\"ORPHAN_AS_ORPHAN_ACCOUNT\"", "value=\"DELETE\"", "name=\"confirm\"");
    assertThat(page).containsPattern("<input type=\"hidden\" name=\"(_csrf|authenticity_token)\"");
  }

  @Test
  void sendsAGuestToLogIn() throws Exception {
    mvc.perform(get("/account/delete")).andExpect(status().isFound());
  }

  /** A session in the database logged in as {@code userName}, as another node would keep it. */
  private String sessionOf(String userName) {
    Session session = sessions.createSession();
    session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, userName);
    save(session);
    return session.getId();
  }

  @SuppressWarnings("unchecked")
  private <S extends Session> void save(Session session) {
    ((FindByIndexNameSessionRepository<S>) sessions).save((S) session);
  }

  private MockHttpServletRequestBuilder delete(Account account, String works, String password) {
    return post("/account/delete").param("works", works).param("password", password).param("confirm", "yes")
        .with(accounts.as(account));
  }

  /** A new work whose one byline is a pseud {@code pseud} of {@code account}, as after a claim. */
  private long workBy(Account account, String pseud) {
    String text = "Title: A Walk " + suffix() + "\nAuthor: " + pseud + "\n\n"
        + "They walked along the river until the lamps came on. " + suffix() + "\n";
    long work = importer.importBytes("walk.txt", "walk-" + suffix() + ".txt", text.getBytes(StandardCharsets.UTF_8),
        false).workId();
    transactions.executeWithoutResult(tx -> works.findById(work).orElseThrow().getCreators().getFirst()
        .moveTo(repository.findById(account.getId()).orElseThrow()));
    return work;
  }

  private List<String> creditsOf(long work) {
    return transactions.execute(tx -> works.findById(work).map(Work::getCreators).orElseThrow().stream()
        .map(c -> c.getUserName() + "/" + c.getName()).toList());
  }

  private static String suffix() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }
}
