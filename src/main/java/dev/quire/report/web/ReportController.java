package dev.quire.report.web;

import dev.quire.account.FormProblems;
import dev.quire.account.Viewer;
import dev.quire.report.ReportReason;
import dev.quire.report.Reports;
import dev.quire.report.Reports.ReportForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * AO3's "Report" link on a work ({@code /works/{id}/report}): a reason, what is wrong, and a
 * guest's email address for the moderators' answer. Whoever may read the work may report it.
 */
@Controller
class ReportController {

  private final Reports reports;

  ReportController(Reports reports) {
    this.reports = reports;
  }

  @GetMapping("/works/{id}/report")
  String form(@PathVariable long id, @RequestParam(required = false) String sent, Viewer viewer, Model model) {
    return page(id, ReportForm.blank(), sent != null, viewer, model);
  }

  @PostMapping("/works/{id}/report")
  String report(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "") String details, @RequestParam(defaultValue = "") String email,
      Viewer viewer, Model model, HttpServletRequest request, HttpServletResponse response) {
    ReportForm form = new ReportForm(reason, details, email);
    FormProblems problems = reports.file(viewer, id, form, request.getRemoteAddr());
    if (!problems.isEmpty()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("problems", problems);
      return page(id, form, false, viewer, model);
    }
    return "redirect:/works/" + id + "/report?sent";
  }

  private String page(long id, ReportForm form, boolean sent, Viewer viewer, Model model) {
    model.addAttribute("work", reports.reportable(viewer, id));
    model.addAttribute("form", form);
    model.addAttribute("reasons", ReportReason.values());
    model.addAttribute("maxDetails", Reports.MAX_DETAILS);
    model.addAttribute("guest", viewer.isGuest());
    model.addAttribute("sent", sent);
    return "works/report";
  }
}
