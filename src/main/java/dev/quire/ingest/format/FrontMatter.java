package dev.quire.ingest.format;

import dev.quire.ingest.format.HeaderLine.Kind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The labelled lines that open a plain-text story, before its first story paragraph or heading.
 *
 * @param title the stated title, or {@code null}
 * @param creators the credited names in order, without repeats
 * @param summary summary paragraphs
 * @param notes author's notes (label dropped) followed by disclaimers (label kept)
 * @param rest the blocks after the front matter
 */
record FrontMatter(
    String title,
    List<String> creators,
    List<String> summary,
    List<String> notes,
    List<Block> rest) {

  // A line right above a byline is the title when it is no longer than a title would be.
  private static final int MAX_UNLABELLED_TITLE = 100;

  /** Reads the front matter off the start of {@code blocks}. */
  static FrontMatter read(List<Block> blocks) {
    Reading reading = new Reading();
    int i = 0;
    while (i < blocks.size() && !blocks.get(i).isHeading()) {
      List<String> lines = blocks.get(i).lines();
      int consumed = reading.consume(lines);
      if (consumed < lines.size()) {
        List<Block> rest = new ArrayList<>();
        rest.add(new Block(null, lines.subList(consumed, lines.size())));
        rest.addAll(blocks.subList(i + 1, blocks.size()));
        return reading.result(rest);
      }
      i++;
    }
    return reading.result(blocks.subList(i, blocks.size()));
  }

  /** What has been read so far; paragraphs are per kind and grow while a block continues one. */
  private static final class Reading {
    private String title;
    private final Set<String> creators = new LinkedHashSet<>();
    private final Map<Kind, List<String>> paragraphs = new EnumMap<>(Kind.class);

    /** Reads header lines off the start of one block; returns how many lines were header. */
    int consume(List<String> lines) {
      HeaderLine current = null;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        Optional<HeaderLine> header = HeaderLine.parse(line);
        if (header.isPresent()) {
          current = header.get();
          add(current);
        } else if (current != null && current.kind().continues()) {
          continueLast(current.kind(), line);
        } else if (isTitleAboveByline(lines, i)) {
          title = line;
          current = null;
        } else {
          return i;
        }
      }
      return lines.size();
    }

    private boolean isTitleAboveByline(List<String> lines, int i) {
      return title == null
          && i + 1 < lines.size()
          && lines.get(i).length() <= MAX_UNLABELLED_TITLE
          && HeaderLine.parse(lines.get(i + 1)).filter(h -> h.kind() == Kind.CREATOR).isPresent();
    }

    private void add(HeaderLine header) {
      switch (header.kind()) {
        case TITLE -> title = title == null ? header.value() : title;
        case CREATOR -> creators.addAll(header.creators());
        default ->
            paragraphs.computeIfAbsent(header.kind(), k -> new ArrayList<>()).add(header.value());
      }
    }

    private void continueLast(Kind kind, String line) {
      List<String> list = paragraphs.get(kind);
      String last = list.removeLast();
      list.add(last.isEmpty() ? line : last + " " + line);
    }

    FrontMatter result(List<Block> rest) {
      List<String> notes = new ArrayList<>(texts(Kind.NOTE));
      notes.addAll(texts(Kind.DISCLAIMER));
      return new FrontMatter(
          title, List.copyOf(creators), texts(Kind.SUMMARY), notes, List.copyOf(rest));
    }

    private List<String> texts(Kind kind) {
      return paragraphs.getOrDefault(kind, List.of()).stream().filter(t -> !t.isBlank()).toList();
    }
  }
}
