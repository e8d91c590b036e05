package dev.quire.posting;

import dev.quire.account.Account;
import dev.quire.tag.FixedTags;
import dev.quire.tag.Rating;
import dev.quire.tag.TagRules;
import dev.quire.work.Series;
import dev.quire.work.SeriesEntry;
import dev.quire.work.SeriesRepository;
import dev.quire.work.Work;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * AO3's posting rules, in one place: what a work, its fields or a chapter must be before anything
 * is stored. Each check answers field → problem, in the order the form shows the fields, with a
 * sentence for the creator; an empty answer means the posting may go ahead. Keys are the API's
 * field names: {@code title}, {@code rating}, {@code fandoms}, {@code chapters[0].text}...
 *
 * <p>The longest chapter is a setting, {@code quire.posting.max-chapter-characters} (AO3's
 * 500,000 by default). Thread-safe.
 */
@Component
public class PostingRules {


  /** AO3's ratings in the order its form offers them. */
  public static final List<String> RATINGS = Stream.of(
      Rating.NOT_RATED, Rating.GENERAL, Rating.TEEN, Rating.MATURE, Rating.EXPLICIT)
      .map(Rating::tagName).toList();

  static final int MAX_TITLE = 255;
  static final int MAX_TAGS = TagRules.MAX_PER_WORK;
  static final int MAX_SUMMARY = 1250;
  static final int MAX_NOTES = 5000;

  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  private final int maxChapterCharacters;
  private final NamedPseuds pseuds;
  private final SeriesRepository series;

  PostingRules(
      @Value("${quire.posting.max-chapter-characters:500000}") int maxChapterCharacters,
      NamedPseuds pseuds,
      SeriesRepository series) {
    this.maxChapterCharacters = maxChapterCharacters;
    this.pseuds = pseuds;
    this.series = series;
  }

  /** The longest chapter text accepted, in characters. */
  public int maxChapterCharacters() {
    return maxChapterCharacters;
  }

  /** What is wrong with posting {@code work} as {@code account}. */
  Map<String, String> problems(Account account, boolean admin, NewWork work) {
    Map<String, String> problems = problems(account, admin, work.fields(), null, work.chapters().size());
    if (work.chapters().isEmpty()) {
      problems.put("chapters[0].text", "A work needs a chapter with text.");
    }
    for (int i = 0; i < work.chapters().size(); i++) {
      problems.putAll(problems(work.chapters().get(i), "chapters[" + i + "]."));
    }
    return problems;
  }

  /**
   * What is wrong with giving {@code fields} to {@code existing} (or to a new work when it is
   * {@code null}) with {@code chapters} chapters, as {@code account}.
   */
  Map<String, String> problems(
      Account account, boolean admin, WorkFields fields, Work existing, int chapters) {
    Map<String, String> problems = new LinkedHashMap<>();
    title(fields.title(), problems);
    creators(account, fields, existing, problems);
    fixedTags(fields, problems);
    freeTags(fields, problems);
    tooLong("summary", "Summary", fields.summary(), MAX_SUMMARY, problems);
    tooLong("notes", "Notes", fields.notes(), MAX_NOTES, problems);
    tooLong("endNotes", "End notes", fields.endNotes(), MAX_NOTES, problems);
    if (fields.language() != null && !fields.language().isBlank()
        && !LANGUAGE.matcher(fields.language().strip()).matches()) {
      problems.put("language", "Language must be a language tag such as en or pt-BR.");
    }
    seriesPlace(account, admin, fields.series(), existing, problems);
    Integer expected = fields.chaptersExpected();
    if (expected != null && expected < Math.max(1, chapters)) {
      problems.put("chaptersExpected", "The expected number of chapters cannot be less than the "
          + chapters + " posted.");
    }
    return problems;
  }

  /** What is wrong with a chapter; {@code prefix} names it ({@code chapters[2].} or empty). */
  Map<String, String> problems(ChapterText chapter, String prefix) {
    Map<String, String> problems = new LinkedHashMap<>();
    tooLong(prefix + "title", "Chapter title", chapter.title(), MAX_TITLE, problems);
    tooLong(prefix + "summary", "Chapter summary", chapter.summary(), MAX_SUMMARY, problems);
    tooLong(prefix + "notes", "Chapter notes", chapter.notes(), MAX_NOTES, problems);
    tooLong(prefix + "endNotes", "Chapter end notes", chapter.endNotes(), MAX_NOTES, problems);
    if (chapter.text().isBlank()) {
      problems.put(prefix + "text", "Chapter text is required.");
    } else {
      tooLong(prefix + "text", "Chapter text", chapter.text(), maxChapterCharacters, problems);
    }
    return problems;
  }

  private static void title(String title, Map<String, String> problems) {
    if (title == null || title.isBlank()) {
      problems.put("title", "Title is required.");
    } else {
      tooLong("title", "Title", title.strip(), MAX_TITLE, problems);
    }
  }

