package dev.quire.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextWriterTest {

  static String text(WorkBook book) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TextWriter().write(book, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void startsWithTheTitleBlockThenTheTagsSummaryAndNotes() throws IOException {
    String text = text(new WorkBook(Works.harbourLights(1), Works.ARCHIVE));

    assertThat(text).startsWith("""
        Harbour Lights
        ==============
        by Synthetic Writer

        Posted on this archive at https://fic.example.org/works/1
        First published at https://archive.example.org/works/123

        Rating: General Audiences
        Archive Warning: No Archive Warnings Apply
        Category: Gen
        Fandom: Harbour Town (Synthetic)
        Characters: Mira Vale, Tobin Reed
        Additional Tags: Lighthouses, Found Family
        Language: English
        Series: Part 2 of Coastal Tales
        Stats: Published: 2024-03-01 Completed: 2024-04-02 Words: 60 Chapters: 3/3

        Summary:

        A lighthouse, a keeper, a long winter.

        Notes:

        Notes before the work.
        """);
  }

  @Test
  void eachChapterHasAnUnderlinedHeadingItsNotesAndParagraphsSeparatedByBlankLines() throws IOException {
    String text = text(new WorkBook(Works.harbourLights(1), Works.ARCHIVE));

    assertThat(text).contains("""


        Chapter 1: The Lamp
        -------------------

        Notes:

        Before the first chapter.

        Mira climbed the hundred steps of the lighthouse every evening.

        The lamp was old and the glass was thick.

        End Notes:

        Thank you for reading.
        """);
    assertThat(text).contains("""
        Tobin counted the boats.
        One, two, three.

        * * *

        Later the fog came.
        """);
    assertThat(text).endsWith("""
        Afterword
        ---------

        End Notes:

        Notes after the work.
        """);
  }

  @Test
  void keepsEachParagraphOnOneLineHoweverLong() throws IOException {
    String text = text(new WorkBook(Works.oneChapter(1, "<p>" + "word ".repeat(600) + "</p>"), Works.ARCHIVE));

    assertThat(text.lines().filter(line -> line.startsWith("word word"))).singleElement()
        .satisfies(line -> assertThat(line).hasSize(600 * 5 - 1));
  }

  @Test
  void writesMarkupCharactersAsTheyAreAndLeavesControlsOut() throws IOException {
    String text = text(new WorkBook(Works.awkward(2), Works.ARCHIVE));

    assertThat(text).startsWith("Crème & <Brûlée> \"Tôkyô\" / 東京\n");
    assertThat(text).contains("by Åsa & Co, <b>Bold</b>", "Fandom: Tom & Jerry <Shorts>", "Tom & Jerry <3");
    assertThat(text).doesNotContain("\u0001", "\u0085", "\r");
  }
}
