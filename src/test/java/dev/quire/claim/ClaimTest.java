package dev.quire.claim;

import dev.quire.account.Viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.AccountRepository;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.ingest.WorkPublisher;
import dev.quire.mail.Letter;
import dev.quire.mail.OutboxLetter;
import dev.quire.mail.OutboxRepository;
import dev.quire.search.TestWorks;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.work.Creator;
import dev.quire.work.CreatorRepository;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkSummary;
import dev.quire.work.WorkSummary.Byline;
import dev.quire.account.Viewer;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims of imported works, through the pages and the outbox: an archivist invites the address of
 * a byline's creator, and whoever opens the letter's link logged in and accepts gets the works.
 */
class ClaimTest extends ArchiveTest {

  private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+/claims/([A-Za-z0-9_-]+)");

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired AccountRepository accountRepository;
  @Autowired CreatorRepository creators;
  @Autowired OutboxRepository outbox;
  @Autowired WorkPublisher publisher;
  @Autowired WorkCatalog catalog;
  @Autowired WorkQuery query;
  @Autowired JdbcTemplate jdbc;
  @Autowired Claims claims;
  @Autowired TransactionTemplate transactions;

  Account archivist;
  Account claimant;
  String marker;
  String name;
  String address;
  long work;
  long byline;

  @BeforeEach
  void anImportedWorkAndAnArchivistWhoKnowsItsCreatorsAddress() {
    archivist = accounts.create(Role.ARCHIVIST);
    claimant = withDefaultPseud(accounts.create());
    marker = TestWorks.marker();
    name = "Sam " + marker;
    address = "sam." + marker + "@example.org";
    work = TestWorks.publish(publisher, story("Harbour Lights " + marker, name));
    byline = creators.findUnclaimed(name).orElseThrow().getId();
  }

