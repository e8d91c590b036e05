package dev.quire.account.web;

import dev.quire.account.FormProblems;
import dev.quire.account.SettingChanges;
import dev.quire.account.Viewer;
import dev.quire.settings.Setting;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/settings}: an admin sets who may sign up, how many invitations the queue sends a
 * day, the archive's name and whether readers confirm their age before adult works. Each field is
 * named by its setting's key.
 */
@Controller
class AdminSettingsController {

  private final SettingChanges changes;

  AdminSettingsController(SettingChanges changes) {
    this.changes = changes;
  }

  @GetMapping("/admin/settings")
  String show(@RequestParam(required = false) String saved, Viewer viewer, Model model) {
    Map<String, String> values = new LinkedHashMap<>();
    changes.current(viewer).forEach((setting, value) -> values.put(setting.key(), value));
    return form(values, saved != null, model);
  }

  @PostMapping("/admin/settings")
  String change(@RequestParam Map<String, String> sent, Viewer viewer, Model model, HttpServletResponse response) {
    Map<Setting, String> asked = new EnumMap<>(Setting.class);
    for (Setting setting : Setting.values()) {
      asked.put(setting, sent.getOrDefault(setting.key(), ""));
    }
    FormProblems problems = changes.apply(viewer, asked);
    if (!problems.isEmpty()) {
      Map<String, String> values = new LinkedHashMap<>();
      asked.forEach((setting, value) -> values.put(setting.key(), value));
      form(values, false, model);
      return Rejected.form("admin/settings", problems, model, response);
    }
    return "redirect:/admin/settings?saved";
  }

  private static String form(Map<String, String> values, boolean saved, Model model) {
    model.addAttribute("values", values);
    model.addAttribute("modes", Setting.SIGN_UP_MODES);
    model.addAttribute("maxPerDay", Setting.MAX_INVITATIONS_PER_DAY);
    model.addAttribute("maxName", Setting.MAX_NAME);
    model.addAttribute("saved", saved);
    return "admin/settings";
  }
}
