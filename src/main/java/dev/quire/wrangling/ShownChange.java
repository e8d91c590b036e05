package dev.quire.wrangling;

import java.time.Instant;

/**
 * One line of a tag's audit trail: who changed what, from what to what, and when.
 *
 * @param changeSet the id its action's other lines share, on this tag and others
 */
public record ShownChange(String changeSet, String userName, TagField what, String before, String after,
    Instant changedAt) {}
