package dev.quire.tagging;

import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Names the fandom a disclaimer names: "I do not own X", "I don't own X", "X belongs to Y", "X is
 * the property of Y", "characters from X". Looks in the work's notes, the first chapter's notes and
 * the first paragraphs of the first chapter, where fan fiction puts its disclaimer.
 */
final class DisclaimerFandomRule implements SuggestionRule {

  /** A disclaimer is the author's own statement, but the name is cut out of free text. */
  static final double CONFIDENCE = 0.9;

  private static final int OPENING_PARAGRAPHS = 3;
  private static final int MAX_NAME_WORDS = 6;
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+");

  // "I don't own X" is a disclaimer wherever it stands; the other phrasings also occur in prose
  // ("Lana belonged to him"), so they count only in notes or a paragraph that says "disclaimer".
  private static final Claim DISOWNING =
      Claim.after("\\bI\\s+(?:do\\s+not|don['’]?t|dont)\\s+own\\s+(.+)");
  private static final List<Claim> ATTRIBUTIONS =
      List.of(
          Claim.before("^(.+?)\\s+(?:belongs?|belonged)\\s+to\\b.*"),
          Claim.before(
              "^(.+?)\\s+(?:is|are)\\s+(?:the\\s+)?(?:sole\\s+)?(?:property|copyright)\\s+of\\b.*"),
          Claim.after("\\bcharacters\\s+(?:from|of)\\s+(.+)"));
  private static final Pattern DISCLAIMER_WORD = Pattern.compile("\\bdisclaim", FLAGS);

  // Where a name stops: lists, clauses, the verb of "X are not mine", sentence punctuation.
  private static final Pattern NAME_END =
      Pattern.compile(
          "[,;:.!?()\\[\\]]"
              + "|\\s(?:nor|or|and|but|because|which|who|in|-|–|—)\\s"
              + "|\\s(?:is|are|was|were|belongs?|do|does)\\s",
          FLAGS);
  private static final Pattern LEAD_IN =
      Pattern.compile(
          "^(?:disclaimer\\s*[:\\-–—]?\\s*|all\\s+|any\\s+of\\s+|any\\s+"
              + "|(?:the\\s+)?rights\\s+to\\s+"
              + "|(?:the\\s+)?characters\\s+(?:of|from)\\s+|(?:the\\s+)?show\\s+)+",
          FLAGS);
  // Only a lower-case "the" is the author's article; "The X-Files" keeps its own.
  private static final Pattern ARTICLE = Pattern.compile("^the\\s+");
  private static final Pattern TRAILING_NOUN =
      Pattern.compile("\\s+(?:characters?|universe|series|show|franchise)$", FLAGS);
  private static final String QUOTES_AND_MARKS = "'\"‘’“”*_~ ";
  private static final Set<String> NOT_A_NAME =
      Set.of(
          "i",
          "it",
          "them",
          "they",
          "this",
          "that",
          "these",
          "those",
          "characters",
          "character",
          "anything",
          "nothing",
          "everything",
          "anyone",
          "story",
          "fic",
          "fiction",
          "show",
          "series",
          "plot",
          "idea",
          "rights",
          "money",
          "he",
          "she",
          "we",
          "you",
          "him",
          "her",
          "us",
          "me",
          "my",
          "his",
          "their",
          "our",
          "your");
  private static final Set<String> LOWER_CASE_TITLE_WORDS =
      Set.of("a", "an", "and", "at", "by", "de", "for", "in", "of", "on", "the", "to", "with");

  @Override
  public List<Suggestion> suggest(StoryReading reading) {
    // A disclaimer names the fandom as people say it ("Harry Potter"); AO3 files it under its
    // canonical tag ("Harry Potter - J. K. Rowling") when the vocabulary knows it.
    return fandomsOf(reading.story()).stream()
        .map(found -> reading.vocabulary().fandomNamed(found.name())
            .map(fandom -> new Suggestion(TagKind.FANDOM, fandom.name(), found.confidence(), found.evidence(),
                Finding.DISCLAIMER))
            .orElse(found))
        .toList();
  }

