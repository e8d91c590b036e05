package dev.quire.catalog;

import java.time.Instant;

/**
 * A tag or creator as a navigation feed lists it.
 *
 * @param id the tag's or creator's id
 * @param name its name
 * @param works how many works it has
 * @param updated when the last of them was updated
 */
record Listing(long id, String name, long works, Instant updated) {}
