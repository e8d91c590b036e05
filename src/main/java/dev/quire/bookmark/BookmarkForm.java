package dev.quire.bookmark;

import dev.quire.ingest.HtmlSanitizer;
import dev.quire.tag.TagRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * What a reader sends for a bookmark: notes, their own tags, and whether it is a rec and private.
 *
 * @param notes HTML as typed, or null; cleaned by the allowlist posted works pass through
 * @param tags "Your tags", as typed; blank ones are dropped, repeats kept once
 */
public record BookmarkForm(String notes, List<String> tags, boolean rec, boolean isPrivate) {

  /** AO3's limit on a bookmark's notes, in characters as typed. */
  static final int MAX_NOTES = 5_000;
  /** The longest tag, as AO3's. */
  static final int MAX_TAG = TagRules.MAX_NAME;
  /** How many tags a bookmark takes, as many as AO3 lets a work have. */
  static final int MAX_TAGS = TagRules.MAX_PER_WORK;

  public BookmarkForm {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** A form whose tags are typed in one field, comma-separated (AO3's "Your tags"). */
  public static BookmarkForm typed(String notes, String tags, boolean rec, boolean isPrivate) {
    return new BookmarkForm(notes, tags == null ? List.of() : List.of(tags.split(",")), rec, isPrivate);
  }

  /** The tags joined as the form's one field shows them. */
  public String tagsTyped() {
    return String.join(", ", tags.stream().map(String::strip).filter(tag -> !tag.isEmpty()).toList());
  }

  /** The form as kept: notes cleaned (null when nothing is left), tags stripped and once each. */
  record Checked(String notes, List<String> tags, boolean rec, boolean isPrivate) {}

  /**
   * The form as kept.
   *
   * @throws InvalidBookmarkException when the notes or a tag are too long, or there are too many tags
   */
  Checked check() {
    Map<String, String> problems = new LinkedHashMap<>();
    String typed = notes == null ? "" : notes.strip();
    if (typed.length() > MAX_NOTES) {
      problems.put("notes", "Notes may be at most " + String.format(Locale.ROOT, "%,d", MAX_NOTES)
          + " characters long (these are " + String.format(Locale.ROOT, "%,d", typed.length()) + ").");
    }
    LinkedHashSet<String> kept = new LinkedHashSet<>();
    for (String tag : tags) {
      String name = tag == null ? "" : tag.strip().replaceAll("\\s+", " ");
      if (name.length() > MAX_TAG) {
        problems.put("tags", "A tag may be at most " + MAX_TAG + " characters long.");
      } else if (!name.isEmpty()) {
        kept.add(name);
      }
    }
    if (kept.size() > MAX_TAGS) {
      problems.put("tags", "A bookmark may have at most " + MAX_TAGS + " tags.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidBookmarkException(problems);
    }
    String cleaned = typed.isEmpty() ? null : HtmlSanitizer.clean(typed);
    if (cleaned != null && Jsoup.parseBodyFragment(cleaned).text().isBlank()
        && Jsoup.parseBodyFragment(cleaned).select("img").isEmpty()) {
      cleaned = null;
    }
    return new Checked(cleaned, new ArrayList<>(kept), rec, isPrivate);
  }
}
