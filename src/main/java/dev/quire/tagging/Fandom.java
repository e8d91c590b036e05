package dev.quire.tagging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A fandom as AO3 names it, the other names people write for it, and the characters Quire knows
 * in it.
 *
 * @param name AO3's canonical fandom tag ("Harry Potter - J. K. Rowling")
 * @param aliases other names a disclaimer or an author's tag uses ("Harry Potter"); never null
 * @param characters the known cast, each character once; never null
 */
public record Fandom(String name, Set<String> aliases, List<CanonCharacter> characters) {
  public Fandom {
    Objects.requireNonNull(name, "name");
    aliases = Set.copyOf(aliases);
    characters = List.copyOf(characters);
  }

  /**
   * How a fandom name is compared: letter case, AO3's medium disambiguation ("(TV)") and a
   * creator or medium suffix (" - J. K. Rowling", " - All Media Types") do not matter.
   */
  static String key(String name) {
    String bare = name.replaceFirst("\\s*\\([^)]*\\)\\s*$", "");
    bare = bare.replaceFirst("\\s+-\\s+[^|]*$", "");
    return bare.strip().toLowerCase(Locale.ROOT);
  }

  /** Every key this fandom answers to: its own name's and each alias's. */
  Set<String> keys() {
    Set<String> keys = new TreeSet<>();
    keys.add(key(name));
    for (String part : name.split("\\s*\\|\\s*")) {
      keys.add(key(part));
    }
    aliases.forEach(alias -> keys.add(key(alias)));
    return keys;
  }

  /** This fandom knowing the aliases and characters of both; {@code other} is the same fandom. */
  Fandom merge(Fandom other) {
    Set<String> allAliases = new TreeSet<>(aliases);
    allAliases.addAll(other.aliases);
    Map<String, CanonCharacter> cast = new LinkedHashMap<>();
    for (CanonCharacter character : characters) {
      cast.put(character.name().toLowerCase(Locale.ROOT), character);
    }
    for (CanonCharacter character : other.characters) {
      cast.merge(character.name().toLowerCase(Locale.ROOT), character, CanonCharacter::merge);
    }
    return new Fandom(name, allAliases, new ArrayList<>(cast.values()));
  }
}
