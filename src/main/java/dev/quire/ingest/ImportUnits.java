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
   */
  record Unit(Path path, List<Path> tables) {
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
        units.add(unit(path));
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
      unreadable.add(FileOutcome.failed(folder.toString(), "cannot read folder: " + e.getMessage()));
      return;
    }
    byFolder.forEach((parent, files) -> {
      List<Path> tables = files.stream().filter(ImportUnits::isCsv).toList();
      Set<String> names = tables.stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet());
      if (OpenDoorsArchive.looksLikeArchive(names)) {
        units.add(new Unit(parent, tables));
        files.stream().filter(f -> !isCsv(f)).forEach(file -> units.add(unit(file)));
      } else {
        files.forEach(file -> units.add(unit(file)));
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

  private static Unit unit(Path file) {
    return isDump(file) ? new Unit(file, List.of(file)) : new Unit(file, List.of());
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
