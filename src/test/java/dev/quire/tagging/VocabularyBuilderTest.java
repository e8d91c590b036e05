package dev.quire.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyBuilderTest {

  private static final Path SOURCES = Path.of("src/test/resources/vocab-sources");
  private static final Path SHIPPED = Path.of("src/main/resources/vocab/fandoms.tsv");

  @Test
  void theShippedVocabularyIsWhatTheBuilderMakesFromItsSources() throws IOException {
    Path csv = wikidataTable();


    List<String> built = VocabularyBuilder.build(SOURCES, csv);

    if (Boolean.getBoolean("quire.vocab.write")) {
      Files.createDirectories(SHIPPED.getParent());
      Files.write(SHIPPED, built, StandardCharsets.UTF_8);
    }
    assertThat(Files.readAllLines(SHIPPED, StandardCharsets.UTF_8)).isEqualTo(built);
  }

  @Test
  void anOpenFandomTakesTheCharactersWikidataDescribesBestNotTheFirstByName() throws IOException {
    Path csv = wikidataTable();

    List<String> starTrek = castOf(VocabularyBuilder.build(SOURCES, csv), "Star Trek");

    assertThat(starTrek).contains("James T. Kirk", "Spock", "Jean-Luc Picard", "Montgomery Scott");
    assertThat(starTrek).doesNotContain("Zero", "Isis", "Piper");
  }

  @Test
  void aCutNeverDropsCharactersDescribedAsWellAsTheLastKept() throws IOException {
    List<String> naruto = castOf(VocabularyBuilder.build(SOURCES, wikidataTable()), "Naruto");

    assertThat(naruto).contains("Naruto Uzumaki", "Sakura Haruno", "Sasuke Uchiha", "Kakashi Hatake")
        .hasSizeBetween(VocabularyBuilder.WIKIDATA_CAST + 1, VocabularyBuilder.WIKIDATA_CAST_WITH_TIES);
  }

  private static Path wikidataTable() {
    Path csv = Path.of(System.getProperty("quire.shared", "../shared"))
        .resolve("vocab/wikidata-character-universes/wikidata-universes.csv");
    assumeTrue(Files.isRegularFile(csv), "the shared Wikidata table is absent: " + csv);
    return csv;
  }

  /** The characters a built vocabulary lists under {@code fandom}: the lines after its own. */
  private static List<String> castOf(List<String> vocabulary, String fandom) {
    int start = vocabulary.indexOf(vocabulary.stream()
        .filter(line -> line.startsWith("fandom\t" + fandom + "\t")).findFirst().orElseThrow());
    return vocabulary.subList(start + 1, vocabulary.size()).stream()
        .takeWhile(line -> line.startsWith("character\t"))
        .map(line -> line.split("\t")[1])
        .toList();
  }
}
