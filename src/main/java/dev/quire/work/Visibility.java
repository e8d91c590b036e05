package dev.quire.work;

import java.util.Arrays;
import java.util.List;

/**
 * Who may find and read a work. Only {@link #PUBLISHED} works appear anywhere a reader looks:
 * search, tag pages, feeds and the work's own pages. The rule lives in {@link #readable()};
 * {@code WorkCatalog} applies it to pages and {@code dev.quire.search.WorkQuery} to every search.
 */
public enum Visibility {
  /** Posted: everyone may find and read it. */
  PUBLISHED,
  /** Not posted yet: kept, but nobody may find or read it until it is published. */
  DRAFT,
  /** Taken down by the archive's editors (a takedown request, a duplicate): kept, never shown. */
  HIDDEN;

  /** Whether readers may find and read a work with this visibility. */
  public boolean readable() {
    return this == PUBLISHED;
  }

  /** The visibilities readers may find, for queries that filter by them. */
  public static List<Visibility> readableOnes() {
    return Arrays.stream(values()).filter(Visibility::readable).toList();
  }
}
