package dev.quire.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.TestAccounts;
import dev.quire.ingest.Importer;
import dev.quire.work.WorkCatalog;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The pages readers see most render the same once their templates' expressions are compiled: Spring
 * compiles an expression after it has been evaluated a hundred times (MIXED mode), so a page asked
 * for once and then many more times is rendered first by the interpreter, last by compiled code.
 */
class CompiledTemplatesTest extends ArchiveTest {

  /** More evaluations than Spring's threshold for compiling an expression, for one use per page. */
  private static final int RENDERS = 110;

  /** The CSRF token in forms, masked anew for every response. */
  private static final Pattern TOKEN = Pattern.compile("(name=\"authenticity_token\" value=\")[^\"]+\"");

  @Autowired Importer importer;
  @Autowired WorkCatalog catalog;
  @Autowired TestAccounts accounts;
  @Autowired SpringTemplateEngine templates;
  @Autowired MockMvc mvc;

  SampleWorks works;

  @BeforeEach
  void importSamples() {
    works = SampleWorks.importInto(importer, catalog);
  }

  @Test
  void templatesCompileTheirExpressions() {
    assertThat(templates.getEnableSpringELCompiler()).isTrue();
  }

  @Test
  void aGuestsPagesReadTheSameCompiledAsInterpreted() throws Exception {
    String work = "/works/" + works.chaptered().id();
    for (String page : List.of("/", work, work + "?view_full_work=true", work + "/chapters/" + works.chapter(2).id(),
        "/works/" + works.explicit().id() + "?view_adult=true", "/works/search?work_search[query]=" + SampleWorks.WORD,
        "/tags", "/fandoms")) {
      assertSameOnceCompiled(get(page));
    }
  }

  @Test
  void aReadersWorkPageReadsTheSameCompiledAsInterpreted() throws Exception {
    Account reader = accounts.create();
    assertSameOnceCompiled(get("/works/" + works.chaptered().id()).with(accounts.as(reader)));
  }

  private void assertSameOnceCompiled(MockHttpServletRequestBuilder request) throws Exception {
    String first = render(request);
    String last = first;
    for (int i = 0; i < RENDERS; i++) {
      last = render(request);
    }
    assertThat(last).isEqualTo(first);
  }

  private String render(MockHttpServletRequestBuilder request) throws Exception {
    String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    return TOKEN.matcher(html).replaceAll("$1(token)\"");
  }
}
