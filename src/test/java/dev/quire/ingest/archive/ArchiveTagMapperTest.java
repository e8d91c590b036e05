package dev.quire.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.ingest.archive.ArchiveTable.Row;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.tag.TagKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArchiveTagMapperTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "Rating, RATING", "ratings, RATING", "Warning, WARNING", "Archive Warnings, WARNING",
    "category, CATEGORY", "Categories, CATEGORY", "Fandom, FANDOM", "fandoms, FANDOM",
    "Relationship, RELATIONSHIP", "pairing, RELATIONSHIP", "ships, RELATIONSHIP",
    "Character, CHARACTER", "characters, CHARACTER", "Freeform, FREEFORM",
    "Additional Tags, FREEFORM", "additional_tags, FREEFORM", "tags, FREEFORM"
  })
  void readsTypeNamesIgnoringCaseAndPlurals(String type, TagKind kind) {
    assertThat(ArchiveTagMapper.kindOfType(type)).isEqualTo(kind);
  }

  @Test
  void knowsNoKindForOtherTypeNames() {
    assertThat(ArchiveTagMapper.kindOfType("genre")).isNull();
    assertThat(ArchiveTagMapper.kindOfType("")).isNull();
  }

  @ParameterizedTest(name = "{0} ({1}) → {2}: {3}")
  @CsvSource({
    "NC-17, rating, RATING, Explicit",
    "PG, ratings, RATING, General Audiences",
    "major character death, warning, WARNING, Major Character Death",
    "Character Death, warnings, FREEFORM, Character Death",
    "femslash, category, CATEGORY, F/F",
    "Gen, categories, CATEGORY, Gen",
    "Harbour Tales, category, FANDOM, Harbour Tales",
    "Ada/Tom, pairing, RELATIONSHIP, Ada/Tom",
    "Ada Finch, character, CHARACTER, Ada Finch",
    "Angst, genre, FREEFORM, Angst",
    "Angst, '', FREEFORM, Angst"
  })
  void placesAnOriginalTagByItsOriginalType(String tag, String type, TagKind kind, String name)
      throws UnreadableFileException {
    Row row = tagRow("original_tag,original_type", quote(tag) + "," + quote(type));

    assertThat(ArchiveTagMapper.tagsOf(row, new ArrayList<>()))
        .containsExactly(new AuthorTag(kind, name));
  }

  @Test
  void prefersTheWranglersAo3TagsEachWithItsType() throws UnreadableFileException {
    Row row = tagRow("original_tag,original_type,ao3_tag,ao3_tag_type,ao3_tag_category",
        "Ada+Tom,pairing,\"Ada Finch/Tom Reed, Romance, Ada Finch\",\"Relationship, Freeform\","
            + "\"F/M, M/M\"");

    assertThat(ArchiveTagMapper.tagsOf(row, new ArrayList<>())).containsExactly(
        new AuthorTag(TagKind.RELATIONSHIP, "Ada Finch/Tom Reed"),
        new AuthorTag(TagKind.FREEFORM, "Romance"),
        new AuthorTag(TagKind.RELATIONSHIP, "Ada Finch"),
        new AuthorTag(TagKind.CATEGORY, "F/M"),
        new AuthorTag(TagKind.CATEGORY, "M/M"));
  }

  @Test
  void fallsBackToTheOriginalTypeWhenTheAo3TypeIsBlank() throws UnreadableFileException {
    Row row = tagRow("original_tag,original_table,ao3_tag,ao3_tag_type",
        "HT,fandoms,Harbour Tales (TV),");

    assertThat(ArchiveTagMapper.tagsOf(row, new ArrayList<>()))
        .containsExactly(new AuthorTag(TagKind.FANDOM, "Harbour Tales (TV)"));
  }

  @Test
  void keepsOneRatingTheStrictestAndSaysSo() {
    List<String> problems = new ArrayList<>();

    List<AuthorTag> tags = ArchiveTagMapper.tidy(List.of(
        new AuthorTag(TagKind.FREEFORM, "Angst"),
        new AuthorTag(TagKind.RATING, "Mature"),
        new AuthorTag(TagKind.FREEFORM, "angst"),
        new AuthorTag(TagKind.RATING, "Explicit"),
        new AuthorTag(TagKind.RATING, "Mature")), problems);

    assertThat(tags).containsExactly(
        new AuthorTag(TagKind.RATING, "Explicit"), new AuthorTag(TagKind.FREEFORM, "Angst"));
    assertThat(problems)
        .containsExactly("several ratings are given (Mature, Explicit); kept Explicit");
  }

  private static Row tagRow(String header, String values) throws UnreadableFileException {
    return CsvTable.read(header + "\n" + values + "\n", "tags.csv", "tags").rows().getFirst();
  }

  private static String quote(String value) {
    return "\"" + value + "\"";
  }
}
