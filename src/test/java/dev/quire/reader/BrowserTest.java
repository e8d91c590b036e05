package dev.quire.reader;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.quire.ArchiveTest;
import dev.quire.ingest.Importer;
import dev.quire.work.WorkCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of tests that read the archive in chromium, over HTTP on the test archive's port. Each test
 * gets fresh browser contexts (no cookies, no stored settings), closed after it.
 */
@ExtendWith(Chromium.class)
abstract class BrowserTest extends ArchiveTest {

  static final int PHONE_WIDTH = 360;
  static final int PHONE_HEIGHT = 800;
  static final int DESKTOP_WIDTH = 1280;
  static final int DESKTOP_HEIGHT = 900;

  @LocalServerPort int port;
  @Autowired Importer importer;
  @Autowired WorkCatalog catalog;

  Browser browser;
  SampleWorks works;
  private final List<BrowserContext> contexts = new ArrayList<>();

  @BeforeEach
  void startReading(Browser browser) {
    this.browser = browser;
    this.works = SampleWorks.importInto(importer, catalog);
  }

  @AfterEach
  void closeContexts() {
    contexts.forEach(BrowserContext::close);
    contexts.clear();
  }

  /** A new page in a new browser context of this viewport size. */
  Page page(int width, int height) {
    return page(width, height, options -> options);
  }

  Page page(int width, int height, UnaryOperator<Browser.NewContextOptions> options) {
    BrowserContext context = browser.newContext(
        options.apply(new Browser.NewContextOptions().setViewportSize(width, height)));
    contexts.add(context);
    return context.newPage();
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  String workPath() {
    return "/works/" + works.chaptered().id();
  }

  String chapterPath(int position) {
    return workPath() + "/chapters/" + works.chapter(position).id();
  }
}
