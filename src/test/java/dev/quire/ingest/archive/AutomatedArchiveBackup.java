package dev.quire.ingest.archive;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a small Automated Archive backup, invented for the tests: {@code ARCHIVE_DB.pl} in
 * Windows-1252, as such archives wrote it, two story files (one whole HTML page under {@code
 * archive/}, one text file beside the database), a story whose file is missing and a story that is
 * only a link.
 */
public final class AutomatedArchiveBackup {

  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  public static final String DATABASE = """
      # Automated Archive database
      %FILES = (

      1 => {
      \tTitle => 'The Tide Clock',
      \tAuthor => 'Merrow Vance',
      \tEmail => 'merrow@example.org',
      \tSummary => 'A clockmaker\\'s apprentice counts the tides.',
      \tRating => 'PG-13',
      \tCategory => 'Gen',
      \tFandom => 'Harbour Lights',
      \tCharacters => 'Tam Ferris, Old Ida',
      \tKeywords => 'Angst, Seaside',
      \tLocation => 'vance_tideclock',
      \tFileType => 'html',
      \tDate => '03/14/99',
      },

      2 => {
      \tTitle => 'Café Nights',
      \tAuthor => 'Rue Calder',
      \tEmail => 'rue@example.org',
      \tSummary => "Two strangers share a table.\\nThen another.",
      \tRating => 'Spicy',
      \tPairing => 'Rue/Sol',
      \tWarnings => 'Major Character Death',
      \tSeason => 'Winter',
      \tLocation => 'calder_cafe',
      \tFileType => 'txt',
      \tDate => '11/02/2001',
      },

      3 => {
      \tTitle => 'Gone Missing',
      \tAuthor => 'Merrow Vance',
      \tLocation => 'vance_missing',
      \tFileType => 'html',
      \tDate => '01/05/00',
      },

      4 => {
      \tTitle => 'Elsewhere',
      \tAuthor => 'Pell Orrin',
      \tLocationURL => 'http://example.net/elsewhere.html',
      },
      );
      1;
      """;

  static final String TIDE_CLOCK = """
      <html><head><title>The Tide Clock by Merrow Vance</title></head>
      <body>
      <p>The clock had two hands and neither told the hour.</p>
      <p>Tam wound it at every low water.</p>
      </body></html>
      """;

  static final String CAFE = "Rue ordered tea. It’s late, she said.\n\nSol stayed anyway.\n";

  private AutomatedArchiveBackup() {}

  /** Writes the backup into {@code folder} and returns the folder. */
  public static Path write(Path folder) throws IOException {
    return write(folder, DATABASE);
  }

  /** Writes the backup with {@code database} as its {@code ARCHIVE_DB.pl}. */
  public static Path write(Path folder, String database) throws IOException {
    Files.createDirectories(folder.resolve("archive"));
    Files.write(folder.resolve("ARCHIVE_DB.pl"), database.getBytes(WINDOWS_1252));
    Files.writeString(folder.resolve("archive/vance_tideclock.html"), TIDE_CLOCK, StandardCharsets.UTF_8);
    Files.write(folder.resolve("calder_cafe.txt"), CAFE.getBytes(WINDOWS_1252));
    return folder;
  }
}
