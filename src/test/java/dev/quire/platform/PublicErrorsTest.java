package dev.quire.platform;

import dev.quire.account.Account;
import dev.quire.account.HttpVisitor;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import java.util.Map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.ingest.Importer;
import dev.quire.tag.TagKind;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails.SuggestionView;
import jakarta.servlet.RequestDispatcher;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/**
 * What a visitor reads when something fails: a bad value is a 400 that names the limit, and no
 * error ever shows SQL, table or column names.
 */
class PublicErrorsTest extends ArchiveTest {

  private static final String[] DATABASE_WORDS = {"insert", "select", "TAG", "NAME", "SQL", "Exception", "H2"};

  @Autowired Importer importer;
  @Autowired WorkCatalog catalog;
  @LocalServerPort int port;

  @Autowired TestAccounts accounts;

  private static final String PASSWORD = "correct horse battery staple";

  @Test
  void aSuggestionRenamedPastTheLongestTagNameIsA400NamingTheLimitWithoutSql() throws Exception {
    for (int length : new int[] {256, 100 * 1024}) {
      long work = importStory();
      SuggestionView fandom = fandomSuggestion(work);

      HttpResponse<String> page = accept(work, fandom.id(), "M".repeat(length));

      assertThat(page.statusCode()).as("%d characters", length).isEqualTo(400);
      String shown = Jsoup.parse(page.body()).select("main").text();
      assertThat(shown).contains("at most 255 characters").doesNotContain(DATABASE_WORDS);
      assertThat(catalog.details(Viewer.guest(), work).orElseThrow().summary().tagsOf(TagKind.FANDOM)).isEmpty();
    }
  }

  @Test
  void aSuggestionRenamedToTheLongestTagNameIsAccepted() throws Exception {
    long work = importStory();
    String longest = "Merlin " + "m".repeat(255 - "Merlin ".length());

    assertThat(accept(work, fandomSuggestion(work).id(), longest).statusCode()).isEqualTo(302);
    assertThat(catalog.details(Viewer.guest(), work).orElseThrow().summary().tagsOf(TagKind.FANDOM)).containsExactly(longest);
  }

  @Test
  void anUnexpectedFailureShowsNoneOfItsOwnMessage() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
    request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new DataIntegrityViolationException(
        "could not execute statement [Value too long for column \"NAME CHARACTER VARYING(255)\"]"
            + " [insert into tag (canonical,kind,name,synonym_of_id,id) values (?,?,?,?,default)]"));

    var attributes = new PublicErrorAttributes("50MB", "50MB", 1001).getErrorAttributes(new ServletWebRequest(request),
        ErrorAttributeOptions.of(ErrorAttributeOptions.Include.MESSAGE));

    assertThat(attributes.get("message")).isEqualTo(PublicErrorAttributes.UNEXPECTED);
  }

  @Test
  void aMessageChosenForTheVisitorIsKept() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 503);
    ResponseStatusException busy = new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "The archive is busy.");
    request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, busy);
    request.setAttribute(RequestDispatcher.ERROR_MESSAGE, "The archive is busy.");

    var attributes = new PublicErrorAttributes("50MB", "50MB", 1001).getErrorAttributes(new ServletWebRequest(request),
        ErrorAttributeOptions.of(ErrorAttributeOptions.Include.MESSAGE));

    assertThat(attributes.get("message")).isEqualTo("The archive is busy.");
  }

  private HttpResponse<String> accept(long work, long suggestion, String name) throws Exception {
    HttpVisitor wrangler = new HttpVisitor(port);
    Account account = accounts.create(PASSWORD, Role.WRANGLER);
    assertThat(wrangler.logIn(account.getUserName(), PASSWORD).statusCode()).isEqualTo(302);
    return wrangler.post("/works/" + work + "/suggestions/" + suggestion + "/accept", Map.of("name", name));
  }

  private long importStory() {
    String text = "Disclaimer: I do not own Merlin, nor any of its characters.\n\n"
        + "The castle kitchens were warm and the bread was rising in its tins. " + UUID.randomUUID() + "\n";
    return importer.importBytes("story.txt", "story-" + UUID.randomUUID() + ".txt",
        text.getBytes(StandardCharsets.UTF_8), false).workId();
  }

  private SuggestionView fandomSuggestion(long work) {
    return catalog.details(Viewer.guest(), work).orElseThrow().suggestions().stream()
        .filter(s -> s.kind().equals("fandom")).findFirst().orElseThrow();
  }
}
