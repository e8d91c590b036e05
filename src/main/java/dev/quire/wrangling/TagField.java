package dev.quire.wrangling;

/** What of a tag a wrangler changes; the audit trail names each change by one. */
public enum TagField {
  KIND("kind"),
  CANONICAL("canonical"),
  SYNONYM_OF("synonym of"),
  PARENTS("parents"),
  META_TAGS("meta tags"),
  UNWRANGLEABLE("unwrangleable");

  private final String label;

  TagField(String label) {
    this.label = label;
  }

  /** How the audit trail names it. */
  public String label() {
    return label;
  }
}
