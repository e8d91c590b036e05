package dev.quire.catalog;

import java.time.Instant;

/**
 * A creator, or a tag of a kind too large for the index to count at once ({@link TagIndex}), with
 * its works counted in the database.
 *
 * @param id the tag's or creator's id
 * @param name its name
 * @param works how many of the works the viewer may find it has
 * @param updated when the last of them was updated
 */
record Listing(long id, String name, long works, Instant updated) {}
