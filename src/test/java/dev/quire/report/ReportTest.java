package dev.quire.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.posting.ChapterText;
import dev.quire.posting.NewWork;
import dev.quire.posting.Postings;
import dev.quire.posting.WorkPosting;
import dev.quire.work.Visibility;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * AO3's "Report" link: any reader reports a work, moderators read the reports, hide the work and
 * resolve them, and the work's creators never learn who reported it.
 */
class ReportTest extends ArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired WorkPosting posting;
  @Autowired WorkCatalog catalog;

  Account writer;
  Account moderator;
  String word;
  long work;
  /** A client address of this test's own, so that no other test's reports count against it. */
  String client;

  @BeforeEach
  void aPostedWork() {
    writer = accounts.create();
    moderator = accounts.create(Role.MODERATOR);
    word = Postings.word();
    work = posting.post(Viewer.of(writer), new NewWork(Postings.valid("Lantern " + word).build(),
        List.of(ChapterText.plain("One", "The lantern swung over the quay.")), false));
    ThreadLocalRandom random = ThreadLocalRandom.current();
    client = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
  }

  @Test
  void aGuestReportsAWorkAndModeratorsReadItWithTheReportersAddress() throws Exception {
    Document form = page(get("/works/{id}/report", work));
    assertThat(form.select("input[name=reason]")).hasSize(ReportReason.values().length);
    assertThat(form.select("input[name=email]")).hasSize(1);
    assertThat(page(get("/works/{id}", work)).select("li.report a").attr("href")).isEqualTo("/works/" + work + "/report");

    mvc.perform(report("spam", "Links to a shop in every chapter " + word, "reader-" + word + "@example.org")
        .with(TestAccounts.csrf())).andExpect(redirectedUrl("/works/" + work + "/report?sent"));

    assertThat(page(get("/works/{id}/report", work).param("sent", "")).select("p.notice").text()).contains("Thank you");
    Element row = reportRow(moderator);
    assertThat(row.select("td[data-label=Reason]").text()).isEqualTo("Spam or advertising");
    assertThat(row.select("td[data-label=Details]").text()).isEqualTo("Links to a shop in every chapter " + word);
    assertThat(row.select("td[data-label=Reporter]").text()).isEqualTo("reader-" + word + "@example.org");
  }

  @Test
  void theWorksCreatorNeverLearnsWhoReportedIt() throws Exception {
    Account reader = accounts.create();
    mvc.perform(report("other", "Not finished " + word, "").with(accounts.as(reader)))
        .andExpect(redirectedUrl("/works/" + work + "/report?sent"));
    Account moderatingWriter = accounts.create(Role.MODERATOR);
    long own = posting.post(Viewer.of(moderatingWriter), new NewWork(Postings.valid("Own " + word).build(),
        List.of(ChapterText.plain("One", "A quiet chapter.")), false));
    mvc.perform(post("/works/{id}/report", own).param("reason", "other").param("details", "Mine too " + word)
        .with(accounts.as(reader)).with(from(client))).andExpect(status().is3xxRedirection());

    mvc.perform(get("/admin/reports").with(accounts.as(writer))).andExpect(status().isForbidden());
    assertThat(page(get("/works/{id}", work).with(accounts.as(writer))).text()).doesNotContain(reader.getEmail());
    assertThat(reportRow(moderator).select("td[data-label=Reporter]").text()).isEqualTo(reader.getEmail());
    Element ownRow = page(get("/admin/reports").with(accounts.as(moderatingWriter))).select("table.reports tbody tr")
        .stream().filter(r -> r.text().contains("Mine too " + word)).findFirst().orElseThrow();
    assertThat(ownRow.text()).doesNotContain(reader.getEmail()).contains("you are a creator of this work");
  }

  @Test
  void aModeratorHidesTheReportedWorkAndResolvesTheReportFromTheList() throws Exception {
    mvc.perform(report("harassment", "Names a real person " + word, "").with(accounts.as(accounts.create())))
        .andExpect(status().is3xxRedirection());
    String id = reportRow(moderator).id().replace("report_", "");

    mvc.perform(post("/admin/reports/{id}/hide", id).with(accounts.as(moderator)))
        .andExpect(redirectedUrl("/admin/reports#report_" + id));
    assertThat(catalog.details(Viewer.of(moderator), work).map(WorkDetails::visibility)).contains(Visibility.HIDDEN);
    assertThat(reportRow(moderator).select("th").text()).contains("(hidden)");
    mvc.perform(post("/admin/reports/{id}/resolve", id).with(accounts.as(moderator)))
        .andExpect(redirectedUrl("/admin/reports"));

    assertThat(page(get("/admin/reports").with(accounts.as(moderator))).text()).doesNotContain(word);
    mvc.perform(post("/admin/reports/{id}/resolve", id).with(accounts.as(moderator))).andExpect(status().isNotFound());
  }

  @Test
  void eachProblemIsSaidBesideItsFieldAndNothingIsFiled() throws Exception {
    String body = mvc.perform(report("", "x".repeat(Reports.MAX_DETAILS + 1), "not an address")
            .with(TestAccounts.csrf()))
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

    Document form = Jsoup.parse(body);
    assertThat(form.select("#reason-error").text()).isEqualTo("Please choose what is wrong with the work.");
    assertThat(form.select("#details-error").text()).contains("at most 2000 characters");
    assertThat(form.select("#email-error").text()).contains("does not look like an email address");
    assertThat(page(get("/admin/reports").with(accounts.as(moderator))).select("table.reports tbody tr")
        .stream().filter(r -> r.text().contains("Lantern " + word))).isEmpty();
  }

  @Test
  void aSixthReportWithinTheHourFromOneAddressWaits() throws Exception {
    String email = "busy-" + word + "@example.org";
    for (int i = 1; i <= 5; i++) {
      mvc.perform(report("spam", "Report " + i + " " + word, email).with(TestAccounts.csrf()))
          .andExpect(status().is3xxRedirection());
    }

    String refused = mvc.perform(report("spam", "Report 6 " + word, email).with(TestAccounts.csrf()))
        .andExpect(status().isTooManyRequests()).andReturn().getResponse().getErrorMessage();

    assertThat(refused).contains("try again in");
    assertThat(page(get("/admin/reports").with(accounts.as(moderator))).text())
        .contains("Report 5 " + word).doesNotContain("Report 6 " + word);
  }

  @Test
  void nobodyReportsAWorkTheyMayNotRead() throws Exception {
    long draft = posting.post(Viewer.of(writer), new NewWork(Postings.valid("Draft " + word).build(),
        List.of(ChapterText.plain("One", "Unfinished.")), true));

    mvc.perform(get("/works/{id}/report", draft)).andExpect(status().isNotFound());
    mvc.perform(post("/works/{id}/report", draft).param("reason", "spam").param("details", "A draft " + word)
        .param("email", "x@example.org").with(TestAccounts.csrf()).with(from(client))).andExpect(status().isNotFound());
  }

  private MockHttpServletRequestBuilder report(String reason, String details, String email) {
    return post("/works/{id}/report", work).param("reason", reason).param("details", details).param("email", email)
        .with(from(client));
  }

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private Element reportRow(Account reader) throws Exception {
    return page(get("/admin/reports").with(accounts.as(reader))).select("table.reports tbody tr").stream()
        .filter(row -> row.select("th").text().startsWith("Lantern " + word)).findFirst().orElseThrow();
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
  }
}
