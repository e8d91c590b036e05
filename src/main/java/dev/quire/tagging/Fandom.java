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

  /**
   * This fandom knowing the aliases and characters of both; {@code other} is the same fandom.
   * A character of {@code other} whose two-word name is one of this fandom's in the other order
   * ("Uzumaki Naruto", "Naruto Uzumaki") is the same person, under {@code other}'s name with this
   * one's as an alias: an archive's own tags (AO3 writes many names family name first) name the
   * characters the shipped vocabulary knows by Wikidata's labels. Two entries for one person would
   * share every short form, and a name two characters share stands for neither.
   */
  Fandom merge(Fandom other) {
    Set<String> allAliases = new TreeSet<>(aliases);
    allAliases.addAll(other.aliases);
    Map<String, CanonCharacter> cast = new LinkedHashMap<>();
    for (List<CanonCharacter> side : List.of(characters, other.characters)) {
      for (CanonCharacter character : side) {
        // Renamed, the later name wins: an archive's tags come after the shipped vocabulary.
        cast.merge(person(character), character, (known, later) ->
            known.name().equalsIgnoreCase(later.name()) ? known.merge(later) : later.merge(known));
      }
    }
    return new Fandom(name, allAliases, new ArrayList<>(cast.values()));
  }

  /**
   * Who a character is for merging: the bare name's words in either order for a two-word name
   * (AO3's disambiguation left out), the bare name otherwise.
   */
  private static String person(CanonCharacter character) {
    String[] words = character.bareName().toLowerCase(Locale.ROOT).split("\\s+");
    return words.length == 2 && words[0].compareTo(words[1]) > 0 ? words[1] + " " + words[0] : String.join(" ", words);
  }
}
