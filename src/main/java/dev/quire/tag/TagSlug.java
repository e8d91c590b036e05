package dev.quire.tag;

/**
 * A tag name as it stands in a URL path, escaped as AO3 escapes it so that {@code Lana Lang/Lex
 * Luthor} is one path segment: {@code /} → {@code *s*}, {@code &} → {@code *a*}, {@code .} →
 * {@code *d*}, {@code ?} → {@code *q*}, {@code #} → {@code *h*}.
 */
public final class TagSlug {

  private static final String[][] ESCAPES = {
    {"*", "*x*"}, {"/", "*s*"}, {"&", "*a*"}, {".", "*d*"}, {"?", "*q*"}, {"#", "*h*"}
  };

  private TagSlug() {}

  public static String encode(String name) {
    String slug = name;
    for (String[] escape : ESCAPES) {
      slug = slug.replace(escape[0], escape[1]);
    }
    return slug;
  }

  public static String decode(String slug) {
    String name = slug;
    for (int i = ESCAPES.length - 1; i >= 0; i--) {
      name = name.replace(ESCAPES[i][1], ESCAPES[i][0]);
    }
    return name;
  }
}
