package dev.quire.tag;

import java.util.List;

/**
 * The tags that depend on a canonical tag, by name: its synonyms, its subtags (it is their meta
 * tag) and its children (it is their parent fandom or character). While there are any, the tag
 * stays canonical: they would be left pointing at a tag that files nothing.
 */
public record Dependants(List<String> synonyms, List<String> subtags, List<String> children) {

  public Dependants {
    synonyms = List.copyOf(synonyms);
    subtags = List.copyOf(subtags);
    children = List.copyOf(children);
  }

  /** A tag nothing depends on. */
  public static Dependants none() {
    return new Dependants(List.of(), List.of(), List.of());
  }

  public boolean isEmpty() {
    return synonyms.isEmpty() && subtags.isEmpty() && children.isEmpty();
  }
}
