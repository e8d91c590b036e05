package dev.quire.account;

import dev.quire.settings.ArchiveSettings;
import dev.quire.settings.Setting;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * An admin reads and changes the archive's settings ({@code /admin/settings}): the one way a
 * setting changes, so that every change passes the account policy and the settings' own rules.
 * Thread-safe.
 */
@Component
public class SettingChanges {

  private final ArchiveSettings settings;
  private final AccountPolicy policy;

  SettingChanges(ArchiveSettings settings, AccountPolicy policy) {
    this.settings = settings;
    this.policy = policy;
  }

  /**
   * Every setting's value now.
   *
   * @throws AccessDeniedException unless {@code viewer} may change settings
   */
  public Map<Setting, String> current(Viewer viewer) {
    policy.check(viewer, AccountAction.CHANGE_SETTINGS);
    return settings.all();
  }

  /**
   * Stores the settings {@code asked} names, or, when one is not valid, says why by the setting's
   * key and stores none of them.
   *
   * @throws AccessDeniedException unless {@code viewer} may change settings
   */
  public FormProblems apply(Viewer viewer, Map<Setting, String> asked) {
    policy.check(viewer, AccountAction.CHANGE_SETTINGS);
    Map<Setting, String> values = new EnumMap<>(Setting.class);
    Map<String, String> problems = new LinkedHashMap<>();
    asked.forEach((setting, value) -> {
      String normal = ArchiveSettings.normal(setting, value);
      setting.problem(normal).ifPresentOrElse(problem -> problems.put(setting.key(), problem),
          () -> values.put(setting, normal));
    });
    if (!problems.isEmpty()) {
      return new FormProblems(problems);
    }
    settings.store(values, viewer.userName());
    return FormProblems.none();
  }
}
