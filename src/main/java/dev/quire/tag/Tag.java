package dev.quire.tag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;

/**
 * A tag as AO3 has them: a name under one of seven kinds, either canonical (the spelling the
 * archive files works under) or a synonym that points at its canonical tag.
 *
 * <p>Names are unique within a kind. Not thread-safe (a JPA entity).
 */
@Entity
public class Tag {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TagKind kind;

  @Column(nullable = false)
  private String name;

  private boolean canonical;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "synonym_of_id")
  private Tag synonymOf;

  protected Tag() {}

  /** The longest name a tag may have, in characters (the length of its column). */
  public static final int MAX_NAME_LENGTH = 255;

  /** @throws InvalidTagNameException when {@code name} is no tag's (see {@link #name(String)}) */
  public Tag(TagKind kind, String name) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.name = name(name);
  }

  /**
   * {@code name} as a tag keeps it, without the spaces around it.
   *
   * @throws InvalidTagNameException when it is blank or longer than {@link #MAX_NAME_LENGTH}
   */
  public static String name(String name) {
    String stripped = Objects.requireNonNull(name, "name").strip();
    if (stripped.isEmpty()) {
      throw new InvalidTagNameException("a tag needs a name");
    }
    if (stripped.length() > MAX_NAME_LENGTH) {
      throw new InvalidTagNameException("a tag's name is at most " + MAX_NAME_LENGTH
          + " characters; this one has " + stripped.length());
    }
    return stripped;
  }

  public Long getId() {
    return id;
  }

  public TagKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public boolean isCanonical() {
    return canonical;
  }

  /** The canonical tag this one is a synonym of, or {@code null}. */
  public Tag getSynonymOf() {
    return synonymOf;
  }

  /** Makes this tag the canonical spelling; a canonical tag is nobody's synonym. */
  public void makeCanonical() {
    this.canonical = true;
    this.synonymOf = null;
  }

  /** Files this tag under {@code canonicalTag}, which must be canonical and of the same kind. */
  public void makeSynonymOf(Tag canonicalTag) {
    if (canonicalTag.kind != kind || !canonicalTag.canonical || canonicalTag == this) {
      throw new IllegalArgumentException(
          "a synonym points at another canonical tag of the same kind: " + canonicalTag.name);
    }
    this.canonical = false;
    this.synonymOf = canonicalTag;
  }

  /** The tag works are filed under: the canonical tag of a synonym, otherwise this one. */
  public Tag canonicalTag() {
    return synonymOf == null ? this : synonymOf;
  }

  /** The key used in search filters and URLs: {@code kind:name}. */
  public String key() {
    return kind.key() + ":" + name;
  }
}
