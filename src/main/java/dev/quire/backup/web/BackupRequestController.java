package dev.quire.backup.web;

import dev.quire.backup.ArchiveBackup.Summary;
import dev.quire.backup.BackupException;
import dev.quire.backup.LiveBackups;
import dev.quire.backup.RunningServer;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code quire backup}'s request to the server that holds an embedded archive: back it up into
 * {@code folder} (an absolute path on this machine) and answer when it is written. Who may ask is
 * {@link ControlSecurity}'s to say; no page links here.
 */
@RestController
class BackupRequestController {

  private final LiveBackups backups;

  BackupRequestController(LiveBackups backups) {
    this.backups = backups;
  }

  @PostMapping(RunningServer.BACKUPS)
  Summary backUp(@RequestParam(required = false) String folder) {
    Path target = absolute(folder);
    try {
      return backups.backUp(target);
    } catch (BackupException e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
    } catch (UncheckedIOException e) {
      // Most often a folder the server's user may not write: the command's user may not be the same.
      throw new ResponseStatusException(HttpStatus.CONFLICT, "the server cannot write the backup into " + target
          + " (" + e.getCause() + "); name a folder that the user running the server may write");
    }
  }

  private static Path absolute(String folder) {
    if (folder == null || folder.isBlank()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "name the folder to back up into (folder)");
    }
    try {
      Path path = Path.of(folder);
      if (path.isAbsolute()) {
        return path.normalize();
      }
    } catch (InvalidPathException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'" + folder + "' is not a folder's path");
    }
    throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "name the folder to back up into by its absolute path, "
        + "not " + folder);
  }
}
