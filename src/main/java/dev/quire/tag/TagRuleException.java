package dev.quire.tag;

/** A wrangling change AO3's rules refuse ({@link TagRules}); the message says why, for the wrangler. */
public final class TagRuleException extends IllegalArgumentException {

  public TagRuleException(String message) {
    super(message);
  }
}
