package dev.quire.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.ingest.FileOutcome;
import dev.quire.ingest.Importer;
import dev.quire.search.TestWorks;
import dev.quire.settings.ArchiveSettings;
import dev.quire.settings.Setting;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** An admin's settings page: what it changes holds on the next request, and only admins change it. */
class AdminSettingsTest extends ArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired ArchiveSettings settings;
  @Autowired Importer importer;

  @AfterEach
  void asConfigured() {
    settings.store(Map.of(Setting.SIGN_UP, "open", Setting.INVITATIONS_PER_DAY, "0", Setting.ARCHIVE_NAME, "Quire",
        Setting.ADULT_CONFIRMATION, "true"), "test");
  }

  @Test
  void anAdminClosesSignUpAndRenamesTheArchiveAndBothHoldOnTheNextPage() throws Exception {
    Account admin = accounts.create(Role.ADMIN);

    mvc.perform(save("closed", "25", "Harbour Tales", "true").with(accounts.as(admin)))
        .andExpect(redirectedUrl("/admin/settings?saved"));

    Document form = page(get("/admin/settings").param("saved", "").with(accounts.as(admin)));
    assertThat(form.select("input[name=signup][checked]").val()).isEqualTo("closed");
    assertThat(form.select("input[name=invitations_per_day]").val()).isEqualTo("25");
    assertThat(form.select("p.notice").text()).contains("saved");
    Document home = page(get("/"));
    assertThat(home.title()).endsWith(" | Harbour Tales");
    assertThat(home.select("h1.brand").text()).isEqualTo("Harbour Tales");
    assertThat(page(get("/signup")).select("input[name=password]")).as("no sign-up form while closed").isEmpty();
    assertThat(settings.value(Setting.SIGN_UP)).isEqualTo("closed");
  }

  @Test
  void guestsReadAnAdultWorkWithoutBeingAskedOnceAnAdminTurnsTheQuestionOff() throws Exception {
    Account admin = accounts.create(Role.ADMIN);
    String marker = TestWorks.marker();
    FileOutcome outcome = importer.importBytes("nightfall.txt", "nightfall-" + marker + ".txt",
        ("Title: Nightfall " + marker + "\nRating: Explicit\n\n" + "The night was long and warm.\n\n".repeat(5))
            .getBytes(StandardCharsets.UTF_8), false);
    assertThat(page(get("/works/{id}", outcome.workId())).text()).contains("Adult content warning");

    mvc.perform(save("open", "0", "Quire", "false").with(accounts.as(admin)))
        .andExpect(redirectedUrl("/admin/settings?saved"));

    Document work = page(get("/works/{id}", outcome.workId()));
    assertThat(work.text()).doesNotContain("Adult content warning");
    assertThat(work.select("h2.title").text()).isEqualTo("Nightfall " + marker);
  }

  @Test
  void valuesOutsideTheRulesAreSaidBesideTheirFieldsAndNothingIsSaved() throws Exception {
    Account admin = accounts.create(Role.ADMIN);

    String body = mvc.perform(save("sometimes", "-3", " ", "true").with(accounts.as(admin)))
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

    Document form = Jsoup.parse(body);
    assertThat(form.select("#signup-error").text()).isEqualTo("Sign-up is open, by invitation or closed.");
    assertThat(form.select("#invitations_per_day-error").text()).contains("from 0 to 1000");
    assertThat(form.select("#archive_name-error").text()).contains("1 to 100 characters");
    assertThat(settings.value(Setting.SIGN_UP)).isEqualTo("open");
    assertThat(settings.value(Setting.ARCHIVE_NAME)).isEqualTo("Quire");
  }

  @Test
  void onlyAdminsSeeOrChangeTheSettings() throws Exception {
    for (Role role : Role.values()) {
      if (role != Role.ADMIN) {
        Account other = accounts.create(role);
        mvc.perform(get("/admin/settings").with(accounts.as(other))).andExpect(status().isForbidden());
        mvc.perform(save("closed", "0", "Taken", "true").with(accounts.as(other))).andExpect(status().isForbidden());
      }
    }
    mvc.perform(get("/admin/settings")).andExpect(redirectedUrl("/users/login"));
    assertThat(page(get("/account").with(accounts.as(accounts.create(Role.MODERATOR))))
        .select("a[href=/admin/settings]")).isEmpty();
    assertThat(page(get("/account").with(accounts.as(accounts.create(Role.ADMIN))))
        .select("a[href=/admin/settings]")).hasSize(1);
    assertThat(settings.value(Setting.ARCHIVE_NAME)).isEqualTo("Quire");
  }

  private static MockHttpServletRequestBuilder save(String signUp, String perDay, String name, String adult) {
    return post("/admin/settings").param("signup", signUp).param("invitations_per_day", perDay)
        .param("archive_name", name).param("adult_confirmation", adult);
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
  }
}
