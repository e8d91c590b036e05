package dev.quire.account.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/**
 * A page that only says what happened, with at most one link onwards ({@code users/notice}).
 *
 * @param heading the page's heading
 * @param message what happened, in a sentence or two
 * @param nextUrl where to go next, or null
 * @param nextLabel the link's words, or null
 */
record Notice(String heading, String message, String nextUrl, String nextLabel) {

  /** Shows the notice with {@code status}; the view name to return. */
  String show(Model model, HttpServletResponse response, int status) {
    response.setStatus(status);
    model.addAttribute("heading", heading);
    model.addAttribute("message", message);
    model.addAttribute("nextUrl", nextUrl);
    model.addAttribute("nextLabel", nextLabel);
    return "users/notice";
  }
}
