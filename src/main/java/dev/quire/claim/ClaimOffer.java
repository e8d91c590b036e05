package dev.quire.claim;

import java.time.Instant;

/**
 * What a claim link offers the person who opened it.
 *
 * @param name the byline's name
 * @param path the byline's page
 * @param works how many works credit it
 * @param expires until when the link may be accepted
 */
public record ClaimOffer(String name, String path, long works, Instant expires) {}
