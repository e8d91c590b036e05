package dev.quire.ingest;

import dev.quire.ingest.archive.AutomatedArchive;
import dev.quire.ingest.archive.EfictionArchive;
import dev.quire.ingest.archive.OpenDoorsArchive;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What one import run reads, in a stable order: single files, and old archives, which hold many
 * works each: the Open Doors tables (a folder holding {@code authors}, {@code stories} and {@code
 * chapters} tables, or a MySQL dump), and eFiction backups (a MySQL dump of its tables, with the
 * chapter files {@code SOMETHING/{uid}/{chapid}.txt} in the dump's folder or below it, which are the
 * archive's and never works of their own), and Automated Archive backups (a folder holding {@code
 * ARCHIVE_DB.pl}: every file in it and below, but those of another such backup further down, is the
 * archive's and never a work of its own).
 */
final class ImportUnits {

  /**
   * A file, or an archive whose {@code tables} are read together.
   *
   * @param path the file, or the archive's folder or dump
   * @param tables the archive's table files; empty for a single file
   * @param shown how reports name it: from the file or folder that was named to import, never the
   *     server's own folders ({@code seeds/001.txt} for {@code /srv/in/seeds/001.txt} of {@code
   *     quire import /srv/in/seeds}), as the reports are shown to anyone at {@code /imports}
   */
  record Unit(Path path, List<Path> tables, String shown, Efiction efiction, Automated automated) {
    Unit(Path path, List<Path> tables, String shown) {
      this(path, tables, shown, null, null);
    }

    boolean isArchive() {
      return !tables.isEmpty();
    }
  }

  /**
   * An eFiction backup's parts beside its dump.
   *
   * @param folder the dump's folder
   * @param storyFiles the chapter files found in it or below
   * @param refusal why the dump is not read, or {@code null}: a folder holding two archives' dumps
   *     cannot tell whose chapter files are whose
   */
  record Efiction(Path folder, List<Path> storyFiles, String refusal) {}

  /**
   * An Automated Archive backup's parts beside its {@code ARCHIVE_DB.pl}.
   *
   * @param folder the database's folder, where its story files are looked for
   * @param files the other files in it and below, taken as the archive's
   */
  record Automated(Path folder, List<Path> files) {}

  /**
   * Units to import, and folders that could not be read.
   *
   * @param units taken off as they are imported, so that a run over a million files does not keep
   *     every path until it ends
   */
  record Found(Deque<Unit> units, List<FileOutcome> unreadable) {}

  private ImportUnits() {}

