package dev.quire.wrangling;

import dev.quire.tag.TagKind;

/**
 * A tag in the unwrangled queue: neither canonical, nor a synonym, nor unwrangleable; how many
 * works use it, and Quire's proposal for it, or {@code null}.
 */
public record UnwrangledTag(long id, TagKind kind, String name, long uses, Proposal proposal) {

  UnwrangledTag proposing(Proposal proposal) {
    return new UnwrangledTag(id, kind, name, uses, proposal);
  }
}