  @Test
  void whoeverAcceptsTheInvitationsLinkGetsTheWorksOnAPseudOfTheirAccount() throws Exception {
    String token = invite();

    String offer = mvc.perform(get("/claims/{t}", token).with(accounts.as(claimant)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(Jsoup.parse(offer).select("main a[rel=author]").text()).isEqualTo(name);
    mvc.perform(post("/claims/{t}", token).with(accounts.as(claimant)))
        .andExpect(redirectedUrl(new Byline(name, claimant.getUserName()).pseudPath()));

    assertThat(catalog.details(Viewer.guest(), work).orElseThrow().summary().bylines())
        .containsExactly(new Byline(name, claimant.getUserName()));
    assertThat(query.search(Viewer.guest(), WorkSearch.of(marker)).works()).extracting(WorkSummary::bylines)
        .containsExactly(List.of(new Byline(name, claimant.getUserName())));
    assertThat(creators.findUnclaimed(name)).isEmpty();
    assertThat(creators.findById(byline).orElseThrow().getClaimEmail()).isNull();
  }

  @Test
  void aClaimOfANameTheClaimantAlreadyHasMergesTheCreditsIntoTheirPseudAndTheIndexSaysSo() throws Exception {
    String theirs = "5AM " + marker;
    transactions.executeWithoutResult(t ->
        creators.save(Creator.pseud(theirs, accountRepository.findById(claimant.getId()).orElseThrow(), false)));
    assertThat(query.search(Viewer.guest(), WorkSearch.of("creators:\"" + theirs + "\"")).works()).isEmpty();

    mvc.perform(post("/claims/{t}", invite()).with(accounts.as(claimant)))
        .andExpect(redirectedUrl(new Byline(theirs, claimant.getUserName()).pseudPath()));

    assertThat(catalog.details(Viewer.guest(), work).orElseThrow().summary().bylines())
        .containsExactly(new Byline(theirs, claimant.getUserName()));
    assertThat(query.search(Viewer.guest(), WorkSearch.of("creators:\"" + theirs + "\"")).works())
        .extracting(WorkSummary::id).containsExactly(work);
    assertThat(creators.findById(byline)).isEmpty();
  }

  @Test
  void anInvitationOffersEveryBylineNotedWithItsAddressAndNoOther() throws Exception {
    String alias = "S. Vale " + marker;
    String other = "Someone Else " + marker;
    long aliasWork = TestWorks.publish(publisher, story("Harbour Bells " + marker, alias));
    long otherWork = TestWorks.publish(publisher, story("Harbour Gulls " + marker, other));
    mvc.perform(post("/archivist/creators/{id}/email", creators.findUnclaimed(alias).orElseThrow().getId())
        .param("email", address.toUpperCase(java.util.Locale.ROOT)).with(accounts.as(archivist)))
        .andExpect(status().is3xxRedirection());
    String token = invite();

    String offer = mvc.perform(get("/claims/{t}", token).with(accounts.as(claimant)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(Jsoup.parse(offer).select("main a[rel=author]").eachText()).containsExactly(name, alias);
    mvc.perform(post("/claims/{t}", token).with(accounts.as(claimant))).andExpect(status().is3xxRedirection());

    assertThat(catalog.details(Viewer.guest(), aliasWork).orElseThrow().summary().bylines())
        .containsExactly(new Byline(alias, claimant.getUserName()));
    assertThat(catalog.details(Viewer.guest(), otherWork).orElseThrow().summary().bylines())
        .containsExactly(new Byline(other, Account.UNCLAIMED));
  }

  @Test
  void aUserRegisteringAsSamGetsNothingOfAnImportedSam() throws Exception {
    String userName = "Sam_" + marker;
    long imported = TestWorks.publish(publisher, story("Tide Tables " + marker, userName));
    Account sam = withDefaultPseud(transactions.execute(t -> accountRepository.save(
        new Account(userName, userName + "@example.org", null, Instant.now()))));
    long importedLater = TestWorks.publish(publisher, story("Tide Charts " + marker, userName));

    for (long id : new long[] {imported, importedLater}) {
      assertThat(catalog.details(Viewer.guest(), id).orElseThrow().summary().bylines())
          .containsExactly(new Byline(userName, Account.UNCLAIMED));
    }
    String pseudPage = mvc.perform(get("/users/{u}/pseuds/{p}", userName, userName))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(Jsoup.parse(pseudPage).select("main h3.heading").text()).isEqualTo("0 Works by " + userName);
  }

  @Test
  void aUsedLinkClaimsNothingMoreAndSaysWhy() throws Exception {
    String token = invite();
    Account second = withDefaultPseud(accounts.create());
    mvc.perform(post("/claims/{t}", token).with(accounts.as(claimant))).andExpect(status().is3xxRedirection());

    String message = mvc.perform(post("/claims/{t}", token).with(accounts.as(second)))
        .andExpect(status().isGone()).andReturn().getResponse().getErrorMessage();
    assertThat(message).isEqualTo("This claim link has been used already: its works have been claimed.");
    mvc.perform(get("/claims/{t}", token).with(accounts.as(claimant))).andExpect(status().isGone());
    assertThat(catalog.details(Viewer.guest(), work).orElseThrow().summary().bylines())
        .containsExactly(new Byline(name, claimant.getUserName()));
  }

  @Test
  void twoPeopleAcceptingOneLinkAtOnceMakeOneClaim() throws Exception {
    String token = invite();
    Account second = withDefaultPseud(accounts.create());
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<String>> accepting = Stream.of(claimant, second).map(account -> (Callable<String>) () -> {
      start.await();
      try {
        return claims.accept(Viewer.of(account), token);
      } catch (ClaimLinkException e) {
        return e.getReason();
      }
    }).toList();

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> answers = accepting.stream().map(pool::submit).toList();
      start.countDown();
      List<String> said = new ArrayList<>();
      for (Future<String> answer : answers) {
        said.add(answer.get(60, TimeUnit.SECONDS));
      }
      assertThat(said).filteredOn(s -> s.startsWith("/users/")).hasSize(1);
      assertThat(said).filteredOn(s -> s.startsWith("This claim link has been used")).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anExpiredLinkClaimsNothingAndSaysWhy() throws Exception {
    String token = invite();
    jdbc.update("update claim_invitation set expires_at = ? where creator_id = ?",
        Timestamp.from(Instant.now().minusSeconds(60)), byline);

    String message = mvc.perform(post("/claims/{t}", token).with(accounts.as(claimant)))
        .andExpect(status().isGone()).andReturn().getResponse().getErrorMessage();
    assertThat(message).isEqualTo("This claim link has expired. Please ask the archivist for a new one.");
    assertThat(catalog.details(Viewer.guest(), work).orElseThrow().summary().bylines())
        .containsExactly(new Byline(name, Account.UNCLAIMED));
  }

  @Test
  void aLinkTheArchiveNeverSentIsNotFoundAndAGuestIsAskedToLogInFirst() throws Exception {
    String token = invite();

    mvc.perform(post("/claims/{t}", token + "x").with(accounts.as(claimant))).andExpect(status().isNotFound());
    mvc.perform(get("/claims/{t}", token)).andExpect(redirectedUrl("/users/login"));
    assertThat(catalog.details(Viewer.guest(), work).orElseThrow().summary().bylines())
        .containsExactly(new Byline(name, Account.UNCLAIMED));
  }

  @Test
  void theArchiveKeepsOnlyTheLinksHash() throws Exception {
    String token = invite();

    assertThat(jdbc.queryForList("select token_hash from claim_invitation where creator_id = ?", String.class, byline))
        .singleElement().satisfies(hash -> assertThat(hash).hasSize(64).isNotEqualTo(token).doesNotContain(token));
  }

  /** Notes the address and sends the invitation as the archivist does, and reads the link from the letter. */
  private String invite() throws Exception {
    mvc.perform(post("/archivist/creators/{id}/email", byline).param("email", address).with(accounts.as(archivist)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/archivist/creators/{id}/invitation", byline).with(accounts.as(archivist)))
        .andExpect(status().is3xxRedirection());
    Letter letter = outbox.findTop100ByOrderByIdDesc().stream().map(OutboxLetter::letter)
        .filter(l -> l.to().equals(address)).findFirst().orElseThrow();
    assertThat(letter.body()).contains(name);
    Matcher link = LINK.matcher(letter.body());
    assertThat(link.find()).as(letter.body()).isTrue();
    return link.group(1);
  }

  private Account withDefaultPseud(Account account) {
    transactions.executeWithoutResult(t -> {
      if (creators.findByAccount(account.getId()).isEmpty()) {
        creators.save(Creator.pseud(account.getUserName(), accountRepository.findById(account.getId()).orElseThrow(), true));
      }
    });
    return account;
  }

  static StoryDocument story(String title, String creator) {
    return StoryDocument.builder()
        .title(title)
        .creator(creator)
        .tag(TagKind.RATING, "General Audiences")
        .chapter(new StoryChapter(null, null, null, "<p>The lamp was lit at dusk.</p>"))
        .build();
  }
}
