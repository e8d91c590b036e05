package dev.quire.account;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.quire.account.TestAccounts.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.settings.ArchiveSettings;
import dev.quire.settings.Setting;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An archive whose sign-up is by invitation, as AO3's: a visitor joins the queue, an admin invites
 * the next ones, and the mailed link opens sign-up for one account.
 */
class InvitationQueueTest extends MailedArchiveTest {

  private static final String PASSWORD = "lantern orchard sevenfold";

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired AccountRepository repository;
  @Autowired InviteRequestRepository requests;
  @Autowired InvitationQueue queue;
  @Autowired ArchiveSettings settings;

  @Test
  void signUpWithoutAnInvitationPointsToTheQueue() throws Exception {
    String page = mvc.perform(get("/signup")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("by invitation", "/invite_requests").doesNotContain("name=\"login\"");

    String name = newName();
    mvc.perform(post("/signup").param("login", name).param("email", name + "@example.org")
            .param("password", PASSWORD).param("passwordConfirmation", PASSWORD).with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(repository.findByUserName(name)).isEmpty();
  }

  @Test
  void theQueueSendsAsManyInvitationsADayAsAnAdminSetCountingTheAdminsOwn() throws Exception {
    for (int i = 0; i < 3; i++) {
      mvc.perform(post("/invite_requests").param("email", newName() + "@example.org").with(csrf()))
          .andExpect(status().isOk());
    }
    Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
    long alreadyToday = requests.countInvitedSince(dayAgo);
    try {
      settings.store(Map.of(Setting.INVITATIONS_PER_DAY, String.valueOf(alreadyToday + 2)), "test");

      int first = queue.grantDaily();
      int again = queue.grantDaily();

      assertThat(first).isEqualTo(2);
      assertThat(again).as("the day's invitations are sent").isZero();
      assertThat(requests.countInvitedSince(dayAgo)).isEqualTo(alreadyToday + 2);
    } finally {
      settings.store(Map.of(Setting.INVITATIONS_PER_DAY, "0"), "test");
    }
  }

  @Test
  void anInvitationFromTheQueueOpensOneAccount() throws Exception {
    String email = newName() + "@example.org";
    mvc.perform(post("/invite_requests").param("email", email).with(csrf())).andExpect(status().isOk());
    Account admin = accounts.create(Role.ADMIN);
    assertThat(mvc.perform(get("/admin/invitations").with(accounts.as(admin))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString()).contains(email);

    long waiting = requests.countWaiting();
    mvc.perform(post("/admin/invitations").param("count", String.valueOf(waiting)).with(accounts.as(admin)))
        .andExpect(redirectedUrl("/admin/invitations?sent=" + waiting));
    String link = link(mailTo(email), "/signup");
    String token = UriComponentsBuilder.fromUriString(link).build().getQueryParams().getFirst("invitation_token");
    assertThat(mvc.perform(get(link)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
        .contains("name=\"login\"", "name=\"invitation_token\"");

    String name = newName();
    mvc.perform(post("/signup").param("invitation_token", token).param("login", name).param("email", email)
            .param("password", PASSWORD).param("passwordConfirmation", PASSWORD).with(csrf()))
        .andExpect(redirectedUrl("/signup/sent"));
    assertThat(repository.findByUserName(name)).isPresent();
    MAIL.waitForIncomingEmail(5000, 2);
    assertThat(MAIL.getReceivedMessagesForDomain(email)).extracting(m -> m.getSubject())
        .contains("[Quire] Your invitation", "[Quire] Confirm your email address");

    String again = newName();
    mvc.perform(post("/signup").param("invitation_token", token).param("login", again)
            .param("email", again + "@example.org").param("password", PASSWORD)
            .param("passwordConfirmation", PASSWORD).with(csrf()))
        .andExpect(status().isGone());
    mvc.perform(get(link)).andExpect(status().isGone());
    assertThat(repository.findByUserName(again)).isEmpty();
  }

  @Test
  void anInvitationKeepsItsLinkWhileTheFormHasProblems() throws Exception {
    String email = newName() + "@example.org";
    mvc.perform(post("/invite_requests").param("email", email).with(csrf())).andExpect(status().isOk());
    Account admin = accounts.create(Role.ADMIN);
    mvc.perform(post("/admin/invitations").param("count", String.valueOf(requests.countWaiting()))
        .with(accounts.as(admin)));
    String link = link(mailTo(email), "/signup");
    String token = UriComponentsBuilder.fromUriString(link).build().getQueryParams().getFirst("invitation_token");

    mvc.perform(post("/signup").param("invitation_token", token).param("login", "no").param("email", email)
            .param("password", PASSWORD).param("passwordConfirmation", PASSWORD).with(csrf()))
        .andExpect(status().isUnprocessableContent());

    mvc.perform(get(link)).andExpect(status().isOk());
  }

  @Test
  void askingTwiceWithOneAddressQueuesItOnceAndSaysTheSame() throws Exception {
    String email = newName() + "@example.org";
    String first = mvc.perform(post("/invite_requests").param("email", email).with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    String second = mvc.perform(post("/invite_requests").param("email", email.toUpperCase()).with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(second).isEqualTo(first);
    assertThat(requests.findByEmailKey(EmailAddresses.key(email))).isPresent();
  }

  @Test
  void refusesAnAddressThatIsNotOne() throws Exception {
    mvc.perform(post("/invite_requests").param("email", "x".repeat(300)).with(csrf()))
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void onlyAnAdminSeesTheQueueOrSendsInvitations() throws Exception {
    Account wrangler = accounts.create(Role.WRANGLER, Role.MODERATOR);
    mvc.perform(get("/admin/invitations").with(accounts.as(wrangler))).andExpect(status().isForbidden());
    mvc.perform(post("/admin/invitations").param("count", "1").with(accounts.as(wrangler)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/invitations")).andExpect(redirectedUrl("/users/login"));
    mvc.perform(get("/admin/outbox").with(accounts.as(wrangler))).andExpect(status().isForbidden());
  }

  @Test
  void refusesACountOutsideOneToAHundred() throws Exception {
    Account admin = accounts.create(Role.ADMIN);
    mvc.perform(post("/invite_requests").param("email", newName() + "@example.org").with(csrf()));
    for (String count : new String[] {"0", "101", "many"}) {
      assertThat(mvc.perform(post("/admin/invitations").param("count", count).with(accounts.as(admin)))
          .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString())
          .contains("Please invite 1 to 100 at a time.");
    }
  }

  private static String newName() {
    return "inv" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }
}
