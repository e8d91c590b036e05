package dev.quire.tag;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * AO3's rules for tags, in one place and free of storage: what a name may be, how many tags a work
 * may have, and how tags may be wrangled. A canonical tag is nobody's synonym; a synonym points at
 * a canonical tag of its own kind; meta tags join canonical tags of one kind and never make a
 * cycle; a parent is a canonical fandom (of a character, relationship or additional tag) or a
 * canonical character (of a relationship, whose characters it implies).
 *
 * <p>Each check answers the problem in words for the person who asked, or nothing when there is
 * none. Stateless; every method is pure and thread-safe as long as the tags given are not changed
 * meanwhile.
 */
public final class TagRules {

  /** The longest name AO3 accepts for a new tag, in characters. */
  public static final int MAX_NAME = 150;

  /** The most fandom, relationship, character and additional tags a work may have together. */
  public static final int MAX_PER_WORK = 75;

  /** AO3 refuses tags with these, which its own markup and search syntax use. */
  public static final String FORBIDDEN = ",^*<>{}=`\\%";

  /** The kinds wranglers wrangle; ratings, warnings and categories are AO3's fixed choices. */
  public static final Set<TagKind> WRANGLED = EnumSet.of(TagKind.FANDOM, TagKind.RELATIONSHIP, TagKind.CHARACTER,
      TagKind.FREEFORM);

  private TagRules() {}

  /** Why AO3 would refuse {@code name} (already stripped) as a new tag's, if it would. */
  public static Optional<String> nameProblem(String name) {
    String forbidden = name.chars()
        .filter(c -> FORBIDDEN.indexOf(c) >= 0)
        .distinct()
        .mapToObj(Character::toString)
        .reduce("", (a, b) -> a.isEmpty() ? b : a + " " + b);
    if (!forbidden.isEmpty()) {
      return Optional.of("Tag \"" + shortened(name) + "\" cannot include " + forbidden
          + " (tags cannot include any of " + String.join(" ", FORBIDDEN.split("")) + ").");
    }
    if (name.codePointCount(0, name.length()) > MAX_NAME) {
      return Optional.of("Tag \"" + shortened(name) + "\" is too long: tags are at most " + MAX_NAME + " characters.");
    }
    return Optional.empty();
  }

  /** Why {@code tag} may not become a synonym of {@code canonical}, if it may not. */
  public static Optional<String> synonymProblem(Tag tag, Tag canonical) {
    if (same(tag, canonical)) {
      return Optional.of("A tag cannot be a synonym of itself.");
    }
    if (tag.isCanonical()) {
      return Optional.of("\"" + tag.getName() + "\" is canonical, and a canonical tag cannot be a synonym:"
          + " make it not canonical first.");
    }
    if (!canonical.isCanonical()) {
      return Optional.of("\"" + canonical.getName() + "\" is not canonical: a synonym points at a canonical tag.");
    }
    if (canonical.getKind() != tag.getKind()) {
      return Optional.of("\"" + canonical.getName() + "\" is a " + canonical.getKind().label().toLowerCase()
          + " tag and \"" + tag.getName() + "\" a " + tag.getKind().label().toLowerCase()
          + " tag: a synonym points at a canonical tag of its own kind.");
    }
    return Optional.empty();
  }

  /** How many dependants of each kind a refusal names before it says how many more there are. */
  static final int NAMED = 5;

  /**
   * Why {@code tag} may not stop being canonical (nor become a synonym, which a canonical tag
   * cannot be), if it may not: while tags depend on it ({@code dependants}) or it has meta tags,
   * they would be left pointing at a tag that files nothing. AO3 moves them to the tag's new
   * canonical tag when an admin makes it a synonym; Quire names them, so the wrangler moves them
   * (or makes them synonyms) first.
   */
  public static Optional<String> uncanonicalProblem(Tag tag, Dependants dependants) {
    List<String> parts = new ArrayList<>();
    listed(parts, "its synonyms", dependants.synonyms());
    listed(parts, "its subtags", dependants.subtags());
    listed(parts, "the tags it is a parent of", dependants.children());
    listed(parts, "its meta tags", tag.getMetaTags().stream().map(Tag::getName).sorted().toList());
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("\"" + tag.getName() + "\" cannot stop being canonical while other tags depend on it: "
        + String.join("; ", parts) + ". Make its synonyms synonyms of another tag, and move or remove the others, first.");
  }

