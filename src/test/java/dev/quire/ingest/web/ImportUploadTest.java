package dev.quire.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.ingest.ImportHistory;
import dev.quire.search.TestWorks;
import dev.quire.work.WorkRepository;
import dev.quire.account.HttpVisitor;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** An archivist imports files from {@code /imports}; the works are theirs. Nobody else may. */
class ImportUploadTest extends ArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired ImportHistory history;
  @Autowired WorkRepository works;
  @Autowired TransactionTemplate transactions;
  @LocalServerPort int port;

  private static final String PASSWORD = "a lock keeper's ledger";
  /** More files than Tomcat takes parts of a form by default (50). */
  private static final int MANY = 120;

  @Test
  void anArchivistsUploadIsOneRunWhoseWorksAreTheirs() throws Exception {
    Account archivist = accounts.create(Role.ARCHIVIST);
    String marker = TestWorks.marker();

    String location = mvc.perform(multipart("/imports").file(file("bell-" + marker + ".txt", "Bell " + marker))
            .file(file("buoy-" + marker + ".txt", "Buoy " + marker)).with(accounts.as(archivist)))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

    long runId = Long.parseLong(location.replaceFirst("^/imports/", ""));
    var run = history.run(runId).orElseThrow();
    assertThat(run.getFiles()).hasSize(2).allSatisfy(file -> assertThat(file.getWorkId()).isNotNull());
    transactions.executeWithoutResult(t -> run.getFiles().forEach(file ->
        assertThat(works.findById(file.getWorkId()).orElseThrow().getOwner().getId()).isEqualTo(archivist.getId())));
  }

  @Test
  void theFormIsOfferedToArchivistsAndAnUploadByAnyoneElseIsRefused() throws Exception {
    Account archivist = accounts.create(Role.ARCHIVIST);
    String marker = TestWorks.marker();

    assertThat(Jsoup.parse(mvc.perform(get("/imports").with(accounts.as(archivist))).andReturn().getResponse()
        .getContentAsString()).select("form.import input[type=file]")).hasSize(1);
    assertThat(Jsoup.parse(mvc.perform(get("/imports").with(accounts.as(accounts.create()))).andReturn().getResponse()
        .getContentAsString()).select("form.import")).isEmpty();
    mvc.perform(multipart("/imports").file(file("x-" + marker + ".txt", "Refused " + marker))
        .with(accounts.as(accounts.create(Role.WRANGLER)))).andExpect(status().isForbidden());
    mvc.perform(multipart("/imports").file(file("y-" + marker + ".txt", "Refused " + marker))
        .with(TestAccounts.csrf())).andExpect(redirectedUrl("/users/login"));
    mvc.perform(multipart("/imports").with(accounts.as(archivist))).andExpect(status().isBadRequest());
  }

  @Test
  void anUploadOfManyFilesIsImportedWholeOverHttp() throws Exception {
    Account archivist = accounts.create(PASSWORD, Role.ARCHIVIST);
    HttpVisitor visitor = new HttpVisitor(port);
    assertThat(visitor.logIn(archivist.getUserName(), PASSWORD).statusCode()).isEqualTo(302);
    String marker = TestWorks.marker();
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int n = 1; n <= MANY; n++) {
      files.put("lock-" + n + "-" + marker + ".txt", story("Lock " + n + " " + marker));
    }

    HttpResponse<String> answer = visitor.upload("/imports", "files", files);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
    long runId = Long.parseLong(URI.create(answer.headers().firstValue("Location").orElseThrow()).getPath()
        .replaceFirst("^/imports/", ""));
    var run = history.run(runId).orElseThrow();
    assertThat(run.getImported()).isEqualTo(MANY);
    assertThat(run.isRunning()).isFalse();
  }

  @Test
  void anUploadOfTooManyFilesIsRefusedWithTheLimitsInWords() throws Exception {
    Account archivist = accounts.create(PASSWORD, Role.ARCHIVIST);
    HttpVisitor visitor = new HttpVisitor(port);
    assertThat(visitor.logIn(archivist.getUserName(), PASSWORD).statusCode()).isEqualTo(302);
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int n = 1; n <= 1_001; n++) {
      files.put("one-too-many-" + n + ".txt", story("One too many " + n));
    }

    HttpResponse<String> answer = visitor.upload("/imports", "files", files);

    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.body()).contains("An upload holds at most 1,000 files").doesNotContain("Exception");
  }

  private static MockMultipartFile file(String name, String title) {
    return new MockMultipartFile("files", name, "text/plain", story(title));
  }

  private static byte[] story(String title) {
    return ("Title: " + title + "\n\n" + "The bell rang over the harbour until the fog lifted.\n\n".repeat(5))
        .getBytes(StandardCharsets.UTF_8);
  }
}
