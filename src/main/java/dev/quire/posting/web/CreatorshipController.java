package dev.quire.posting.web;

import dev.quire.account.Viewer;
import dev.quire.posting.CoCreators;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A person's co-creator requests (AO3's "Co-Creator Requests"): accept or decline each. */
@Controller
class CreatorshipController {

  private final CoCreators coCreators;

  CreatorshipController(CoCreators coCreators) {
    this.coCreators = coCreators;
  }

  @GetMapping("/users/{user}/creatorships")
  String requests(Viewer viewer, @PathVariable String user, Model model) {
    if (viewer.isGuest() || !user.equals(viewer.userName())) {
      throw new AccessDeniedException("You can only see your own co-creator requests.");
    }
    model.addAttribute("requests", coCreators.requests(viewer));
    return "users/creatorships";
  }

  @PostMapping("/creatorships/{id}/accept")
  String accept(Viewer viewer, @PathVariable long id) {
    coCreators.accept(viewer, id);
    return "redirect:/users/" + viewer.userName() + "/creatorships?accepted=" + id;
  }

  @PostMapping("/creatorships/{id}/decline")
  String decline(Viewer viewer, @PathVariable long id) {
    coCreators.decline(viewer, id);
    return "redirect:/users/" + viewer.userName() + "/creatorships";
  }
}
