package dev.quire.tagging;

import dev.quire.story.StoryDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fandoms and characters tag suggestions can name: an immutable value, combined with {@link
 * #merge} so that names learnt from an archive's author-tagged works ({@link #learnFrom}) add to
 * the vocabulary Quire ships ({@link #shipped}).
 *
 * <p>Text form, one entry a line, tab-separated, {@code #} starting a comment: {@code fandom NAME
 * ALIASES} then that fandom's {@code character NAME GENDER ALIASES} lines, aliases separated by
 * {@code |}. Immutable and thread-safe; no argument may be null.
 */
public final class Vocabulary {

  static final String RESOURCE = "/vocab/fandoms.tsv";
  private static final Vocabulary SHIPPED = load();

  private final Map<String, Fandom> fandoms;
  private final Map<String, Fandom> byKey = new LinkedHashMap<>();
  private final Map<String, List<Fandom>> byFullName = new HashMap<>();
  /** Made when first asked for (only a story naming no fandom needs it); see {@link #distinctiveNameIndex}. */
  private volatile Map<String, CastMember> byDistinctiveName;

  /** A character of a fandom. */
  record CastMember(Fandom fandom, CanonCharacter character) {}

  private Vocabulary(Map<String, Fandom> fandoms) {
    this.fandoms = Map.copyOf(fandoms);
    for (Fandom fandom : fandoms.values()) {
      fandom.keys().forEach(key -> byKey.putIfAbsent(key, fandom));
      for (CanonCharacter character : fandom.characters()) {
        for (String name : character.fullNames()) {
          byFullName.computeIfAbsent(name, n -> new ArrayList<>()).add(fandom);
        }
      }
    }
  }

  /** The fandoms each full (two-word or longer) character name or stated alias belongs to. */
  Map<String, List<Fandom>> fullNameIndex() {
    return byFullName;
  }

  /**
   * The one-word names (a first name, a surname, a stated alias: "Sasuke", "Dumbledore") that
   * stand for a character of one fandom, no other fandom's cast having a character of that name or
   * name part, with that character.
   */
  Map<String, CastMember> distinctiveNameIndex() {
    // Made at most a few times over by threads that race, each time the same: no lock needed.
    Map<String, CastMember> index = byDistinctiveName;
    if (index == null) {
      // Every one-word name or name part any fandom's cast has, whether or not it stands for a
      // character there (two of its characters may share it): keyed by the fandom's name, as a
      // fandom's hash is its whole cast's.
      Map<String, Set<String>> owners = new HashMap<>();
      for (Fandom fandom : fandoms.values()) {
        for (CanonCharacter character : fandom.characters()) {
          Set<String> names = new HashSet<>(List.of(character.bareName().split("\\s+")));
          character.aliases().stream().filter(alias -> !alias.contains(" ")).forEach(names::add);
          names.forEach(name -> owners.computeIfAbsent(name, n -> new HashSet<>()).add(fandom.name()));
        }
      }
      Map<String, CastMember> distinctive = new HashMap<>();
      for (Fandom fandom : fandoms.values()) {
        CharacterMentions.forms(fandom.characters()).forEach((form, character) -> {
          if (!form.contains(" ") && owners.getOrDefault(form, Set.of()).equals(Set.of(fandom.name()))) {
            distinctive.put(form, new CastMember(fandom, character));
          }
        });
      }
      index = Map.copyOf(distinctive);
      byDistinctiveName = index;
    }
    return index;
  }

  /** The vocabulary in Quire's resources: AO3's largest fandoms and their casts. */
  public static Vocabulary shipped() {
    return SHIPPED;
  }

  /** A vocabulary knowing nothing. */
  public static Vocabulary empty() {
    return new Vocabulary(Map.of());
  }

  /** A vocabulary of the given fandoms; a name given twice is merged. */
  public static Vocabulary of(List<Fandom> fandoms) {
    Map<String, Fandom> byName = new LinkedHashMap<>();
    fandoms.forEach(fandom -> byName.merge(fandom.name(), fandom, Fandom::merge));
    return new Vocabulary(byName);
  }

  /**
   * Reads the text form.
   *
   * @throws IllegalArgumentException naming the line when a line is not an entry
   */
  public static Vocabulary parse(List<String> lines) {
    List<Fandom> read = new ArrayList<>();
    Fandom current = null;
    List<CanonCharacter> cast = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = (line + "\t\t\t").split("\t", -1);
      switch (cells[0]) {
        case "fandom" -> {
          if (current != null) {
            read.add(new Fandom(current.name(), current.aliases(), cast));
          }
          current = new Fandom(cells[1], aliases(cells[2]), List.of());
          cast = new ArrayList<>();
        }
        case "character" -> {
          if (current == null) {
            throw new IllegalArgumentException("line " + (i + 1) + ": a character before a fandom");
          }
          cast.add(new CanonCharacter(cells[1], Gender.ofCode(cells[2]), aliases(cells[3])));
        }
        default ->
            throw new IllegalArgumentException(
                "line " + (i + 1) + ": neither a fandom nor a character: " + line);
      }
    }
    if (current != null) {
      read.add(new Fandom(current.name(), current.aliases(), cast));
    }
    return of(read);
  }

  /** The text form {@link #parse} reads, fandoms sorted by name. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    fandoms.values().stream()
        .sorted(java.util.Comparator.comparing(Fandom::name))
        .forEach(
            fandom -> {
              lines.add("fandom\t" + fandom.name() + "\t" + String.join("|", sorted(fandom.aliases())));
              for (CanonCharacter c : fandom.characters()) {
                lines.add(
                    "character\t" + c.name() + "\t" + c.gender().code() + "\t"
                        + String.join("|", sorted(c.aliases())));
              }
            });
    return lines;
  }

  /**
   * The aliases that {@code authorTaggedStories} teach: for each character an author tags, the
   * first name or surname the text calls them by, filed under the work's fandom tags. Stories
   * without both a fandom and a character tag teach nothing.
   */
  public static Vocabulary learnFrom(List<StoryDocument> authorTaggedStories) {
    return AliasLearner.learn(authorTaggedStories);
  }

  /** A vocabulary knowing every fandom, character and alias of this one and {@code other}. */
  public Vocabulary merge(Vocabulary other) {
    List<Fandom> all = new ArrayList<>(fandoms.values());
    all.addAll(other.fandoms.values());
    return of(all);
  }

  /** The fandom a name means: AO3's tag, an alias, or either without its disambiguation. */
  public Optional<Fandom> fandomNamed(String name) {
    Fandom exact = fandoms.get(name);
    return exact != null ? Optional.of(exact) : Optional.ofNullable(byKey.get(Fandom.key(name)));
  }

  /** Every fandom, in no particular order. */
  public List<Fandom> fandoms() {
    return List.copyOf(fandoms.values());
  }

  private static Set<String> aliases(String cell) {
    Set<String> aliases = new TreeSet<>();
    Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).forEach(aliases::add);
    return aliases;
  }

  private static List<String> sorted(Set<String> values) {
    return new ArrayList<>(new TreeSet<>(values));
  }

  private static Vocabulary load() {
    try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the vocabulary resource is missing: " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
