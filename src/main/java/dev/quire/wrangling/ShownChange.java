package dev.quire.wrangling;

import java.time.Instant;

/** One line of a tag's audit trail: who changed what, from what to what, and when. */
public record ShownChange(String userName, TagField what, String before, String after, Instant changedAt) {}
