package dev.quire.work.web;

import dev.quire.account.Viewer;
import dev.quire.tag.TagSlug;
import dev.quire.work.InvalidPseudException;
import dev.quire.work.PseudDetails;
import dev.quire.work.PseudForm;
import dev.quire.work.Pseuds;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An account's pseuds at AO3's addresses: the list ({@code /users/{user}/pseuds}), a new one, and
 * editing or deleting one. Anyone reads the list; {@link Pseuds} says who changes it. A form
 * with a problem is shown again with status 422, each problem beside its field.
 */
@Controller
class PseudController {

  private final Pseuds pseuds;

  PseudController(Pseuds pseuds) {
    this.pseuds = pseuds;
  }

  @GetMapping("/users/{user}/pseuds")
  String list(@PathVariable String user, Viewer viewer, Model model) {
    model.addAttribute("user", user);
    model.addAttribute("pseuds", pseuds.of(user)
        .orElseThrow(() -> WorkController.notFound("There is no user " + user + ".")));
    model.addAttribute("mayChange", pseuds.mayChange(viewer, user));
    return "users/pseuds";
  }

  @GetMapping("/users/{user}/pseuds/new")
  String create(@PathVariable String user, Viewer viewer, Model model) {
    pseuds.checkMayChange(viewer, user);
    return form(model, user, null, new PseudForm("", "", ""));
  }

  @PostMapping("/users/{user}/pseuds")
  String add(@PathVariable String user, Viewer viewer, PseudFields fields, Model model,
      HttpServletResponse response) {
    try {
      return "redirect:" + pseuds.add(viewer, user, fields.form()).path();
    } catch (InvalidPseudException e) {
      return refused(e, response, model, user, null, fields.form());
    }
  }

  @GetMapping("/users/{user}/pseuds/{pseud}/edit")
  String edit(@PathVariable String user, @PathVariable String pseud, Viewer viewer, Model model) {
    PseudDetails details = pseuds.forEditing(viewer, user, TagSlug.decode(pseud));
    return form(model, user, details, new PseudForm(details.name(), details.description(), details.iconAlt()));
  }

  @PostMapping("/users/{user}/pseuds/{pseud}")
  String update(@PathVariable String user, @PathVariable String pseud, Viewer viewer, PseudFields fields,
      Model model, HttpServletResponse response) {
    String name = TagSlug.decode(pseud);
    try {
      return "redirect:" + pseuds.edit(viewer, user, name, fields.form()).path();
    } catch (InvalidPseudException e) {
      return refused(e, response, model, user, pseuds.forEditing(viewer, user, name), fields.form());
    }
  }

  @PostMapping("/users/{user}/pseuds/{pseud}/delete")
  String delete(@PathVariable String user, @PathVariable String pseud, Viewer viewer,
      RedirectAttributes flash) {
    String name = TagSlug.decode(pseud);
    int moved;
    try {
      moved = pseuds.delete(viewer, user, name);
    } catch (InvalidPseudException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    flash.addFlashAttribute("notice", moved == 0 ? "The pseud " + name + " was deleted."
        : "The pseud " + name + " was deleted; its " + moved + (moved == 1 ? " work is" : " works are")
            + " now credited to your default pseud.");
    return "redirect:/users/" + user + "/pseuds";
  }

  private static String form(Model model, String user, PseudDetails editing, PseudForm form) {
    model.addAttribute("user", user);
    model.addAttribute("editing", editing);
    model.addAttribute("title", editing == null ? "New Pseud" : "Edit Pseud " + editing.name());
    model.addAttribute("form", form);
    model.addAttribute("nameMax", Pseuds.NAME_MAX);
    model.addAttribute("descriptionMax", Pseuds.DESCRIPTION_MAX);
    model.addAttribute("iconAltMax", Pseuds.ICON_ALT_MAX);
    return "users/pseud-form";
  }

  private static String refused(InvalidPseudException e, HttpServletResponse response, Model model, String user,
      PseudDetails editing, PseudForm form) {
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    model.addAttribute("problems", e.problems());
    return form(model, user, editing, form);
  }

  /** The form's fields. */
  record PseudFields(String name, String description, String iconAlt) {

    PseudForm form() {
      return new PseudForm(name, description, iconAlt);
    }
  }
}
