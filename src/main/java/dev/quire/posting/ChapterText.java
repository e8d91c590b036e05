package dev.quire.posting;

/**
 * A chapter as its creator wrote it, before it is cleaned and stored.
 *
 * @param title the chapter's own title, or {@code null}
 * @param summary the chapter's summary, or {@code null}
 * @param notes notes at the start of the chapter, or {@code null}
 * @param endNotes notes at the end of the chapter, or {@code null}
 * @param text the chapter's text, in {@code markup}; never {@code null} (blank is refused by
 *     {@link PostingRules}, not here, so that a form can say so)
 * @param markup how {@code text}, the summary and the notes are written
 */
public record ChapterText(
    String title, String summary, String notes, String endNotes, String text, Markup markup) {

  public ChapterText {
    text = text == null ? "" : text;
    markup = markup == null ? Markup.HTML : markup;
  }

  /** A chapter with a title and text only, as the API's {@code {"title","html"}} gives it. */
  public static ChapterText html(String title, String html) {
    return new ChapterText(title, null, null, null, html, Markup.HTML);
  }

  /** A chapter with a title and plain text only, as the API's {@code {"title","text"}} gives it. */
  public static ChapterText plain(String title, String text) {
    return new ChapterText(title, null, null, null, text, Markup.PLAIN);
  }

  /** How a creator wrote their text. */
  public enum Markup {
    /** HTML, cleaned by the same allowlist as imported works. */
    HTML,
    /** Plain text: a blank line starts a paragraph, a line break stays a line break. */
    PLAIN
  }
}
