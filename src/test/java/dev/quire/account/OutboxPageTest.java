package dev.quire.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.mail.Letter;
import dev.quire.mail.Mailer;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** With no mail server, the archive's mail waits on a page only admins read. */
class OutboxPageTest extends ArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Mailer mailer;
  @Autowired AccountRepository repository;

  @Test
  void anAdminReadsTheLettersTheArchiveKept() throws Exception {
    String subject = "A letter " + UUID.randomUUID();
    mailer.send(new Letter("reader@example.org", subject, "A link: <script>alert(1)</script>"));

    String page = mvc.perform(get("/admin/outbox").with(accounts.as(accounts.create(Role.ADMIN))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(page).contains(subject, "reader@example.org", "&lt;script&gt;").doesNotContain("<script>alert(1)");
  }

  @Test
  void nobodyElseReadsThem() throws Exception {
    mvc.perform(get("/admin/outbox")).andExpect(redirectedUrl("/users/login"));
    mvc.perform(get("/admin/outbox").with(accounts.as(accounts.create())))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/outbox").with(accounts.as(accounts.create(Role.MODERATOR, Role.WRANGLER, Role.ARCHIVIST))))
        .andExpect(status().isForbidden());
  }

  @Test
  void aSuspendedAdminDoesNotReadThem() throws Exception {
    Account admin = accounts.create(Role.ADMIN);
    admin.setSuspended(true);
    repository.save(admin);

    mvc.perform(get("/admin/outbox").with(accounts.as(admin))).andExpect(status().isForbidden());
  }
}
