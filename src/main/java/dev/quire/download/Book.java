package dev.quire.download;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What one download holds: a work, or a series' works in order, with the metadata an e-book's
 * package states. Immutable; built from detached records, so writing one touches no database.
 */
public sealed interface Book permits WorkBook, SeriesBook {

  /** The address this book is found at on the archive, absolute. */
  String address();

  /** A URN that stays the same for every download of this book from this archive. */
  default String identifier() {
    return "urn:uuid:" + UUID.nameUUIDFromBytes(address().getBytes(StandardCharsets.UTF_8));
  }

  String title();

  /** Creators' names in credit order, each once. */
  List<String> creators();

  /** BCP 47 tags, at least one ({@code und} when nobody has said). */
  List<String> languages();

  /** Tag names, each once, in AO3's order of kinds. */
  List<String> subjects();

  /** Absolute addresses of where the book's works are published, here and first. */
  List<String> sources();

  /** The summary as sanitized HTML, or {@code null}. */
  String summary();

  LocalDate published();

  Instant modified();

  /** The works in reading order: one for a work's download. */
  List<WorkBook> works();
}