  private static void listed(List<String> parts, String what, List<String> names) {
    if (names.isEmpty()) {
      return;
    }
    String shown = names.stream().limit(NAMED).map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    parts.add(what + " " + shown + (names.size() > NAMED ? " and " + (names.size() - NAMED) + " more" : ""));
  }

  /** Why {@code meta} may not become a meta tag of {@code tag}, if it may not. */
  public static Optional<String> metaProblem(Tag tag, Tag meta) {
    if (same(tag, meta)) {
      return Optional.of("A tag cannot be its own meta tag.");
    }
    if (!tag.isCanonical() || !meta.isCanonical()) {
      return Optional.of("Meta tags join canonical tags: \""
          + (tag.isCanonical() ? meta : tag).getName() + "\" is not canonical.");
    }
    if (tag.getKind() != meta.getKind()) {
      return Optional.of("A meta tag is of its subtag's kind: \"" + meta.getName() + "\" is a "
          + meta.getKind().label().toLowerCase() + " tag and \"" + tag.getName() + "\" a "
          + tag.getKind().label().toLowerCase() + " tag.");
    }
    if (meta.metaTagsAbove().stream().anyMatch(above -> same(above, tag))) {
      return Optional.of("\"" + meta.getName() + "\" is already a subtag of \"" + tag.getName()
          + "\": making it a meta tag of \"" + tag.getName() + "\" would make a cycle.");
    }
    return Optional.empty();
  }

  /** Why {@code parent} may not become a parent of {@code tag}, if it may not. */
  public static Optional<String> parentProblem(Tag tag, Tag parent) {
    if (!parent.isCanonical()) {
      return Optional.of("\"" + parent.getName() + "\" is not canonical: a parent is a canonical tag.");
    }
    if (!parentFits(tag.getKind(), parent)) {
      return Optional.of("A " + tag.getKind().label().toLowerCase() + " tag cannot have a "
          + parent.getKind().label().toLowerCase() + " as its parent: fandoms are parents of characters,"
          + " relationships and additional tags, and characters of relationships.");
    }
    return Optional.empty();
  }

  /**
   * Why {@code tag}, which has {@code synonyms} synonyms and {@code subtags} subtags, may not become
   * a tag of {@code kind}, if it may not. As on AO3, only a tag nobody has wrangled into the
   * vocabulary changes kind: not canonical, no synonym, with nothing filed under it, between the
   * kinds wranglers wrangle, and keeping only parents its new kind may have.
   */
  public static Optional<String> kindProblem(Tag tag, TagKind kind, long synonyms, long subtags) {
    if (!WRANGLED.contains(tag.getKind()) || !WRANGLED.contains(kind)) {
      return Optional.of("Ratings, warnings and categories are AO3's fixed choices: a tag changes kind only between"
          + " fandom, relationship, character and additional tags.");
    }
    if (tag.isCanonical() || synonyms > 0 || subtags > 0 || !tag.getMetaTags().isEmpty()) {
      return Optional.of("\"" + tag.getName() + "\" is canonical or files other tags: only a tag that is not canonical,"
          + " without synonyms, meta tags or subtags, changes kind.");
    }
    if (tag.getSynonymOf() != null) {
      return Optional.of("\"" + tag.getName() + "\" is a synonym of \"" + tag.getSynonymOf().getName()
          + "\": make it no synonym before it changes kind.");
    }
    return tag.getParents().stream().filter(parent -> !parentFits(kind, parent)).findFirst()
        .map(parent -> "A " + kind.label().toLowerCase() + " tag cannot have the " + parent.getKind().label().toLowerCase()
            + " \"" + parent.getName() + "\" as its parent: remove it before \"" + tag.getName() + "\" changes kind.");
  }

  private static boolean parentFits(TagKind kind, Tag parent) {
    boolean fandom = parent.getKind() == TagKind.FANDOM
        && (kind == TagKind.CHARACTER || kind == TagKind.RELATIONSHIP || kind == TagKind.FREEFORM);
    boolean character = parent.getKind() == TagKind.CHARACTER && kind == TagKind.RELATIONSHIP;
    return fandom || character;
  }

  private static boolean same(Tag a, Tag b) {
    return a == b || (a.getId() != null && a.getId().equals(b.getId()));
  }

  private static String shortened(String name) {
    return name.length() <= 40 ? name : name.substring(0, 40) + "…";
  }
}
