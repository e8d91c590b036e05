package dev.quire.tagging;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A character of one fandom as AO3 names it, with the other names a text calls them by.
 *
 * @param name AO3's character tag, possibly with a disambiguation ("Castiel (Supernatural)")
 * @param gender the gender the vocabulary states, {@link Gender#UNKNOWN} when it does not
 * @param aliases names stated for this character beyond its first name and surname ("Lex",
 *     "Alex", "Luthor"); never null
 */
public record CanonCharacter(String name, Gender gender, Set<String> aliases) {
  public CanonCharacter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(gender, "gender");
    aliases = Set.copyOf(aliases);
  }

  /** The name without AO3's disambiguation: "Castiel (Supernatural)" is written "Castiel". */
  public String bareName() {
    return name.replaceFirst("\\s*\\([^)]*\\)\\s*$", "").strip();
  }

  /**
   * The names a text writes this character in full: the bare name and every stated alias of two
   * words or more ("Naruto Uzumaki" for a character AO3 calls "Uzumaki Naruto").
   */
  Set<String> fullNames() {
    Set<String> names = new TreeSet<>();
    if (bareName().contains(" ")) {
      names.add(bareName());
    }
    aliases.stream().filter(alias -> alias.contains(" ")).forEach(names::add);
    return names;
  }

  /**
   * The same character knowing the aliases and gender of both: {@code other} is the same tag, or
   * the same person under another name, which becomes an alias.
   */
  CanonCharacter merge(CanonCharacter other) {
    Set<String> all = new TreeSet<>(aliases);
    all.addAll(other.aliases);
    if (!other.name.equalsIgnoreCase(name)) {
      all.add(other.name);
    }
    all.remove(name);
    return new CanonCharacter(name, gender == Gender.UNKNOWN ? other.gender : gender, all);
  }
}
