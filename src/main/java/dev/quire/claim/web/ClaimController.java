package dev.quire.claim.web;

import dev.quire.account.Viewer;
import dev.quire.claim.Claims;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page a claim invitation's link opens ({@code /claims/{token}}): what it offers and a button
 * to accept. A guest is sent to log in first and comes back here; the link is spent only when
 * accepted.
 */
@Controller
class ClaimController {

  private final Claims claims;

  ClaimController(Claims claims) {
    this.claims = claims;
  }

  @GetMapping("/claims/{token}")
  String offer(@PathVariable String token, Viewer viewer, Model model) {
    if (viewer.isGuest()) {
      throw new AccessDeniedException("Please log in to claim works.");
    }
    model.addAttribute("offer", claims.offer(token));
    model.addAttribute("token", token);
    return "claims/offer";
  }

  @PostMapping("/claims/{token}")
  String accept(@PathVariable String token, Viewer viewer, RedirectAttributes flash) {
    String pseud = claims.accept(viewer, token);
    flash.addFlashAttribute("notice", "The works are yours now, credited to this pseud.");
    return "redirect:" + pseud;
  }
}
