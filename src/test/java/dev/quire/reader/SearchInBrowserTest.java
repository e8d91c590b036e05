package dev.quire.reader;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search page's filters in a real browser: facets and saved exclusions. */
class SearchInBrowserTest extends BrowserTest {

  List<String> titles(Page page) {
    return page.locator("li.work.blurb h4.heading a:first-child").allTextContents();
  }

  String searchFor(String query) {
    return url("/works/search?q=" + SampleWorks.WORD + "+" + query);
  }

  @Test
  void excludingARatingFromTheTagCountsDropsItsWorks() {
    Page page = page(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    page.navigate(searchFor(""));
    assertThat(titles(page)).contains(works.explicit().summary().title(), works.chaptered().summary().title());

    page.getByLabel("Exclude Explicit").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sort and Filter")).first().click();
    // The click only starts the navigation: wait for the filtered page before reading its titles.
    page.waitForURL("**exclude=rating%3AExplicit**");
    page.waitForLoadState();
    assertThat(titles(page)).contains(works.chaptered().summary().title())
        .doesNotContain(works.explicit().summary().title());
  }

  @Test
  void savedExclusionsApplyAgainWithOneClickAfterTheBrowserReturns() {
    Page page = page(PHONE_WIDTH, PHONE_HEIGHT);
    page.navigate(searchFor("") + "&exclude=rating:Explicit");
    page.onceDialog(dialog -> dialog.accept("Nothing explicit"));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save these exclusions…")).click();

    page.navigate(searchFor(""));
    assertThat(titles(page)).contains(works.explicit().summary().title());
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nothing explicit")).click();
    page.waitForURL("**exclude=rating%3AExplicit**");

    assertThat(titles(page)).contains(works.chaptered().summary().title())
        .doesNotContain(works.explicit().summary().title());
    assertThat(page.getByLabel("Exclude rating:Explicit").isChecked()).isTrue();
  }

  @Test
  void aMalformedQueryIsExplainedOnThePage() {
    Page page = page(PHONE_WIDTH, PHONE_HEIGHT);
    page.navigate(url("/works/search?q=%22unclosed"));

    assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("quotation mark");
  }
}
