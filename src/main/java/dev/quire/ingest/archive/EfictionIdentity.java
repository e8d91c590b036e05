package dev.quire.ingest.archive;

import dev.quire.ingest.archive.ArchiveTable.Row;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

/**
 * Which eFiction archive a backup is of, the same for each of its backups and different for
 * another archive's, whatever the dumps are called: its web address from its settings; else its
 * site name and address for mail from its settings; else a fingerprint of its first stories (ids
 * and publication dates, which a newer backup keeps while titles may be edited). A dump named
 * {@code backup.sql} therefore never joins another archive's {@code backup.sql}.
 */
final class EfictionIdentity {

  /** The stories a fingerprint reads: enough that two archives differ, few enough to survive deletions. */
  static final int FINGERPRINTED_STORIES = 3;

  private EfictionIdentity() {}

  /**
   * @param siteUrl the address the settings give, or {@code null}
   * @param settings the settings' rows
   * @param stories the stories' rows by id
   */
  static String of(String siteUrl, List<Row> settings, SortedMap<Long, Row> stories) {
    if (siteUrl != null) {
      return siteUrl.replaceFirst("^https?://", "");
    }
    for (Row row : settings) {
      String name = ArchiveText.plain(row.get("sitename"));
      String email = ArchiveText.plain(row.get("siteemail"));
      if (name != null && email != null && email.contains("@") && !name.equals("Your Site")
          && !email.contains("yoursite.com")) {
        return "site:" + (name + " " + email).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}@.]+", "-");
      }
    }
    StringBuilder first = new StringBuilder();
    stories.entrySet().stream().limit(FINGERPRINTED_STORIES).forEach(story -> first.append(story.getKey())
        .append('@').append(story.getValue().get("date") == null ? "" : story.getValue().get("date").strip())
        .append('\n'));
    return "stories:" + sha256(first.toString()).substring(0, 16);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
