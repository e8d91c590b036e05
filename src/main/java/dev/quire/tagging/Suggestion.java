package dev.quire.tagging;

import dev.quire.tag.TagKind;
import java.util.Objects;

/**
 * A tag Quire proposes for a work that the file does not give, with how sure it is and why.
 *
 * @param kind the AO3 kind of the proposed tag
 * @param name the tag's name as AO3 writes it
 * @param confidence from 0 (a guess) to 1 (stated by the text)
 * @param evidence what in the text led to it, quoted, for an editor to judge
 * @param finding how it was found, the unit editors' decisions are counted by
 */
public record Suggestion(TagKind kind, String name, double confidence, String evidence, Finding finding) {
  public Suggestion {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(finding, "finding");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
    }
  }
}
