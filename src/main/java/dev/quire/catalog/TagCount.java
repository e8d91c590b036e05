package dev.quire.catalog;

/**
 * A tag as the lists of tags show it (the Tags and Fandoms pages, the OPDS catalog).
 *
 * @param name the canonical tag's name
 * @param works how many of the works the viewer may find carry it or one of its synonyms
 */
public record TagCount(String name, long works) {}
