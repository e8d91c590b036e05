package dev.quire.mute;

/**
 * What one account keeps another from (AO3's mute and block), each with AO3's limit of 2,000
 * accounts. A mute is private to the muter: the muted user's works and comments leave the muter's
 * lists. A block acts on the blocked user: they leave no comments, replies or kudos on the
 * blocker's works and comments.
 */
public enum BoundaryKind {
  MUTE("mute", "muted"),
  BLOCK("block", "blocked");

  /** AO3's limit on how many accounts one account mutes, and on how many it blocks. */
  public static final int LIMIT = 2_000;

  private final String verb;
  private final String done;

  BoundaryKind(String verb, String done) {
    this.verb = verb;
    this.done = done;
  }

  /** The verb, as in "you cannot mute yourself". */
  public String verb() {
    return verb;
  }

  /** The participle, as in "you have muted 2,000 users". */
  public String done() {
    return done;
  }
}
