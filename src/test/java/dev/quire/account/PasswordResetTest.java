package dev.quire.account;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.quire.account.TestAccounts.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

/** A forgotten password is reset through a link mailed over SMTP, once, before it expires. */
class PasswordResetTest extends MailedArchiveTest {

  private static final String OLD = "lantern orchard sevenfold";
  private static final String NEW = "quiet harbour nineteen";

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired MailedLinks links;

  @Test
  void setsANewPasswordThroughTheMailedLinkOnce() throws Exception {
    Account account = accounts.create(OLD);

    String asked = mvc.perform(post("/users/password").param("email", account.getEmail()).with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(asked).contains("If that address has an account");

    MimeMessage mail = mailTo(account.getEmail());
    assertThat(mail.getSubject()).isEqualTo("[Quire] Reset your password");
    String link = link(mail, "/users/password/edit");
    String token = token(link);
    mvc.perform(get(link)).andExpect(status().isOk());

    mvc.perform(post("/users/password/edit").param("reset_password_token", token)
            .param("password", "password1").param("passwordConfirmation", "password1").with(csrf()))
        .andExpect(status().isUnprocessableContent());
    mvc.perform(post("/users/password/edit").param("reset_password_token", token)
            .param("password", NEW).param("passwordConfirmation", NEW).with(csrf()))
        .andExpect(status().isOk());
    assertThat(logIn(account.getUserName(), NEW)).isEqualTo("/");
    assertThat(logIn(account.getUserName(), OLD)).isEqualTo("/users/login?error");

    String reused = mvc.perform(post("/users/password/edit").param("reset_password_token", token)
            .param("password", "another river ninety").param("passwordConfirmation", "another river ninety")
            .with(csrf()))
        .andExpect(status().isGone()).andReturn().getResponse().getContentAsString();
    assertThat(reused).contains("expired or has been used already");
    assertThat(logIn(account.getUserName(), NEW)).isEqualTo("/");
    mvc.perform(get(link)).andExpect(status().isGone());
  }

  @Test
  void answersAnAddressWithoutAnAccountJustAsOneWithAndMailsNothing() throws Exception {
    Account account = accounts.create(OLD);
    String known = mvc.perform(post("/users/password").param("email", account.getEmail()).with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    MAIL.waitForIncomingEmail(5000, 1);
    MAIL.purgeEmailFromAllMailboxes();

    String unknown = mvc.perform(post("/users/password").param("email", "nobody-" + account.getUserName()
            + "@example.org").with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(withoutTokens(unknown)).isEqualTo(withoutTokens(known));
    assertThat(MAIL.waitForIncomingEmail(500, 1)).isFalse();
  }

  @Test
  void anExpiredLinkSaysSoAndChangesNothing() throws Exception {
    Account account = accounts.create(OLD);
    String token = links.issue(MailedLink.Purpose.PASSWORD_RESET, account, account.getEmail(), Duration.ofSeconds(-1));

    mvc.perform(get("/users/password/edit").param("reset_password_token", token)).andExpect(status().isGone());
    String answer = mvc.perform(post("/users/password/edit").param("reset_password_token", token)
            .param("password", NEW).param("passwordConfirmation", NEW).with(csrf()))
        .andExpect(status().isGone()).andReturn().getResponse().getContentAsString();

    assertThat(answer).contains("expired or has been used already", "Nothing was changed");
    assertThat(logIn(account.getUserName(), OLD)).isEqualTo("/");
  }

  @Test
  void aLinkNeverIssuedOpensNothing() throws Exception {
    mvc.perform(get("/users/password/edit").param("reset_password_token", "made-up")).andExpect(status().isGone());
    mvc.perform(get("/users/password/edit")).andExpect(status().isGone());
  }

  @Test
  void aNewLinkEndsTheOneBefore() throws Exception {
    Account account = accounts.create(OLD);
    String first = links.issue(MailedLink.Purpose.PASSWORD_RESET, account, account.getEmail(), Duration.ofHours(1));
    links.issue(MailedLink.Purpose.PASSWORD_RESET, account, account.getEmail(), Duration.ofHours(1));

    mvc.perform(get("/users/password/edit").param("reset_password_token", first)).andExpect(status().isGone());
  }

  @Test
  void anAddressThatIsNotOneIsNamedAsSuch() throws Exception {
    String page = mvc.perform(post("/users/password").param("email", "<script>alert(1)</script>").with(csrf()))
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("does not look like an email address").doesNotContain("<script>alert(1)");
  }

  private String logIn(String login, String password) throws Exception {
    return mvc.perform(post("/users/login").param("user[login]", login).param("user[password]", password)
            .with(TestAccounts.fromAnAddressOfItsOwn()).with(csrf()))
        .andReturn().getResponse().getRedirectedUrl();
  }

  private static String token(String link) {
    return UriComponentsBuilder.fromUriString(link).build().getQueryParams().getFirst("reset_password_token");
  }

  private static String withoutTokens(String page) {
    return page.replaceAll("value=\"[^\"]*\"", "value=\"\"");
  }
}
