package dev.quire.ingest;

import java.util.List;

/**
 * An old archive's member kept these works among their favourites: published by an import inside
 * its transaction, so that they wait on the member's unclaimed byline and become bookmarks of
 * whoever claims it. Immutable.
 *
 * @param creatorId the member's unclaimed byline
 * @param favourites each work once
 */
public record FavouritesImported(long creatorId, List<Favourite> favourites) {

  public FavouritesImported {
    favourites = List.copyOf(favourites);
  }

  /** A favourite work, with what the member wrote beside it (not yet cleaned), or {@code null}. */
  public record Favourite(long workId, String notesHtml) {}
}