  /** The fandoms the story's disclaimers name, each with its sentence as evidence. */
  static List<Suggestion> fandomsOf(StoryDocument story) {
    Map<String, Suggestion> found = new LinkedHashMap<>();
    for (Passage passage : passages(story)) {
      for (String sentence : SENTENCE_END.split(passage.text().strip())) {
        fandomIn(sentence, passage.isDisclaimer())
            .ifPresent(
                name ->
                    found.putIfAbsent(
                        name.toLowerCase(Locale.ROOT),
                        new Suggestion(TagKind.FANDOM, name, CONFIDENCE, sentence, Finding.DISCLAIMER)));
      }
    }
    return List.copyOf(found.values());
  }

  /** The name the first matching claim in {@code sentence} makes, if it reads as a name. */
  static Optional<String> fandomIn(String sentence, boolean inDisclaimer) {
    List<Claim> claims = new ArrayList<>(List.of(DISOWNING));
    if (inDisclaimer) {
      claims.addAll(ATTRIBUTIONS);
    }
    for (Claim claim : claims) {
      Optional<String> name = claim.subject(sentence).map(DisclaimerFandomRule::cleanName);
      if (name.isPresent() && isName(name.get())) {
        return name;
      }
    }
    return Optional.empty();
  }

  /**
   * A paragraph to search, and whether it is disclaimer territory: any note, or an opening
   * paragraph that calls itself a disclaimer.
   */
  private record Passage(String text, boolean isDisclaimer) {}

  private static List<Passage> passages(StoryDocument story) {
    StoryChapter first = story.chapters().getFirst();
    List<Passage> passages = new ArrayList<>();
    for (String note : paragraphs(story.notes(), Integer.MAX_VALUE)) {
      passages.add(new Passage(note, true));
    }
    for (String note : paragraphs(first.notes(), Integer.MAX_VALUE)) {
      passages.add(new Passage(note, true));
    }
    for (String text : paragraphs(first.bodyHtml(), OPENING_PARAGRAPHS)) {
      passages.add(new Passage(text, DISCLAIMER_WORD.matcher(text).find()));
    }
    return passages;
  }

  private static List<String> paragraphs(String html, int limit) {
    if (html == null || html.isBlank()) {
      return List.of();
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    List<String> texts = body.select("p").stream().map(Element::text).limit(limit).toList();
    return texts.isEmpty() ? List.of(body.text()) : texts;
  }

  private static String cleanName(String raw) {
    String name = LEAD_IN.matcher(raw.strip()).replaceFirst("");
    Matcher end = NAME_END.matcher(name);
    if (end.find()) {
      name = name.substring(0, end.start());
    }
    name = ARTICLE.matcher(strip(name)).replaceFirst("");
    return strip(TRAILING_NOUN.matcher(name).replaceFirst(""));
  }

  private static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && QUOTES_AND_MARKS.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && QUOTES_AND_MARKS.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(start, end);
  }

  // Fandom names are proper nouns written in title case ("Buffy the Vampire Slayer"), which tells
  // them from the phrases the same claims catch ("anything", "a story about her").
  private static boolean isName(String name) {
    if (name.isEmpty() || NOT_A_NAME.contains(name.toLowerCase(Locale.ROOT))) {
      return false;
    }
    String[] words = name.split("\\s+");
    int first = name.codePointAt(0);
    return (Character.isUpperCase(first) || Character.isDigit(first))
        && words.length <= MAX_NAME_WORDS
        && Arrays.stream(words).allMatch(DisclaimerFandomRule::isTitleCaseWord);
  }

  private static boolean isTitleCaseWord(String word) {
    int first = word.codePointAt(0);
    return !Character.isLowerCase(first) || LOWER_CASE_TITLE_WORDS.contains(word);
  }

  /** A way of saying who owns what, and where in the sentence the owned thing is named. */
  private record Claim(Pattern pattern, Function<Matcher, String> owned) {

    static Claim after(String regex) {
      return new Claim(Pattern.compile(regex, FLAGS), matcher -> matcher.group(1));
    }

    // The owned thing ends the clause before the verb, so only the last clause counts.
    static Claim before(String regex) {
      return new Claim(
          Pattern.compile(regex, FLAGS),
          matcher -> {
            String[] clauses = matcher.group(1).split("[,;:]\\s*");
            return clauses[clauses.length - 1];
          });
    }

    Optional<String> subject(String sentence) {
      Matcher matcher = pattern.matcher(sentence);
      return matcher.find() ? Optional.of(owned.apply(matcher)) : Optional.empty();
    }
  }
}
