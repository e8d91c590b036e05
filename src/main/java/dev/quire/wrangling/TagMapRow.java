package dev.quire.wrangling;

import dev.quire.tag.TagKind;

/**
 * One line of a vocabulary mapping, as Open Doors' tag spreadsheets give them: a tag of a kind,
 * whether it is canonical, the canonical tag it is a synonym of and the fandom it belongs to.
 *
 * @param line the line's number in its file, for the report
 * @param canonical {@code null} to leave it as it is
 * @param synonymOf blank or {@code null} to leave it as it is
 * @param fandom blank or {@code null} for none to add
 */
public record TagMapRow(int line, String tag, TagKind kind, Boolean canonical, String synonymOf, String fandom) {}
