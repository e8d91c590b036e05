package dev.quire.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Transient;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * One chapter of a {@link Work}: its position (1-based), an optional title, notes, and the text as
 * sanitized HTML. Created only through {@link Work#addChapter}.
 */
@Entity
public class Chapter {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "work_id")
  private Work work;

  @Column(nullable = false)
  private int position;

  private String title;

  @FullTextField(analyzer = "prose", valueBridge = @ValueBridgeRef(type = HtmlTextBridge.class))
  private String summary;

  @FullTextField(analyzer = "prose", valueBridge = @ValueBridgeRef(type = HtmlTextBridge.class))
  private String notes;

  @FullTextField(analyzer = "prose", valueBridge = @ValueBridgeRef(type = HtmlTextBridge.class))
  private String endNotes;

  @Column(nullable = false)
  private String body;

  /** The body's digest ({@link ChapterBody#digest}), written with it: read where the body need not be. */
  @Column(nullable = false)
  private String bodyDigest;

  @Column(nullable = false)
  private int words;

  /** The body's words as the index takes them, when the body came read ({@link ChapterBody}). */
  @Transient
  private String bodyText;

  protected Chapter() {}

  Chapter(Work work, int position, String title, ChapterBody body) {
    this.work = work;
    this.position = position;
    this.title = title;
    setBody(body);
  }

  /** Called by {@link Work#reviseChapter}, which keeps the work's words right. */
  void revise(String title, ChapterBody body) {
    this.title = title;
    setBody(body);
  }

  private void setBody(ChapterBody body) {
    this.body = body.html();
    this.bodyDigest = body.digest();
    this.words = body.words();
    this.bodyText = body.text();
  }

  /** Called by {@link Work}, which keeps positions unique and in order. */
  void moveTo(int position) {
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public Work getWork() {
    return work;
  }

  /** 1 for the first chapter. */
  public int getPosition() {
    return position;
  }

  /** The chapter's own title, or {@code null}. */
  public String getTitle() {
    return title;
  }

  /** What readers see as the chapter's heading: "Chapter 2: Title" or "Chapter 2". */
  public String getHeading() {
    return heading(position, title);
  }

  /** The heading of the chapter at {@code position} titled {@code title} (or {@code null}). */
  static String heading(int position, String title) {
    String number = "Chapter " + position;
    if (title == null || title.isBlank()) {
      return number;
    }
    return title.toLowerCase(java.util.Locale.ROOT).startsWith("chapter") ? title : number + ": " + title;
  }

  /** The chapter's own summary as sanitized HTML, or {@code null}. */
  public String getSummary() {
    return summary;
  }

  public void setSummary(String summaryHtml) {
    this.summary = summaryHtml;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notesHtml) {
    this.notes = notesHtml;
  }

  public String getEndNotes() {
    return endNotes;
  }

  public void setEndNotes(String endNotesHtml) {
    this.endNotes = endNotesHtml;
  }

  /** The chapter text as sanitized HTML. */
  public String getBody() {
    return body;
  }

  public int getWords() {
    return words;
  }

  /**
   * The chapter text as the index takes it: the body's words without markup, so that a search for
   * "class" never matches {@code <p class=...>}. Read from the HTML only when the body did not come
   * read already (a chapter loaded to be indexed again).
   */
  @FullTextField(name = "text", analyzer = "prose", highlightable = Highlightable.UNIFIED)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")))
  public String getText() {
    return bodyText != null || body == null ? bodyText : HtmlTextBridge.plainText(body);
  }
}
