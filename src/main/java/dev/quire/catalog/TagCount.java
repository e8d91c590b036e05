package dev.quire.catalog;

/**
 * A tag as the Tags and Fandoms pages show it.
 *
 * @param id the canonical tag's id (0 for Not Rated given by no tag)
 * @param name its name
 * @param works how many of the works the viewer may find carry it or one of its synonyms
 */
public record TagCount(long id, String name, long works) {}
