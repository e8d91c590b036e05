package dev.quire.settings.web;

import dev.quire.settings.ArchiveSettings;
import dev.quire.settings.Setting;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page the archive's name ({@code archiveName}) for its title and header, as an admin
 * last set it; read from the settings each node keeps for a few seconds, not once per page.
 */
@ControllerAdvice
class ArchiveNameHeader {

  private final ArchiveSettings settings;

  ArchiveNameHeader(ArchiveSettings settings) {
    this.settings = settings;
  }

  @ModelAttribute("archiveName")
  String archiveName() {
    return settings.value(Setting.ARCHIVE_NAME);
  }
}
