package dev.quire.wrangling;

import java.util.List;

/**
 * What a wrangler asks to change of a tag; a {@code null} field stays as it is.
 *
 * @param canonical whether the tag is canonical
 * @param synonymOf the name of the canonical tag (of the same kind) it becomes a synonym of;
 *     blank for none
 * @param parents the names of all its parents: fandoms, and a relationship's characters
 * @param metaTags the names of all its meta tags (canonical, of its kind)
 * @param unwrangleable whether it is marked unwrangleable
 * @param kind the key of the kind it becomes ({@code fandom}, {@code relationship}, {@code character}
 *     or {@code freeform}); changed before the other fields
 */
public record TagEdit(Boolean canonical, String synonymOf, List<String> parents, List<String> metaTags,
    Boolean unwrangleable, String kind) {

  /** A change that keeps the tag's kind. */
  public TagEdit(Boolean canonical, String synonymOf, List<String> parents, List<String> metaTags,
      Boolean unwrangleable) {
    this(canonical, synonymOf, parents, metaTags, unwrangleable, null);
  }

  /** A change of {@code field} alone to {@code value}, as the audit trail writes values. */
  static TagEdit of(TagField field, String value) {
    return switch (field) {
      case CANONICAL -> new TagEdit(Boolean.valueOf(value), null, null, null, null);
      case SYNONYM_OF -> new TagEdit(null, value, null, null, null);
      case PARENTS -> new TagEdit(null, null, names(value), null, null);
      case META_TAGS -> new TagEdit(null, null, null, names(value), null);
      case UNWRANGLEABLE -> new TagEdit(null, null, null, null, Boolean.valueOf(value));
      case KIND -> new TagEdit(null, null, null, null, null, value);
    };
  }

  /**
   * Names as typed in one field, separated by commas (which no tag's name holds), blank ones left
   * out; {@code null} stays {@code null}.
   */
  public static List<String> names(String typed) {
    if (typed == null) {
      return null;
    }
    return java.util.Arrays.stream(typed.split(",")).map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
  }
}