  static Found collect(List<Path> paths) {
    List<Unit> units = new ArrayList<>();
    List<FileOutcome> unreadable = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        collectFolder(path, units, unreadable);
      } else if (AutomatedArchive.isDatabase(path)) {
        Path folder = path.toAbsolutePath().getParent();
        List<Path> beside = List.of();
        try (Stream<Path> walk = Files.walk(folder)) {
          beside = walk.filter(Files::isRegularFile).filter(f -> !f.equals(path.toAbsolutePath()))
              .filter(f -> !hidden(folder.relativize(f))).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
          unreadable.add(FileOutcome.failed(shown(path, folder), "cannot read the folder"));
        }
        units.add(automatedUnit(path, shown(path, path), folder, beside));
      } else if (isEfictionDump(path)) {
        Path folder = path.toAbsolutePath().getParent();
        List<Path> beside = List.of();
        try (Stream<Path> walk = Files.walk(folder)) {
          beside = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
          unreadable.add(FileOutcome.failed(shown(path, folder), "cannot read the folder"));
        }
        units.add(efictionUnit(path, shown(path, path), folder, storyFiles(folder, beside), null));
      } else {
        units.add(unit(path, shown(path, path)));
      }
    }
    return new Found(new ArrayDeque<>(units), unreadable);
  }

  private static void collectFolder(Path folder, List<Unit> units, List<FileOutcome> unreadable) {
    Map<Path, List<Path>> byFolder;
    try (Stream<Path> walk = Files.walk(folder)) {
      byFolder = walk.filter(Files::isRegularFile)
          .filter(p -> !hidden(folder.relativize(p)))
          .sorted()
          .collect(Collectors.groupingBy(Path::getParent, LinkedHashMap::new, Collectors.toList()));
    } catch (IOException | UncheckedIOException e) {
      unreadable.add(FileOutcome.failed(shown(folder, folder), "cannot read the folder"));
      return;
    }
    Set<Path> claimed = claimEfictionBackups(folder, byFolder, units);
    claimed.addAll(claimAutomatedArchives(folder, byFolder, claimed, units));
    byFolder.forEach((parent, all) -> {
      List<Path> files = all.stream().filter(f -> !claimed.contains(f)).toList();
      List<Path> tables = files.stream().filter(ImportUnits::isCsv).toList();
      Set<String> names = tables.stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet());
      if (OpenDoorsArchive.looksLikeArchive(names)) {
        units.add(new Unit(parent, tables, shown(folder, parent)));
        files.stream().filter(f -> !isCsv(f)).forEach(file -> units.add(unit(file, shown(folder, file))));
      } else {
        files.forEach(file -> units.add(unit(file, shown(folder, file))));
      }
    });
  }

  /**
   * Makes a unit of each eFiction dump under {@code root}, with the chapter files of its folder.
   *
   * @return the dumps and chapter files taken, which are no units of their own
   */
  private static Set<Path> claimEfictionBackups(Path root, Map<Path, List<Path>> byFolder, List<Unit> units) {
    Set<Path> claimed = new java.util.HashSet<>();
    byFolder.forEach((parent, files) -> {
      List<Path> dumps = files.stream().filter(ImportUnits::isEfictionDump).toList();
      if (dumps.isEmpty()) {
        return;
      }
      List<Path> below = new ArrayList<>();
      byFolder.forEach((other, its) -> {
        if (other.startsWith(parent)) {
          below.addAll(its);
        }
      });
      List<Path> storyFiles = storyFiles(parent, below);
      String refusal = dumps.size() < 2 ? null
          : "the folder holds the dumps of " + dumps.size() + " eFiction archives ("
              + String.join(", ", dumps.stream().map(d -> d.getFileName().toString()).toList())
              + "), and cannot tell whose chapter files are whose: put each archive in a folder of its own";
      for (Path dump : dumps) {
        units.add(efictionUnit(dump, shown(root, dump), parent, storyFiles, refusal));
      }
      claimed.addAll(dumps);
      claimed.addAll(storyFiles);
    });
    return claimed;
  }

  /**
   * Makes a unit of each {@code ARCHIVE_DB.pl} under {@code root}, with every file of its folder and
   * below that is neither claimed already nor another such backup's.
   *
   * @return the databases and files taken, which are no units of their own
   */
  private static Set<Path> claimAutomatedArchives(Path root, Map<Path, List<Path>> byFolder, Set<Path> claimed,
      List<Unit> units) {
    List<Path> databases = new ArrayList<>();
    byFolder.values().forEach(files -> files.stream()
        .filter(f -> AutomatedArchive.isDatabase(f) && !claimed.contains(f)).findFirst().ifPresent(databases::add));
    Set<Path> taken = new java.util.HashSet<>();
    for (Path database : databases) {
      Path parent = database.getParent();
      List<Path> deeper = databases.stream().map(Path::getParent)
          .filter(other -> !other.equals(parent) && other.startsWith(parent)).toList();
      List<Path> files = new ArrayList<>();
      byFolder.forEach((other, its) -> {
        if (other.startsWith(parent) && deeper.stream().noneMatch(other::startsWith)) {
          its.stream().filter(f -> !f.equals(database) && !claimed.contains(f)).forEach(files::add);
        }
      });
      units.add(automatedUnit(database, shown(root, database), parent, files));
      taken.add(database);
      taken.addAll(files);
    }
    return taken;
  }

  private static Unit automatedUnit(Path database, String shown, Path folder, List<Path> files) {
    return new Unit(database, List.of(database), shown, null, new Automated(folder, files));
  }

  private static Unit efictionUnit(Path dump, String shown, Path folder, List<Path> storyFiles, String refusal) {
    return new Unit(dump, List.of(dump), shown, new Efiction(folder, storyFiles, refusal), null);
  }

  private static List<Path> storyFiles(Path folder, List<Path> files) {
    return files.stream()
        .filter(f -> EfictionArchive.isStoryFile(folder.relativize(f)))
        .toList();
  }

  private static boolean isEfictionDump(Path file) {
    return isDump(file) && EfictionArchive.looksLikeEfiction(head(file, EFICTION_HEAD_BYTES));
  }

  /** How much of a dump is looked at for eFiction's tables: mysqldump writes a long header first. */
  private static final int EFICTION_HEAD_BYTES = 1024 * 1024;

  private static byte[] head(Path file, int bytes) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(bytes);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  /** A hidden file, or one inside a hidden folder such as {@code .git}. */
  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCsv(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  private static Unit unit(Path file, String shown) {
    return new Unit(file, isDump(file) ? List.of(file) : List.of(), shown);
  }

  /** How reports name {@code path}, found by naming {@code named} (itself or a folder above it). */
  private static String shown(Path named, Path path) {
    Path root = named.toAbsolutePath().normalize();
    Path from = root.getParent() == null ? root : root.getParent();
    return from.relativize(path.toAbsolutePath().normalize()).toString();
  }

  private static boolean isDump(Path file) {
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql")) {
      return false;
    }
    return OpenDoorsArchive.looksLikeDump(head(file, OpenDoorsArchive.DUMP_HEAD_BYTES));
  }
}
