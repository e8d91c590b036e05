package dev.quire.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.core.env.PropertyResolver;

/**
 * Copies an archive's database to a backup folder and puts it back. The database is the whole
 * archive (originals included, in {@code original_content}); the search index is derived from it,
 * so a backup leaves it out and a restore is followed by a rebuild. An embedded H2 database is
 * copied with H2's own {@code BACKUP TO}, a consistent copy of the database file; a PostgreSQL one
 * with {@code pg_dump -Fc} and put back with {@code pg_restore --clean --if-exists}. Every backup
 * carries a {@link Manifest} with the files' SHA-256, checked before a restore changes anything.
 * The archive's server must not hold an embedded database while it is restored.
 */
public final class ArchiveBackup {

  private static final String H2_FILE = "database.zip";
  private static final String POSTGRES_FILE = "database.dump";

  private final Database database;

  /**
   * The database of an archive, as the archive's settings name it.
   *
   * @param url a {@code jdbc:h2:file:} or {@code jdbc:postgresql:} address
   */
  public record Database(String url, String user, String password) {

    private static final String H2_FILE_PREFIX = "jdbc:h2:file:";

    /** The database the archive's settings ({@code spring.datasource.*}) name. */
    public static Database of(PropertyResolver settings) {
      return new Database(settings.getRequiredProperty("spring.datasource.url"),
          settings.getProperty("spring.datasource.username", ""), settings.getProperty("spring.datasource.password", ""));
    }

    /** Whether this is an embedded archive's database, an H2 file that one process holds at a time. */
    public boolean embedded() {
      return url.startsWith(H2_FILE_PREFIX);
    }
  }

  /**
   * What a backup or restore dealt with.
   *
   * @param works the works the archive held
   * @param files the files the backup is made of
   */
  public record Summary(long works, List<String> files) {}

  public ArchiveBackup(Database database) {
    this.database = database;
  }

  /**
   * Writes a backup of the database into {@code folder}, which must be new or empty.
   *
   * @param quire the version of the Quire writing it, for the manifest
   */
  public Summary backup(Path folder, String quire) {
    requireEmpty(folder);
    if (!postgres() && !Files.exists(Path.of(h2File() + ".mv.db"))) {
      throw new BackupException("there is no archive at " + h2File().getParent() + " to back up; name its folder with --data");
    }
    prepare(folder);
    String file;
    String kind;
    if (postgres()) {
      PostgresAddress address = PostgresAddress.of(database.url());
      List<String> arguments = new ArrayList<>(List.of("--format=custom", "--file=" + folder.resolve(POSTGRES_FILE)));
      address.schema().ifPresent(schema -> arguments.add("--schema=" + schema));
      tools(address).run("pg_dump", arguments);
      file = POSTGRES_FILE;
      kind = "postgresql";
    } else {
      try (Connection connection = connect(); Statement statement = connection.createStatement()) {
        statement.execute("BACKUP TO '" + folder.resolve(H2_FILE).toAbsolutePath().toString().replace("'", "''") + "'");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      file = H2_FILE;
      kind = "h2";
    }
    long works = count("select count(*) from work");
    Manifest.of(folder, quire, (int) count("select layout from search_index_state where id = 1"), works, kind,
        List.of(file)).write(folder);
    return new Summary(works, List.of(file, Manifest.NAME));
  }

  /**
   * Puts the database of the backup in {@code folder} in place of this archive's. Refuses when the
   * archive already holds works, unless {@code force}; changes nothing when the backup is damaged.
   * The search index must be rebuilt afterwards.
   */
  public Summary restore(Path folder, boolean force) {
    Manifest manifest = Manifest.verified(folder);
    String kind = postgres() ? "postgresql" : "h2";
    if (!manifest.database().equals(kind)) {
      throw new BackupException("the backup in " + folder + " is of an " + manifest.database() + " database and this "
          + "archive's is " + kind + "; restore it into an archive of the same kind");
    }
    long present = worksPresent();
    if (present > 0 && !force) {
      throw new BackupException("the archive already holds " + present + " works; add --force to replace them "
          + "with the backup's");
    }
    if (postgres()) {
      PostgresAddress address = PostgresAddress.of(database.url());
      tools(address).run("pg_restore", List.of("--clean", "--if-exists", "--no-owner", "--single-transaction",
          "--dbname=" + address.database(), folder.resolve(POSTGRES_FILE).toString()));
    } else {
      unpackH2(folder.resolve(H2_FILE));
    }
    return new Summary(count("select count(*) from work"), List.copyOf(manifest.files().keySet()));
  }

  private boolean postgres() {
    return PostgresAddress.names(database.url());
  }

  private PostgresTools tools(PostgresAddress address) {
    return new PostgresTools(address, database.user(), database.password());
  }

  private static void requireEmpty(Path folder) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> present = Files.list(folder)) {
      if (present.findAny().isPresent()) {
        throw new BackupException(folder + " is not empty; back up into a new or empty folder");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void prepare(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The embedded database's file path without its {@code .mv.db}, as its address names it. */
  private Path h2File() {
    if (!database.embedded()) {
      throw new BackupException("the archive's database " + database.url().replaceAll(";.*", "")
          + " is neither an H2 file nor PostgreSQL; back it up with its own tools");
    }
    return Path.of(database.url().substring(Database.H2_FILE_PREFIX.length()).replaceAll(";.*", ""));
  }

  /** Replaces the embedded database's file with the one in {@code backup}. */
  private void unpackH2(Path backup) {
    Path base = h2File();
    Path folder = base.toAbsolutePath().getParent();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
      Files.createDirectories(folder);
      Files.deleteIfExists(Path.of(base + ".mv.db"));
      Files.deleteIfExists(Path.of(base + ".trace.db"));
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        Path target = folder.resolve(entry.getName()).normalize();
        if (entry.isDirectory() || !target.startsWith(folder)) {
          throw new BackupException(backup + " holds " + entry.getName() + ", which is not a database file");
        }
        Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many works the archive holds now; 0 when it has no database yet. */
  private long worksPresent() {
    if (!postgres() && !Files.exists(Path.of(h2File() + ".mv.db"))) {
      return 0;
    }
    try {
      return count("select count(*) from work");
    } catch (IllegalStateException e) {
      // A database without Quire's tables (SQL state 42: no such table) holds no works. Any other
      // failure, such as an embedded database a running server holds, must stop the restore.
      if (e.getCause() instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("42")) {
        return 0;
      }
      throw e;
    }
  }

  private long count(String query) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      return result.next() ? result.getLong(1) : 0;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private Connection connect() throws SQLException {
    // An embedded database is opened only if it exists: a typo in --data must not create an empty one.
    String url = postgres() ? database.url() : database.url() + ";IFEXISTS=TRUE";
    return DriverManager.getConnection(url, database.user(), database.password());
  }
}
