package dev.quire.backup;

import dev.quire.platform.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a backup folder holds, written last as {@code manifest.json}: the Quire that wrote it, the
 * index layout and work count of the archive then, the database it came from ({@code h2} or
 * {@code postgresql}) and the SHA-256 of each file, which a restore checks before it changes
 * anything.
 */
record Manifest(String quire, int layout, long works, String database, Map<String, String> files) {

  static final String NAME = "manifest.json";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  Manifest {
    files = new TreeMap<>(files);
  }

  /** The manifest of {@code folder}'s files {@code names}, as they are now. */
  static Manifest of(Path folder, String quire, int layout, long works, String database, Iterable<String> names) {
    Map<String, String> files = new TreeMap<>();
    names.forEach(name -> files.put(name, sha256(folder.resolve(name))));
    return new Manifest(quire, layout, works, database, files);
  }

  void write(Path folder) {
    try {
      Files.writeString(folder.resolve(NAME), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The manifest in {@code folder}, once every file it names is there with the checksum it states. */
  static Manifest verified(Path folder) {
    Manifest manifest;
    try {
      manifest = JSON.readValue(folder.resolve(NAME).toFile(), Manifest.class);
    } catch (RuntimeException e) {
      if (e.getCause() instanceof NoSuchFileException || !Files.exists(folder.resolve(NAME))) {
        throw new BackupException(folder + " is not a Quire backup: it has no " + NAME);
      }
      throw new BackupException(folder.resolve(NAME) + " cannot be read: " + e.getMessage());
    }
    manifest.files.forEach((name, expected) -> {
      Path file = folder.resolve(name).normalize();
      if (!file.startsWith(folder.normalize()) || !Files.isRegularFile(file)) {
        throw new BackupException("the backup lacks " + name + ", which its manifest names");
      }
      if (!sha256(file).equals(expected)) {
        throw new BackupException(name + " does not match its checksum in the manifest: the backup is damaged");
      }
    });
    return manifest;
  }

  static String sha256(Path file) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), Sha256.digest())) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
