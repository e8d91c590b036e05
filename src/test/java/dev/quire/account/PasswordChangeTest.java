package dev.quire.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** A logged-in person changes their password, giving the current one. */
class PasswordChangeTest extends ArchiveTest {

  private static final String OLD = "lantern orchard sevenfold";
  private static final String NEW = "quiet harbour nineteen";

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired AccountRepository repository;
  @Autowired PasswordEncoder encoder;

  @Test
  void changesThePasswordWhenTheCurrentOneIsGiven() throws Exception {
    Account account = accounts.create(OLD);
    mvc.perform(get("/account/password").with(accounts.as(account))).andExpect(status().isOk());

    mvc.perform(post("/account/password").param("current", OLD).param("password", NEW)
            .param("passwordConfirmation", NEW).with(accounts.as(account)))
        .andExpect(redirectedUrl("/account/password?changed"));

    assertThat(encoder.matches(NEW, repository.findById(account.getId()).orElseThrow().getPasswordHash())).isTrue();
  }

  @Test
  void refusesAWrongCurrentPasswordAndChangesNothing() throws Exception {
    Account account = accounts.create(OLD);

    String page = mvc.perform(post("/account/password").param("current", "not my password").param("password", NEW)
            .param("passwordConfirmation", NEW).with(accounts.as(account)))
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

    assertThat(page).contains("That is not your current password.");
    assertThat(encoder.matches(OLD, repository.findById(account.getId()).orElseThrow().getPasswordHash())).isTrue();
  }

  @Test
  void refusesACommonNewPassword() throws Exception {
    Account account = accounts.create(OLD);

    mvc.perform(post("/account/password").param("current", OLD).param("password", "iloveyou")
            .param("passwordConfirmation", "iloveyou").with(accounts.as(account)))
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void sendsAGuestToLogIn() throws Exception {
    mvc.perform(get("/account/password")).andExpect(redirectedUrl("/users/login"));
    mvc.perform(post("/account/password").param("current", OLD).with(csrf()))
        .andExpect(redirectedUrl("/users/login"));
  }
}
