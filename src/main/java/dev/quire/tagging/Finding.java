package dev.quire.tagging;

/**
 * How a suggestion was found: the unit an archive's editors' decisions are counted by ({@link
 * RuleTrust}). Ways of finding whose confidence means different things are apart: a rating from
 * terms found is not one from their absence, a character named throughout is not one mentioned.
 */
public enum Finding {
  DISCLAIMER("a fandom its disclaimer names"),
  CAST("a fandom from its cast"),
  CHARACTER_NAMED("a character the text names"),
  CHARACTER_MENTIONED("a character only mentioned"),
  RELATIONSHIP("a relationship from a cue"),
  CATEGORY("a category from the pairings"),
  RATING_FOUND("a rating from what the text has"),
  RATING_ABSENCE("a rating from what the text lacks");

  private final String label;

  Finding(String label) {
    this.label = label;
  }

  /** What an editor reads in evidence: "a character only mentioned". */
  public String label() {
    return label;
  }
}
