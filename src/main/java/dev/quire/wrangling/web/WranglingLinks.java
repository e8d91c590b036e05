package dev.quire.wrangling.web;

import dev.quire.account.Viewer;
import dev.quire.wrangling.WranglingPolicy;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the search and tag pages whether their viewer wrangles ({@code mayWrangle}), so that a
 * tag's page links to its wrangling page for wranglers alone. Named by package, not class: the
 * search pages know nothing of wrangling.
 */
@ControllerAdvice(basePackages = "dev.quire.search.web")
class WranglingLinks {

  private final WranglingPolicy policy;

  WranglingLinks(WranglingPolicy policy) {
    this.policy = policy;
  }

  @ModelAttribute("mayWrangle")
  boolean mayWrangle(Viewer viewer) {
    return policy.mayWrangle(viewer);
  }
}
