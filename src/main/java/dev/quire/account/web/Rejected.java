package dev.quire.account.web;

import dev.quire.account.FormProblems;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** A form sent back with its problems: status 422, each problem beside its field. */
final class Rejected {

  private Rejected() {}

  /** Shows {@code view} again with {@code problems}; the view name to return. */
  static String form(String view, FormProblems problems, Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    model.addAttribute("problems", problems);
    return view;
  }
}
