package dev.quire.bench;

/** The kinds of query the mix times, each as a reader of an archive asks it. */
enum QueryKind {
  TAG("tag", "one tag"),
  TAG_EXCLUDE("tag-exclude", "tag plus exclusions"),
  FULL_TEXT("full-text", "full text"),
  PHRASE("phrase", "phrase"),
  RANGE_SORT("range-sort", "range with a sort"),
  FACETS("facets", "tag with facets");

  private final String key;
  private final String label;

  QueryKind(String key, String label) {
    this.key = key;
    this.label = label;
  }

  String key() {
    return key;
  }

  String label() {
    return label;
  }
}
