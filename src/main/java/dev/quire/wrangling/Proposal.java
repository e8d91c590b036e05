package dev.quire.wrangling;

/**
 * What Quire proposes for an unwrangled tag: to make it a synonym of a canonical tag, and why.
 *
 * @param synonymOf the canonical tag's name
 * @param evidence in words: where the name comes from, how many works use the tag and, when the
 *     canonical tag has a fandom, on how many of them that fandom is too
 */
public record Proposal(String synonymOf, String evidence) {}
