package dev.quire.reader;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import dev.quire.ExternalTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One headless Debian chromium for the whole test run, driven by Playwright, handed to tests as a
 * {@link Browser} parameter. Playwright never downloads a browser: it starts /usr/bin/chromium.
 *
 * <p>Without chromium the tests are skipped on a developer's machine, but fail when {@code CI=true},
 * where the CI script installs it: a browser test that silently never runs protects nothing.
 */
final class Chromium implements BeforeAllCallback, ParameterResolver {

  static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

  // Without the background-networking flags chromium keeps calling home, which a closed network refuses.
  private static final List<String> ARGS = List.of(
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync");

  @Override
  public void beforeAll(ExtensionContext context) {
    if (Files.isExecutable(EXECUTABLE)) {
      return;
    }
    ExternalTool.missing(EXECUTABLE + " is missing; install Debian's chromium (apt-get install -y chromium)");
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Browser.class;
  }

  @Override
  public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .computeIfAbsent(Running.class, key -> Running.start(), Running.class)
        .browser();
  }

  /** Closed by JUnit when the run ends, with the root context's store. */
  private record Running(Playwright playwright, Browser browser) implements AutoCloseable {

    static Running start() {
      Playwright playwright = Playwright.create(
          new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      try {
        return new Running(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(EXECUTABLE)
            .setHeadless(true)
            .setArgs(ARGS)));
      } catch (RuntimeException e) {
        playwright.close();
        throw e;
      }
    }

    @Override
    public void close() {
      browser.close();
      playwright.close();
    }
  }
}
