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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Hibernate;
import org.hibernate.annotations.BatchSize;

/**
 * A tag as AO3 has them: a name under one of seven kinds, either canonical (the spelling the
 * archive files works under) or a synonym that points at its canonical tag, or neither yet
 * (unwrangled) or never (unwrangleable). A canonical tag may have meta tags, whose filters find its
 * works too; a character, relationship or additional tag has parents (its fandoms; a
 * relationship's characters). Every change is checked by {@link TagRules} and refused with {@link
 * TagRuleException}.
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

  private boolean unwrangleable;

  // Read for every work indexed (Work.getTagKeys): a batch of tags' meta tags in one query, not one each.
  @BatchSize(size = 100)
  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(name = "tag_meta", joinColumns = @JoinColumn(name = "tag_id"),
      inverseJoinColumns = @JoinColumn(name = "meta_tag_id"))
  private Set<Tag> metaTags = new LinkedHashSet<>();

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(name = "tag_parent", joinColumns = @JoinColumn(name = "tag_id"),
      inverseJoinColumns = @JoinColumn(name = "parent_id"))
  private Set<Tag> parents = new LinkedHashSet<>();

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
    String problem = nameProblem(stripped);
    if (problem != null) {
      throw new InvalidTagNameException(problem);
    }
    return stripped;
  }

  /** Whether {@link #name} takes {@code name}: not null, not blank, not too long. */
  public static boolean isName(String name) {
    return name != null && nameProblem(name.strip()) == null;
  }

  /** What is wrong with {@code stripped} as a tag's name, or {@code null} when nothing is. */
  private static String nameProblem(String stripped) {
    if (stripped.isEmpty()) {
      return "a tag needs a name";
    }
    if (stripped.length() > MAX_NAME_LENGTH) {
      return "a tag's name is at most " + MAX_NAME_LENGTH + " characters; this one has " + stripped.length();
    }
    return null;
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

  /** Whether a wrangler decided this tag is neither canonical nor a synonym, and stays so. */
  public boolean isUnwrangleable() {
    return unwrangleable;
  }

  /** This tag's own meta tags (not theirs). */
  public Set<Tag> getMetaTags() {
    return Collections.unmodifiableSet(metaTags);
  }

  /** This tag's parents: fandoms, and a relationship's characters. */
  public Set<Tag> getParents() {
    return Collections.unmodifiableSet(parents);
  }

  /** Every tag above this one through meta tags: its meta tags, theirs, and so on, each once. */
  /** Whether this tag's meta tags are in memory, so that walking them reads nothing. */
  boolean metaTagsLoaded() {
    return Hibernate.isInitialized(metaTags);
  }

  public Set<Tag> metaTagsAbove() {
    Set<Tag> above = new LinkedHashSet<>();
    Deque<Tag> next = new ArrayDeque<>(metaTags);
    while (!next.isEmpty()) {
      Tag tag = next.pop();
      if (above.add(tag)) {
        next.addAll(tag.metaTags);
      }
    }
    return above;
  }

  /** Makes this tag the canonical spelling; a canonical tag is nobody's synonym. */
  public void makeCanonical() {
    this.canonical = true;
    this.synonymOf = null;
    this.unwrangleable = false;
  }

  /**
   * Makes this canonical tag an ordinary one again, given the tags that depend on it.
   *
   * @throws TagRuleException when some do, or it has meta tags ({@link TagRules#uncanonicalProblem})
   */
  public void makeNotCanonical(Dependants dependants) {
    refuse(TagRules.uncanonicalProblem(this, dependants));
    this.canonical = false;
  }

  /**
   * Files this tag under {@code canonicalTag}, or under nothing when it is {@code null}.
   *
   * @throws TagRuleException unless {@code canonicalTag} is canonical, of this tag's kind, and this tag is not canonical
   */
  public void makeSynonymOf(Tag canonicalTag) {
    if (canonicalTag != null) {
      refuse(TagRules.synonymProblem(this, canonicalTag));
      this.unwrangleable = false;
    }
    this.synonymOf = canonicalTag;
  }

  /**
   * Makes this tag one of {@code kind}, given how many synonyms and subtags it has.
   *
   * @throws TagRuleException when it may not ({@link TagRules#kindProblem})
   */
  public void changeKind(TagKind kind, long synonyms, long subtags) {
    refuse(TagRules.kindProblem(this, Objects.requireNonNull(kind, "kind"), synonyms, subtags));
    this.kind = kind;
  }

  /** Marks this tag unwrangleable (and neither canonical nor a synonym), or not. */
  public void markUnwrangleable(boolean unwrangleable) {
    if (unwrangleable && (canonical || synonymOf != null)) {
      throw new TagRuleException("\"" + name + "\" is " + (canonical ? "canonical" : "a synonym")
          + ": only an unwrangled tag is marked unwrangleable.");
    }
    this.unwrangleable = unwrangleable;
  }

  /** @throws TagRuleException when {@code meta} cannot be a meta tag of this one ({@link TagRules#metaProblem}) */
  public void addMetaTag(Tag meta) {
    refuse(TagRules.metaProblem(this, meta));
    metaTags.add(meta);
  }

  public void removeMetaTag(Tag meta) {
    metaTags.remove(meta);
  }

  /** @throws TagRuleException when {@code parent} cannot be this tag's parent ({@link TagRules#parentProblem}) */
  public void addParent(Tag parent) {
    refuse(TagRules.parentProblem(this, parent));
    parents.add(parent);
  }

  public void removeParent(Tag parent) {
    parents.remove(parent);
  }

  private static void refuse(Optional<String> problem) {
    problem.ifPresent(message -> {
      throw new TagRuleException(message);
    });
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
