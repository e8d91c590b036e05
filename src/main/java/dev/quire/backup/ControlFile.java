package dev.quire.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code serve.control} in an embedded archive's data folder: how a command on the same machine
 * reaches the server that holds the archive (the port it listens on) and proves it may ask it for
 * a backup (a secret made at each start). Readable by the folder's owner alone, so whoever can read
 * it could as well read the database itself.
 */
record ControlFile(int port, String secret) {

  static final String NAME = "serve.control";

  /** The control file of the archive in {@code data}, when a server wrote one. */
  static Optional<ControlFile> in(Path data) {
    Properties values = new Properties();
    try (Reader reader = Files.newBufferedReader(data.resolve(NAME))) {
      values.load(reader);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new BackupException(data.resolve(NAME) + " cannot be read (" + e.getMessage() + "); run the backup as the "
          + "user that runs the server");
    }
    try {
      return Optional.of(new ControlFile(Integer.parseInt(values.getProperty("port", "")), values.getProperty("secret")));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes this file into {@code data} whole, for its owner alone: written aside first and moved
   * into place, so that no one ever reads half of it.
   */
  void writeTo(Path data) {
    Properties values = new Properties();
    values.setProperty("port", Integer.toString(port));
    values.setProperty("secret", secret);
    try {
      Path written = Files.createTempFile(data, NAME, ".new", ownerOnly());
      try (Writer writer = Files.newBufferedWriter(written)) {
        values.store(writer, "The running server's; removed when it stops. Keep it private.");
      }
      Files.move(written, data.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the control file in {@code data} if it is this one, not one a later server wrote. */
  void removeFrom(Path data) {
    if (in(data).filter(this::equals).isPresent()) {
      try {
        Files.deleteIfExists(data.resolve(NAME));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static FileAttribute<?>[] ownerOnly() {
    // A temporary file is its owner's alone already on POSIX systems; this says so rather than rely on it.
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }
    return new FileAttribute<?>[0];
  }

  @Override
  public String toString() {
    return "ControlFile[port=" + port + "]";
  }
}
