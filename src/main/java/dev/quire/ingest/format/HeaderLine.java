package dev.quire.ingest.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One labelled line of the front matter of a plain-text story ("A/N ...", "BY : name", "Title:
 * ...", "Disclaimer: ..."). Labels are matched ignoring case.
 *
 * @param kind what the line states
 * @param value the text after the label, except for a disclaimer, which keeps its label because
 *     readers expect to see the word "Disclaimer"
 */
record HeaderLine(Kind kind, String value) {

  enum Kind {
    TITLE,
    CREATOR,
    NOTE,
    DISCLAIMER,
    SUMMARY;

    /** Whether following unlabelled lines of the same paragraph continue this line. */
    boolean continues() {
      return this == NOTE || this == DISCLAIMER || this == SUMMARY;
    }
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String DASH_OR_COLON = "\\s*[:\\-–—]?\\s*";

  // The note labels are tried before the byline ones so that "Author's note:" is not a creator.
  private static final Pattern NOTE =
      Pattern.compile(
          "^(?:a/n\\b|a\\.n\\.|an(?=\\s*:)|author['’]?s['’]?\\s+notes?\\b)"
              + DASH_OR_COLON
              + "(.*)$"
              + "|^notes?\\s*:\\s*(.*)$",
          FLAGS);
  private static final Pattern DISCLAIMER = Pattern.compile("^disclaimers?\\b.*$", FLAGS);
  private static final Pattern TITLE = Pattern.compile("^title\\s*:\\s*(.+)$", FLAGS);
  private static final Pattern SUMMARY = Pattern.compile("^summary\\s*:\\s*(.*)$", FLAGS);
  private static final Pattern LABELLED_CREATOR =
      Pattern.compile("^(?:by|authors?|written\\s+by|writer)\\s*:\\s*(.{1,80})$", FLAGS);
  private static final Pattern BARE_BYLINE =
      Pattern.compile("^(?:written\\s+)?by\\s+([^,;:!?.\"“”]{1,40})$", FLAGS);
  private static final Pattern CREATOR_SEPARATOR =
      Pattern.compile("\\s*(?:,|&|\\band\\b)\\s*", FLAGS);

  // A bare "by ..." line is a byline only when what follows reads like a name, not a phrase.
  private static final Set<String> PHRASE_STARTS =
      Set.of(
          ("the a an then now this that my his her their our your its which way far all accident"
                  + " chance myself himself herself themselves itself yourself morning night noon"
                  + " tomorrow")
              .split(" "));
  private static final int MAX_BYLINE_WORDS = 4;

  /** The header line {@code line} states, if it is one. */
  static Optional<HeaderLine> parse(String line) {
    Matcher note = NOTE.matcher(line);
    if (note.matches()) {
      String value = note.group(1) != null ? note.group(1) : note.group(2);
      return Optional.of(new HeaderLine(Kind.NOTE, value.strip()));
    }
    if (DISCLAIMER.matcher(line).matches()) {
      return Optional.of(new HeaderLine(Kind.DISCLAIMER, line.strip()));
    }
    return labelled(TITLE, Kind.TITLE, line)
        .or(() -> labelled(SUMMARY, Kind.SUMMARY, line))
        .or(() -> labelled(LABELLED_CREATOR, Kind.CREATOR, line))
        .or(() -> bareByline(line));
  }

  /** The names a creator line credits, in order: "X and Y" and "X & Y" are two creators. */
  List<String> creators() {
    List<String> names = new ArrayList<>();
    for (String name : CREATOR_SEPARATOR.split(value)) {
      if (!name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names;
  }

  private static Optional<HeaderLine> labelled(Pattern pattern, Kind kind, String line) {
    Matcher matcher = pattern.matcher(line);
    return matcher.matches()
        ? Optional.of(new HeaderLine(kind, matcher.group(1).strip()))
        : Optional.empty();
  }

  private static Optional<HeaderLine> bareByline(String line) {
    Matcher matcher = BARE_BYLINE.matcher(line);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String name = matcher.group(1).strip();
    String[] words = name.split("\\s+");
    if (words.length > MAX_BYLINE_WORDS
        || PHRASE_STARTS.contains(words[0].toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(new HeaderLine(Kind.CREATOR, name));
  }
}
