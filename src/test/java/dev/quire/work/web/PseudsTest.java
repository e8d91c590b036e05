package dev.quire.work.web;

import dev.quire.account.Viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.ingest.WorkPublisher;
import dev.quire.search.TestWorks;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.work.Creator;
import dev.quire.work.CreatorRepository;
import dev.quire.work.PseudDetails;
import dev.quire.work.Pseuds;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkSummary;
import dev.quire.work.WorkSummary.Byline;
import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** An account's pseuds, as on AO3: listed to anyone, added, edited and deleted by the account alone. */
class PseudsTest extends ArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired CreatorRepository creators;
  @Autowired Pseuds pseuds;
  @Autowired WorkPublisher publisher;
  @Autowired WorkCatalog catalog;
  @Autowired WorkQuery query;
  @Autowired TransactionTemplate transactions;

  Account writer;
  String marker;

  @BeforeEach
  void aWriterWithTheirDefaultPseud() {
    writer = accounts.create();
    marker = TestWorks.marker();
    withDefaultPseud(writer);
  }

  @Test
  void aWriterAddsAPseudThatListsAndShowsItsDescription() throws Exception {
    mvc.perform(add(writer, "Lamp Keeper", "Writes about lighthouses.", "A lit lamp"))
        .andExpect(redirectedUrl("/users/" + writer.getUserName() + "/pseuds/Lamp%20Keeper"));

    Document list = page("/users/" + writer.getUserName() + "/pseuds");
    assertThat(list.select("li.pseud h3 a[rel=author]").eachText())
        .containsExactly(writer.getUserName(), "Lamp Keeper");
    Document pseud = page("/users/" + writer.getUserName() + "/pseuds/Lamp%20Keeper");
    assertThat(pseud.select("div.pseud blockquote.userstuff").text()).isEqualTo("Writes about lighthouses.");
    assertThat(pseud.select("main h3.heading").text()).isEqualTo("0 Works by Lamp Keeper");
  }

  @Test
  void namesAlikeByCaseOrLookAlikeLettersAreOneNameWithinAnAccount() throws Exception {
    mvc.perform(add(writer, "Sam Vale", null, null)).andExpect(status().is3xxRedirection());

    for (String alike : List.of("SAM VALE", "5am Vale", "Ｓａｍ Ｖａｌｅ")) {
      String page = mvc.perform(add(writer, alike, null, null))
          .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
      assertThat(Jsoup.parse(page).select("#pseud_name_problem").text()).as(alike)
          .isEqualTo("You already have a pseud named like that.");
    }
    assertThat(pseuds.of(writer.getUserName()).orElseThrow()).extracting(PseudDetails::name)
        .containsExactly(writer.getUserName(), "Sam Vale");
  }

  @Test
  void anotherAccountMayHaveAPseudOfTheSameName() throws Exception {
    Account other = accounts.create();
    withDefaultPseud(other);

    mvc.perform(add(writer, "Shared Name", null, null)).andExpect(status().is3xxRedirection());
    mvc.perform(add(other, "Shared Name", null, null)).andExpect(status().is3xxRedirection());
  }

  @Test
  void overLongFieldsAndMarkupInANameAreRefusedAndNothingIsSaved() throws Exception {
    String page = mvc.perform(add(writer, "x".repeat(41), "d".repeat(501), "a".repeat(251)))
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
    Document form = Jsoup.parse(page);
    assertThat(form.select("#pseud_name_problem").text()).isEqualTo("A pseud's name has at most 40 characters.");
    assertThat(form.select("#pseud_description_problem").text()).isEqualTo("A description has at most 500 characters.");
    assertThat(form.select("#pseud_iconAlt_problem").text()).isEqualTo("An icon's text has at most 250 characters.");

    mvc.perform(add(writer, "<script>alert(1)</script>", null, null)).andExpect(status().isUnprocessableContent());
    mvc.perform(add(writer, "   ", null, null)).andExpect(status().isUnprocessableContent());
    mvc.perform(add(writer, "new", null, null)).andExpect(status().isUnprocessableContent());
    assertThat(pseuds.of(writer.getUserName()).orElseThrow()).hasSize(1);
  }

  @Test
  void scriptInADescriptionIsShownAsTextNeverRun() throws Exception {
    mvc.perform(add(writer, "Quiet", "<script>alert('x')</script><b>bold</b>", "<img src=x onerror=alert(1)>"))
        .andExpect(status().is3xxRedirection());

    String html = mvc.perform(get("/users/{u}/pseuds/Quiet", writer.getUserName()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(html).doesNotContain("<script>alert", "<b>bold", "<img src=x")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;");
    String form = mvc.perform(get("/users/{u}/pseuds/Quiet/edit", writer.getUserName()).with(accounts.as(writer)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(form).doesNotContain("<img src=x");
  }

  @Test
  void aWriterRenamesAPseudAndTheDefaultKeepsTheAccountsName() throws Exception {
    mvc.perform(add(writer, "Old Name", null, null)).andExpect(status().is3xxRedirection());

    mvc.perform(edit(writer, "Old Name", "New Name", "Now with a description."))
        .andExpect(redirectedUrl("/users/" + writer.getUserName() + "/pseuds/New%20Name"));
    mvc.perform(edit(writer, writer.getUserName(), "Renamed Default", "About me."))
        .andExpect(status().is3xxRedirection());

    assertThat(pseuds.of(writer.getUserName()).orElseThrow())
        .extracting(PseudDetails::name, PseudDetails::description)
        .containsExactly(tuple(writer.getUserName(), "About me."),
            tuple("New Name", "Now with a description."));
  }

  @Test
  void aStrangerNeitherOpensNorChangesSomeoneElsesPseuds() throws Exception {
    Account stranger = accounts.create();
    mvc.perform(add(writer, "Mine", null, null)).andExpect(status().is3xxRedirection());
    String mine = "/users/" + writer.getUserName() + "/pseuds/Mine";

    mvc.perform(get(mine + "/edit").with(accounts.as(stranger))).andExpect(status().isForbidden());
    mvc.perform(get("/users/{u}/pseuds/new", writer.getUserName()).with(accounts.as(stranger)))
        .andExpect(status().isForbidden());
    mvc.perform(add(stranger, writer, "Theirs")).andExpect(status().isForbidden());
    mvc.perform(post(mine).param("name", "Taken").with(accounts.as(stranger))).andExpect(status().isForbidden());
    mvc.perform(post(mine + "/delete").with(accounts.as(stranger))).andExpect(status().isForbidden());
    mvc.perform(get(mine + "/edit")).andExpect(redirectedUrl("/users/login"));

    assertThat(page("/users/" + writer.getUserName() + "/pseuds").select("a[href$=/edit]")).isEmpty();
    assertThat(pseuds.of(writer.getUserName()).orElseThrow()).extracting(PseudDetails::name)
        .containsExactly(writer.getUserName(), "Mine");
  }

  @Test
  void anAdminChangesAnyonesPseudsButNobodyChangesTheUnclaimedOnes() throws Exception {
    Account admin = accounts.create(Role.ADMIN);

    mvc.perform(add(admin, writer, "Set By Admin")).andExpect(status().is3xxRedirection());
    mvc.perform(add(admin, null, "Anyone")).andExpect(status().isForbidden());
  }

  @Test
  void deletingAPseudCreditsItsWorksToTheDefaultPseudAndTheIndexSaysSo() throws Exception {
    String name = "Keeper " + marker;
    long work = TestWorks.publish(publisher, story("Lamp Log " + marker, name));
    transactions.executeWithoutResult(t -> pseuds.moveTo(
        creators.findUnclaimed(name).orElseThrow(), creators.findById(defaultPseud(writer)).orElseThrow().getAccount()));

    mvc.perform(post("/users/{u}/pseuds/{p}/delete", writer.getUserName(), name).with(accounts.as(writer)))
        .andExpect(redirectedUrl("/users/" + writer.getUserName() + "/pseuds"));

    assertThat(catalog.details(Viewer.guest(), work).orElseThrow().summary().bylines())
        .containsExactly(new Byline(writer.getUserName(), writer.getUserName()));
    assertThat(query.search(Viewer.guest(), WorkSearch.of("creators:\"" + writer.getUserName() + "\" " + marker)).works())
        .extracting(WorkSummary::id).containsExactly(work);
    assertThat(pseuds.find(writer.getUserName(), name)).isEmpty();
  }

  @Test
  void theDefaultPseudIsNeverDeleted() throws Exception {
    mvc.perform(post("/users/{u}/pseuds/{p}/delete", writer.getUserName(), writer.getUserName())
        .with(accounts.as(writer))).andExpect(status().isBadRequest());

    assertThat(pseuds.find(writer.getUserName(), writer.getUserName())).isPresent();
  }

  @Test
  void aPseudOrAUserThatDoesNotExistIsNotFound() throws Exception {
    mvc.perform(get("/users/nobody_{m}/pseuds", marker)).andExpect(status().isNotFound());
    mvc.perform(get("/users/{u}/pseuds/Nobody", writer.getUserName())).andExpect(status().isNotFound());
    mvc.perform(get("/users/{u}/pseuds/Nobody/edit", writer.getUserName()).with(accounts.as(writer)))
        .andExpect(status().isNotFound());
  }

  private long defaultPseud(Account account) {
    return creators.findByAccount(account.getId()).stream().filter(Creator::isDefault).findFirst().orElseThrow().getId();
  }

  /** Accounts are made with their default pseud; a test account is given one unless it has it. */
  private void withDefaultPseud(Account account) {
    transactions.executeWithoutResult(t -> {
      if (creators.findByAccount(account.getId()).isEmpty()) {
        creators.save(Creator.pseud(account.getUserName(), account, true));
      }
    });
  }

  private MockHttpServletRequestBuilder add(Account as, String name, String description, String iconAlt) {
    return form(post("/users/{u}/pseuds", as.getUserName()), name, description, iconAlt).with(accounts.as(as));
  }

  private MockHttpServletRequestBuilder add(Account as, Account holder, String name) {
    String user = holder == null ? Account.UNCLAIMED : holder.getUserName();
    return form(post("/users/{u}/pseuds", user), name, null, null).with(accounts.as(as));
  }

  private MockHttpServletRequestBuilder edit(Account as, String pseud, String name, String description) {
    return form(post("/users/{u}/pseuds/{p}", as.getUserName(), pseud), name, description, null).with(accounts.as(as));
  }

  private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String name,
      String description, String iconAlt) {
    request.param("name", name);
    if (description != null) {
      request.param("description", description);
    }
    if (iconAlt != null) {
      request.param("iconAlt", iconAlt);
    }
    return request;
  }

  static StoryDocument story(String title, String creator) {
    return StoryDocument.builder()
        .title(title)
        .creator(creator)
        .tag(TagKind.RATING, "General Audiences")
        .chapter(new StoryChapter(null, null, null, "<p>The lamp was lit at dusk.</p>"))
        .build();
  }

  private Document page(String url) throws Exception {
    return Jsoup.parse(mvc.perform(get(URI.create(url))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }
}