  private void creators(Account account, WorkFields fields, Work existing, Map<String, String> problems) {
    List<String> credited = existing == null ? List.of()
        : existing.getCreators().stream().map(CoCreators::reference).toList();
    List<String> unknown = fields.pseuds().stream()
        .filter(name -> !name.isBlank() && pseuds.own(account, name).isEmpty())
        .toList();
    if (!unknown.isEmpty()) {
      problems.put("pseuds", "You have no pseud named " + String.join(", ", unknown) + ".");
    }
    List<String> strangers = fields.coCreators().stream()
        .filter(reference -> !reference.isBlank() && !credited.contains(reference.strip()))
        .filter(reference -> pseuds.person(reference)
            .filter(pseud -> !pseud.getAccount().getId().equals(account.getId()))
            .isEmpty())
        .toList();
    if (!strangers.isEmpty()) {
      problems.put("coCreators", "No other user's pseud is named " + String.join(", ", strangers)
          + ". Write a co-creator as their user name, or as pseud (user name).");
    }
  }

  private static void fixedTags(WorkFields fields, Map<String, String> problems) {
    if (fields.rating() == null || fields.rating().isBlank()) {
      problems.put("rating", "Rating is required.");
    } else if (Rating.fromTagName(fields.rating().strip()).isEmpty()) {
      problems.put("rating", "Rating must be one of " + String.join(", ", RATINGS) + ".");
    }
    List<String> warnings = fields.warnings().stream().filter(w -> !w.isBlank()).toList();
    if (warnings.isEmpty()) {
      problems.put("warnings", "Archive warnings are required: choose at least one (\""
          + FixedTags.WARNINGS.getFirst() + "\" is one).");
    } else if (!FixedTags.WARNINGS.containsAll(warnings.stream().map(String::strip).toList())) {
      problems.put("warnings", "Archive warnings must be among: " + String.join(", ", FixedTags.WARNINGS) + ".");
    }
    if (!FixedTags.CATEGORIES.containsAll(fields.categories().stream().map(String::strip)
        .filter(c -> !c.isEmpty()).toList())) {
      problems.put("categories", "Categories must be among: " + String.join(", ", FixedTags.CATEGORIES) + ".");
    }
  }

  private static void freeTags(WorkFields fields, Map<String, String> problems) {
    if (fields.fandoms().stream().allMatch(String::isBlank)) {
      problems.put("fandoms", "Fandom is required.");
    }
    Map<String, List<String>> byField = new LinkedHashMap<>();
    byField.put("fandoms", fields.fandoms());
    byField.put("relationships", fields.relationships());
    byField.put("characters", fields.characters());
    byField.put("freeforms", fields.freeforms());
    byField.forEach((field, names) -> names.stream()
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .flatMap(name -> TagRules.nameProblem(name).stream())
        .findFirst()
        .ifPresent(problem -> problems.putIfAbsent(field, problem)));
    long count = byField.values().stream().flatMap(List::stream).filter(n -> !n.isBlank()).count();
    if (count > MAX_TAGS) {
      problems.putIfAbsent("freeforms", "Fandom, relationship, character and additional tags must"
          + " not add up to more than " + MAX_TAGS + "; these add up to " + count + ".");
    }
  }

  private void seriesPlace(
      Account account, boolean admin, SeriesChoice choice, Work existing, Map<String, String> problems) {
    if (choice == null || choice.title() == null || choice.title().isBlank()) {
      return;
    }
    if (choice.title().strip().length() > MAX_TITLE) {
      problems.put("series", "Series title must be at most " + MAX_TITLE + " characters.");
      return;
    }
    if (choice.position() != null && choice.position() < 1) {
      problems.put("series", "A place in a series starts at 1.");
      return;
    }
    series.findByTitle(choice.title().strip()).ifPresent(found -> {
      if (!admin && !mayAddTo(found, account)) {
        problems.put("series", "The series \"" + found.getTitle() + "\" is someone else's.");
      } else if (choice.position() != null && takenByAnother(found, choice.position(), existing)) {
        problems.put("series", "Place " + choice.position() + " of \"" + found.getTitle()
            + "\" is taken by another work.");
      }
    });
  }

  /** A series is a creator's when every work in it is credited to them (an empty one is anyone's). */
  static boolean mayAddTo(Series series, Account account) {
    return series.getEntries().stream().allMatch(e -> e.getWork().isCreditedTo(account.getId()));
  }

  private static boolean takenByAnother(Series series, int position, Work existing) {
    return series.getEntries().stream()
        .filter(e -> e.getPosition() == position)
        .map(SeriesEntry::getWork)
        .anyMatch(work -> existing == null || !work.getId().equals(existing.getId()));
  }

  private static void tooLong(
      String field, String label, String value, int max, Map<String, String> problems) {
    if (value != null && value.length() > max) {
      problems.put(field, label + " must be at most " + String.format(Locale.ROOT, "%,d", max)
          + " characters; it has " + String.format(Locale.ROOT, "%,d", value.length()) + ".");
    }
  }
}
