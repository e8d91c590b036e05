package dev.quire.tagging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the shipped vocabulary (src/main/resources/vocab/fandoms.tsv) from the curated lists in
 * src/test/resources/vocab-sources and the Wikidata character-universe table in the shared folder.
 * A fandom marked "open" adds to its curated cast up to {@value #WIKIDATA_CAST} Wikidata characters
 * of its universes, the best described first; "curated" keeps the curated cast.
 *
 * <p>How well Wikidata describes a character is how many rows the table gives it: its query
 * returns a row for every type statement of the character ("human", "Starfleet officer", "fictional
 * captain") and every universe, so a main character has many and a one-episode guest one or two.
 * In the Star Trek universe's 1,085 rows, James T. Kirk has 10, Spock and Jean-Luc Picard 8, while
 * the first 40 by number of universes and then by name (as the builder chose before) began "Nero,
 * Zero, Isis, Number One, Piper" and held neither Kirk nor Spock.
 *
 * <p>A cut never falls inside a tie when it can be helped: the characters with as many rows as the
 * {@value #WIKIDATA_CAST}th are all kept, up to {@value #WIKIDATA_CAST_WITH_TIES} in all. In the
 * Naruto universe nearly every character has 3 rows, and a cut at 40 by name kept "A, Akamaru,
 * Anko Mitarashi, …, Jiraiya" and lost Sakura Haruno, Sasuke Uchiha and Kakashi Hatake. Only a tie
 * too large for that bound (a universe of one-row characters) is still cut by name.
 *
 * <p>Rebuild: {@code ./mvnw -o test -Dtest=VocabularyBuilderTest -Dquire.vocab.write=true}.
 */
final class VocabularyBuilder {

  static final int WIKIDATA_CAST = 40;
  static final int WIKIDATA_CAST_WITH_TIES = 150;
  static final String HEADER =
      "# Quire's tag vocabulary, built by VocabularyBuilder (src/test/java/dev/quire/tagging)."
          + " Fandom names and curated casts: Quire's own lists (src/test/resources/vocab-sources)."
          + " Other characters: Wikidata labels (CC0) via wikidata-universes.csv (P1080 from"
          + " narrative universe), the best described first: " + WIKIDATA_CAST + " per fandom, or up to "
          + WIKIDATA_CAST_WITH_TIES + " to keep those described as well as the last.";

  private VocabularyBuilder() {}

  static List<String> build(Path sources, Path wikidataCsv) throws IOException {
    Map<String, Described> universes = universesByCharacter(wikidataCsv);
    Map<String, List<CanonCharacter>> curated = curated(sources.resolve("characters.tsv"));
    List<Fandom> fandoms = new ArrayList<>();
    for (String line : Files.readAllLines(sources.resolve("fandoms.tsv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] cells = (line + "\t\t\t").split("\t", -1);
      List<CanonCharacter> cast = new ArrayList<>(curated.getOrDefault(cells[0], List.of()));
      if (cells[3].strip().equals("open")) {
        cast.addAll(wikidataCast(universes, Set.of(cells[2].split("\\|")), cast));
      }
      fandoms.add(new Fandom(cells[0], split(cells[1]), cast));
    }
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.addAll(Vocabulary.of(fandoms).lines());
    return lines;
  }

  /**
   * A character name as the Wikidata table knows it: how many rows it has under each universe.
   * The count is per universe because one name may be several characters ("Zero", "Nero").
   */
  record Described(Map<String, Integer> rowsByUniverse) {

    boolean filedUnderAny(Set<String> universes) {
      return universes.stream().anyMatch(rowsByUniverse::containsKey);
    }

    int rowsUnder(Set<String> universes) {
      return universes.stream().mapToInt(u -> rowsByUniverse.getOrDefault(u, 0)).sum();
    }
  }

  private static List<CanonCharacter> wikidataCast(
      Map<String, Described> characters, Set<String> wanted, List<CanonCharacter> curated) {
    Set<String> known = new TreeSet<>();
    curated.forEach(c -> known.add(c.bareName()));
    List<Map.Entry<String, Described>> ranked = characters.entrySet().stream()
        .filter(e -> !known.contains(e.getKey()))
        .filter(e -> e.getValue().filedUnderAny(wanted))
        .sorted(Comparator.comparingInt((Map.Entry<String, Described> e) -> -e.getValue().rowsUnder(wanted))
            .thenComparing(Map.Entry::getKey))
        .toList();
    int kept = Math.min(WIKIDATA_CAST, ranked.size());
    if (kept > 0) {
      int last = ranked.get(kept - 1).getValue().rowsUnder(wanted);
      int withTies = (int) ranked.stream().takeWhile(e -> e.getValue().rowsUnder(wanted) >= last).count();
      if (withTies <= WIKIDATA_CAST_WITH_TIES) {
        kept = withTies;
      }
    }
    return ranked.subList(0, kept).stream()
        .map(e -> new CanonCharacter(e.getKey(), Gender.UNKNOWN, Set.of()))
        .toList();
  }

  static Map<String, Described> universesByCharacter(Path csv) throws IOException {
    Map<String, Described> described = new HashMap<>();
    List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String row : rows.subList(1, rows.size())) {
      List<String> cells = csvCells(row);
      if (cells.size() == 2 && !cells.get(0).matches("Q\\d+|.*[\\d\\t|].*")) {
        described.computeIfAbsent(cells.get(0), name -> new Described(new LinkedHashMap<>()))
            .rowsByUniverse().merge(cells.get(1), 1, Integer::sum);
      }
    }
    return described;
  }

  private static List<String> csvCells(String row) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().strip());
    return cells;
  }

  private static Map<String, List<CanonCharacter>> curated(Path file) throws IOException {
    Map<String, List<CanonCharacter>> cast = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] cells = (line + "\t\t\t").split("\t", -1);
      cast.computeIfAbsent(cells[0], f -> new ArrayList<>())
          .add(new CanonCharacter(cells[1], Gender.ofCode(cells[2]), split(cells[3])));
    }
    return cast;
  }

  private static Set<String> split(String cell) {
    Set<String> values = new TreeSet<>();
    for (String value : cell.split("\\|")) {
      if (!value.isBlank()) {
        values.add(value.strip());
      }
    }
    return values;
  }
}
