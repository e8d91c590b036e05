package dev.quire.wrangling;

import dev.quire.tag.TagKind;

/** A tag in the unwrangled queue: neither canonical, nor a synonym, nor unwrangleable; and how many works use it. */
public record UnwrangledTag(long id, TagKind kind, String name, long uses) {}
