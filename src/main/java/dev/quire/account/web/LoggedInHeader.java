package dev.quire.account.web;

import dev.quire.account.AccountDetails;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page's header who is logged in ({@code loggedInAs}, a user name, or null for a
 * guest), from the security context alone: no query per page.
 */
@ControllerAdvice
class LoggedInHeader {

  @ModelAttribute("loggedInAs")
  String loggedInAs() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof AccountDetails details
        ? details.getUsername()
        : null;
  }
}
