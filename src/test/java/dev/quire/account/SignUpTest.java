package dev.quire.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dev.quire.account.TestAccounts.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.mail.Letter;
import dev.quire.mail.OutboxRepository;
import dev.quire.settings.TestSettings;
import dev.quire.work.CreatorRepository;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Sign-up on an open archive, with no mail server: the confirmation waits in the outbox. An
 * account logs in only once its address is confirmed, and a form with a problem changes nothing.
 */
class SignUpTest extends ArchiveTest {

  private static final String PASSWORD = "lantern orchard sevenfold";

  @Autowired MockMvc mvc;
  @Autowired AccountRepository accounts;
  @Autowired CreatorRepository creators;
  @Autowired OutboxRepository outbox;
  @Autowired TestAccounts testAccounts;

  @Test
  void opensAnAccountThatLogsInOnceTheMailedLinkConfirmsIt() throws Exception {
    String name = newName();
    mvc.perform(signUp(name, name + "@example.org", PASSWORD, PASSWORD))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/signup/sent"));
    mvc.perform(get("/signup/sent")).andExpect(status().isOk());

    Account account = accounts.findByUserName(name).orElseThrow();
    assertThat(account.getConfirmedAt()).isNull();
    assertThat(account.getPasswordHash()).startsWith("$argon2id$");
    assertThat(creators.findPseud(name, name)).hasValueSatisfying(pseud -> assertThat(pseud.isDefault()).isTrue());

    assertThat(logIn(name, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/users/login?unconfirmed");
    assertThat(mvc.perform(get("/users/login").param("unconfirmed", "")).andReturn().getResponse()
        .getContentAsString()).contains("confirm your email address").contains("/users/confirmation/new");

    String link = confirmationLink(name + "@example.org");
    assertThat(mvc.perform(get(link)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
        .contains("Your address is confirmed");
    assertThat(logIn(name, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
    mvc.perform(get(link)).andExpect(status().isGone());
  }

  @Test
  void saysAWrongPasswordForAnUnconfirmedAccountAsForAnyOther() throws Exception {
    String name = newName();
    mvc.perform(signUp(name, name + "@example.org", PASSWORD, PASSWORD)).andExpect(status().isFound());

    assertThat(logIn(name, "not the password at all").getResponse().getRedirectedUrl())
        .isEqualTo("/users/login?error");
  }

  @Test
  void resendsTheConfirmationToAnUnconfirmedAccountOnly() throws Exception {
    String name = newName();
    mvc.perform(signUp(name, name + "@example.org", PASSWORD, PASSWORD)).andExpect(status().isFound());
    long before = lettersTo(name + "@example.org");

    mvc.perform(post("/users/confirmation").param("email", name.toUpperCase(Locale.ROOT) + "@EXAMPLE.ORG").with(csrf()))
        .andExpect(status().isOk());

    assertThat(lettersTo(name + "@example.org")).isEqualTo(before + 1);
  }

  @Test
  void refusesAUserNameThatDiffersOnlyByCaseWidthOrLookAlikes() throws Exception {
    String name = newName();
    mvc.perform(signUp(name, name + "@example.org", PASSWORD, PASSWORD)).andExpect(status().isFound());

    for (String twin : new String[] {name.toUpperCase(Locale.ROOT), name.replace('o', '0')}) {
      String page = mvc.perform(signUp(twin, UUID.randomUUID() + "@example.org", PASSWORD, PASSWORD))
          .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
      assertThat(page).contains("That user name is taken");
    }
    mvc.perform(signUp(fullWidth(name), UUID.randomUUID() + "@example.org", PASSWORD, PASSWORD))
        .andExpect(status().isUnprocessableContent());
    assertThat(accounts.findByUserKey(UserNames.key(name))).hasValueSatisfying(a -> assertThat(a.getUserName()).isEqualTo(name));
  }

  @Test
  void answersAnAddressThatHasAnAccountAsIfItWorkedAndTellsItsOwner() throws Exception {
    Account holder = testAccounts.create(PASSWORD);
    String name = newName();

    mvc.perform(signUp(name, holder.getEmail().toUpperCase(Locale.ROOT), PASSWORD, PASSWORD))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/signup/sent"));

    assertThat(accounts.findByUserName(name)).isEmpty();
    assertThat(outbox.findTop100ByOrderByIdDesc()).map(l -> l.letter())
        .anySatisfy(letter -> {
          assertThat(letter.to()).isEqualTo(holder.getEmail());
          assertThat(letter.subject()).contains("Someone tried to sign up");
        });
  }

  @Test
  void namesEachProblemBesideItsFieldAndChangesNothing() throws Exception {
    long before = accounts.count();
    String page = mvc.perform(signUp("x".repeat(41), "a".repeat(250) + "@example.org", "short", "short"))
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("A user name has 3 to 40 characters.", "An email address has at most 254 characters.",
        "A password has 8 to 128 characters.", "aria-invalid=\"true\"");

    String common = mvc.perform(signUp(newName(), newName() + "@example.org", "Password1", "Password1"))
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
    assertThat(common).contains("most common");

    String differs = mvc.perform(signUp(newName(), newName() + "@example.org", PASSWORD, PASSWORD + "!"))
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
    assertThat(differs).contains("not the same");
    assertThat(accounts.count()).isEqualTo(before);
  }

  @Test
  void showsScriptInAnyFieldAsTextNeverRunsIt() throws Exception {
    String script = "<script>alert(1)</script>";
    String page = mvc.perform(signUp(script, script + "@example.org", script + script, script + script))
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

    assertThat(page).doesNotContain(script).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void showsEachFormAGuestNeedsWithLabelledFields() throws Exception {
    for (String page : new String[] {"/signup", "/users/confirmation/new", "/users/password/new"}) {
      String html = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
      assertThat(html).as(page).contains("<label for=\"email\"", "id=\"email\"", "method=\"post\"");
    }
    assertThat(mvc.perform(get("/signup")).andReturn().getResponse().getContentAsString())
        .contains("<label for=\"login\"", "<label for=\"passwordConfirmation\"", "autocomplete=\"new-password\"");
    assertThat(mvc.perform(get("/invite_requests")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString()).contains("does not take invitation requests");
    mvc.perform(post("/invite_requests").param("email", "reader@example.org").with(csrf()))
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void refusesSignUpWhenTheArchiveIsClosed() {
    Registrar closed = new Registrar(null, null, null, null, null, null,
        TestSettings.configured(Map.of("quire.accounts.signup", "closed")));

    assertThat(closed.mode()).isEqualTo(SignUpMode.CLOSED);
    assertThatThrownBy(() -> closed.signUp(SignUp.blank(), null))
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
  }

  @Test
  void refusesToStartWithAModeItDoesNotKnow() {
    assertThatThrownBy(() -> TestSettings.configured(Map.of("quire.accounts.signup", "sometimes")))
        .hasMessageContaining("quire.accounts.signup").hasMessageContaining("open, by invitation or closed");
  }

  private MockHttpServletRequestBuilder signUp(String login, String email, String password, String confirmation) {
    return post("/signup").param("login", login).param("email", email).param("password", password)
        .param("passwordConfirmation", confirmation).with(csrf());
  }

  private MvcResult logIn(String login, String password) throws Exception {
    return mvc.perform(post("/users/login").param("user[login]", login).param("user[password]", password)
        .with(TestAccounts.fromAnAddressOfItsOwn()).with(csrf())).andReturn();
  }

  private String confirmationLink(String email) {
    Letter letter = outbox.findTop100ByOrderByIdDesc().stream().map(l -> l.letter())
        .filter(l -> l.to().equals(email) && l.subject().contains("Confirm"))
        .findFirst().orElseThrow();
    Matcher link = Pattern.compile("https?://[^/\\s]+(/users/confirmation\\S+)").matcher(letter.body());
    assertThat(link.find()).as("a confirmation link in %s", letter.body()).isTrue();
    return link.group(1);
  }

  private long lettersTo(String email) {
    return outbox.findTop100ByOrderByIdDesc().stream().filter(l -> l.letter().to().equals(email)).count();
  }

  private static String newName() {
    return "Sam" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).replaceAll("[0-9]", "o");
  }

  private static String fullWidth(String name) {
    StringBuilder wide = new StringBuilder();
    name.chars().forEach(c -> wide.append(c == '_' ? (char) c : (char) (c + 0xFEE0)));
    return wide.toString();
  }
}
