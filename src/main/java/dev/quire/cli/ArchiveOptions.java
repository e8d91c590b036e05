package dev.quire.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The option every command that opens the archive shares. */
final class ArchiveOptions {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "./quire-data",
      description = "Folder holding the archive's database and index (default: ${DEFAULT-VALUE}).")
  Path data;
}
