package dev.quire.report.web;

import dev.quire.account.Viewer;
import dev.quire.report.Reports;
import dev.quire.work.VisibilityChanges;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /admin/reports}: moderators and admins read the open reports, hide a reported work right
 * there (the takedown of the work's own page, {@link VisibilityChanges#hide}) and mark a report
 * resolved.
 */
@Controller
class AdminReportsController {

  private final Reports reports;
  private final VisibilityChanges visibility;

  AdminReportsController(Reports reports, VisibilityChanges visibility) {
    this.reports = reports;
    this.visibility = visibility;
  }

  @GetMapping("/admin/reports")
  String list(Viewer viewer, Model model) {
    model.addAttribute("reports", reports.open(viewer));
    model.addAttribute("open", reports.openCount(viewer));
    return "admin/reports";
  }

  @PostMapping("/admin/reports/{id}/hide")
  String hide(@PathVariable long id, Viewer viewer) {
    visibility.hide(viewer, reports.workOf(viewer, id));
    return "redirect:/admin/reports#report_" + id;
  }

  @PostMapping("/admin/reports/{id}/resolve")
  String resolve(@PathVariable long id, Viewer viewer) {
    reports.resolve(viewer, id);
    return "redirect:/admin/reports";
  }
}
