package dev.quire.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that opens the archive shares. */
final class ArchiveOptions {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "./quire-data",
      description = "Folder holding the archive's database and index (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "A properties file of settings, such as a cluster's database and OpenSearch hosts "
          + "(quire.database.url, quire.search.hosts); the QUIRE_* environment variables do the same.")
  Path config;
}
