package dev.quire.ingest.format;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.ingest.format.HeaderLine.Kind;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the layout of a decoded plain-text story: front matter, chapter headings, notes around each
 * chapter, and the paragraphs in between. See {@link PlainTextFormat} for the rules.
 */
final class PlainTextParser {

  private PlainTextParser() {}

  /** The story in {@code text}, whose lines are separated by {@code \n}. */
  static StoryDocument parse(String text) throws UnreadableFileException {
    return parse(Block.split(text));
  }

  /** The story in {@code blocks}, a text already split into blocks and headings. */
  static StoryDocument parse(List<Block> blocks) throws UnreadableFileException {
    FrontMatter front = FrontMatter.read(blocks);
    List<Draft> drafts = new ArrayList<>();
    List<String> endNotes = draftChapters(sections(front.rest()), drafts);
    if (drafts.isEmpty()) {
      throw new UnreadableFileException("no story text found");
    }
    return StoryDocument.builder()
        .title(front.title())
        .creators(front.creators())
        .summary(HtmlFragment.ofTexts(front.summary()))
        .notes(HtmlFragment.ofTexts(front.notes()))
        .endNotes(HtmlFragment.ofTexts(endNotes))
        .chapters(drafts.stream().map(Draft::chapter).toList())
        .build();
  }

  /**
   * Adds a draft to {@code drafts} for every section with story text and returns the notes that
   * close the file, which belong to the work rather than to its last chapter.
   */
  private static List<String> draftChapters(List<Section> sections, List<Draft> drafts) {
    List<String> carried = new ArrayList<>();
    for (Section section : sections) {
      Draft draft = section.draft(carried);
      if (draft.body().isEmpty()) {
        // A heading with nothing but notes under it (or a table of contents) is no chapter; its
        // notes move on to the next chapter rather than being lost.
        carried.addAll(draft.notes());
        carried.addAll(draft.endNotes());
      } else {
        drafts.add(draft);
        carried = new ArrayList<>();
      }
    }
    if (drafts.isEmpty()) {
      return carried;
    }
    Draft last = drafts.removeLast();
    drafts.add(new Draft(last.title(), last.notes(), last.body(), List.of()));
    List<String> endNotes = new ArrayList<>(last.endNotes());
    endNotes.addAll(carried);
    return endNotes;
  }

  private static List<Section> sections(List<Block> blocks) {
    List<Section> sections = new ArrayList<>();
    String title = null;
    List<List<String>> current = new ArrayList<>();
    for (Block block : blocks) {
      if (block.isHeading()) {
        sections.add(new Section(title, current));
        title = block.heading();
        current = new ArrayList<>();
      } else {
        current.add(block.lines());
      }
    }
    sections.add(new Section(title, current));
    return sections;
  }

  /** The text under one heading (or before the first), still as blocks of lines. */
  private record Section(String title, List<List<String>> blocks) {

    /** Splits off note blocks at the start and end; {@code carried} notes go first. */
    Draft draft(List<String> carried) {
      int start = 0;
      int end = blocks.size();
      List<String> notes = new ArrayList<>(carried);
      while (start < end && noteText(blocks.get(start)).isPresent()) {
        notes.add(noteText(blocks.get(start++)).get());
      }
      while (end > start && noteText(blocks.get(end - 1)).isPresent()) {
        end--;
      }
      List<String> endNotes =
          blocks.subList(end, blocks.size()).stream()
              .map(block -> noteText(block).orElseThrow())
              .toList();
      return new Draft(title, notes, Paragraphs.read(blocks.subList(start, end)), endNotes);
    }

    /** The text of a block that is an author's note or disclaimer, if it is one. */
    private static Optional<String> noteText(List<String> block) {
      return HeaderLine.parse(block.getFirst())
          .filter(header -> header.kind() == Kind.NOTE || header.kind() == Kind.DISCLAIMER)
          .map(header -> join(header.value(), block.subList(1, block.size())))
          .filter(text -> !text.isBlank());
    }

    private static String join(String first, List<String> more) {
      List<String> parts = new ArrayList<>();
      if (!first.isBlank()) {
        parts.add(first);
      }
      parts.addAll(more);
      return String.join(" ", parts);
    }
  }

  /** A chapter before its HTML is written. */
  private record Draft(
      String title, List<String> notes, List<Paragraph> body, List<String> endNotes) {

    StoryChapter chapter() {
      return new StoryChapter(
          title,
          HtmlFragment.ofTexts(notes),
          HtmlFragment.ofTexts(endNotes),
          HtmlFragment.of(body));
    }
  }
}
