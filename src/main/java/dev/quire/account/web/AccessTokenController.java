package dev.quire.account.web;

import dev.quire.account.AccessTokens;
import dev.quire.account.TokenRefusedException;
import dev.quire.account.Viewer;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /account/tokens}: the logged-in account's personal access tokens, listed with their last
 * use, created (the token shown on the answer to the form, once) and revoked. The security chain
 * lets only logged-in visitors here.
 */
@Controller
class AccessTokenController {

  private final AccessTokens tokens;

  AccessTokenController(AccessTokens tokens) {
    this.tokens = tokens;
  }

  @GetMapping("/account/tokens")
  String list(Viewer viewer, @RequestParam(required = false) String revoked, Model model) {
    model.addAttribute("revoked", revoked != null);
    return page(viewer, model);
  }

  /** Creates a token and shows it in this answer only, which no cache may keep. */
  @PostMapping("/account/tokens")
  String create(Viewer viewer, @RequestParam(defaultValue = "") String label,
      @RequestParam(defaultValue = "read") String access, Model model, HttpServletResponse response) {
    try {
      model.addAttribute("issued", tokens.issue(viewer, label, "write".equals(access)));
      response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    } catch (TokenRefusedException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("problem", e.getMessage());
      model.addAttribute("label", label);
    }
    return page(viewer, model);
  }

  @PostMapping("/account/tokens/{id}/revoke")
  String revoke(Viewer viewer, @PathVariable long id) {
    if (!tokens.revoke(viewer, id)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no token " + id + ".");
    }
    return "redirect:/account/tokens?revoked";
  }

  private String page(Viewer viewer, Model model) {
    model.addAttribute("tokens", tokens.of(viewer));
    model.addAttribute("maxLabel", AccessTokens.MAX_LABEL);
    return "account/tokens";
  }
}
