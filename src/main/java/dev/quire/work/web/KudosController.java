package dev.quire.work.web;

import dev.quire.account.Viewer;
import dev.quire.work.Kudos;
import dev.quire.work.KudosRefusedException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The work page's Kudos button (a form, CSRF-protected, no script needed): leaves the kudos and
 * goes back to the work, whose page then says the kudos is there. Pressed again (another tab, the
 * back button), nothing changes and the page says so the same way.
 */
@Controller
class KudosController {

  private final Kudos kudos;

  KudosController(Kudos kudos) {
    this.kudos = kudos;
  }

  @PostMapping("/works/{id}/kudos")
  String leave(@PathVariable long id, Viewer viewer, HttpServletRequest request) {
    try {
      kudos.leave(viewer, id, request.getRemoteAddr());
    } catch (KudosRefusedException refused) {
      throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, refused.getMessage());
    } catch (AccessDeniedException refused) {
      // The policy's sentence (a creator blocked the reader), on the page rather than a bare 403.
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, refused.getMessage());
    }
    return "redirect:/works/" + id + "#feedback";
  }
}
