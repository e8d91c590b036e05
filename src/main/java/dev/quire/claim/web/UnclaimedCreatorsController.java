package dev.quire.claim.web;

import dev.quire.account.Viewer;
import dev.quire.claim.Claims;
import dev.quire.claim.UnclaimedCreator;
import dev.quire.platform.PageNumber;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The archivists' list of imported bylines nobody has claimed ({@code /archivist/creators}), with a
 * search by name, where each creator's address is noted and a claim invitation sent. After a change
 * the list is shown again as it was searched.
 */
@Controller
class UnclaimedCreatorsController {

  private final Claims claims;

  UnclaimedCreatorsController(Claims claims) {
    this.claims = claims;
  }

  @GetMapping("/archivist/creators")
  String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") String page,
      Viewer viewer, Model model) {
    Page<UnclaimedCreator> found = claims.unclaimed(viewer, q, pageNumber(page) - 1);
    model.addAttribute("q", q);
    model.addAttribute("creators", found);
    return "archivist/creators";
  }

  @PostMapping("/archivist/creators/{id}/email")
  String noteEmail(@PathVariable long id, @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String q, Viewer viewer, RedirectAttributes flash) {
    claims.noteEmail(viewer, id, email);
    flash.addFlashAttribute("notice", email.isBlank() ? "The address was forgotten." : "The address was noted.");
    return back(q);
  }

  @PostMapping("/archivist/creators/{id}/invitation")
  String invite(@PathVariable long id, @RequestParam(defaultValue = "") String q, Viewer viewer,
      RedirectAttributes flash) {
    String to = claims.invite(viewer, id, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
    flash.addFlashAttribute("notice", "A claim invitation was sent to " + to + ".");
    return back(q);
  }

  private static String back(String q) {
    return "redirect:" + UriComponentsBuilder.fromPath("/archivist/creators")
        .queryParamIfPresent("q", Optional.of(q).filter(s -> !s.isBlank())).encode().toUriString();
  }

  private static int pageNumber(String page) {
    return PageNumber.of(page, 999_999).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
        "'page' takes a page number from 1 to 999999, not '" + page + "'"));
  }
}
