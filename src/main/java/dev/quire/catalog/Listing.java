package dev.quire.catalog;

import java.time.Instant;

/**
 * A tag or creator as the catalog's lists show it.
 *
 * @param id the tag's or creator's id
 * @param name its name
 * @param works how many of the works the viewer may find it has
 * @param updated when the last of them was updated
 */
public record Listing(long id, String name, long works, Instant updated) {}
