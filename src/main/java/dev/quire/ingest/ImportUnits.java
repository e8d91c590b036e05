package dev.quire.ingest;

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
 * What one import run reads, in a stable order: single files, and old archives in the Open Doors
 * tables (a folder holding {@code authors}, {@code stories} and {@code chapters} tables, or a
 * MySQL dump), which hold many works each.
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
  record Unit(Path path, List<Path> tables, String shown) {
    boolean isArchive() {
      return !tables.isEmpty();
    }
  }

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
    byFolder.forEach((parent, files) -> {
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
    try (InputStream in = Files.newInputStream(file)) {
      return OpenDoorsArchive.looksLikeDump(in.readNBytes(OpenDoorsArchive.DUMP_HEAD_BYTES));
    } catch (IOException e) {
      return false;
    }
  }
}
