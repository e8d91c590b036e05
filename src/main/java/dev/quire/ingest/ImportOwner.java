package dev.quire.ingest;

import dev.quire.account.Role;
import dev.quire.account.Viewer;
import org.springframework.security.access.AccessDeniedException;

/**
 * Whom the works of one import run belong to: the archivist who ran it, who then edits them,
 * decides their tag suggestions and manages the bylines they brought ({@code Work.owner},
 * {@code Creator}'s "imported by"), or no account ({@link #NONE}: the command line without
 * {@code --archivist}, the demo's samples). A value of the run, never of what a file says: the
 * formats stay pure. Immutable.
 *
 * @param accountId the archivist's account, or null for none
 */
public record ImportOwner(Long accountId) {

  /** Works that belong to no account; only admins and their creators manage them. */
  public static final ImportOwner NONE = new ImportOwner(null);

  /**
   * The archivist {@code viewer} is, as the owner of what they import.
   *
   * @throws AccessDeniedException unless the viewer is an account that may write and holds the
   *     archivist role
   */
  public static ImportOwner archivist(Viewer viewer) {
    if (!mayImport(viewer)) {
      throw new AccessDeniedException(viewer.isGuest()
          ? "Only archivists import works."
          : viewer.userName() + " is not an archivist: only archivists import works.");
    }
    return new ImportOwner(viewer.accountId());
  }

  /** Whether {@code viewer} may import works: an account that may write and holds the archivist role. */
  public static boolean mayImport(Viewer viewer) {
    return viewer.mayWrite() && viewer.has(Role.ARCHIVIST);
  }
}
