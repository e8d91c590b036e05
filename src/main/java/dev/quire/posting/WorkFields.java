package dev.quire.posting;

import dev.quire.work.CommentPermission;
import java.util.List;

/**
 * Everything about a work its creator chooses, apart from its chapters: what the "Post New Work"
 * form and {@code POST /api/v1/works} send, and what editing a work starts from
 * ({@link WorkPosting#fields}). Tags are names as typed; {@link PostingRules} says which are
 * acceptable. Lists are never {@code null} (a {@code null} becomes empty).
 *
 * @param title the work's title (at most 255 characters)
 * @param pseuds names of the viewer's own pseuds to credit; empty credits the default pseud
 * @param coCreators other people to invite as co-creators, each {@code user} (their default pseud)
 *     or {@code pseud (user)}; credited only once they accept
 * @param rating one of AO3's rating names, e.g. {@code General Audiences}
 * @param warnings AO3's archive warnings; at least one ({@code Creator Chose Not To Use Archive
 *     Warnings} is one)
 * @param categories AO3's categories ({@code F/M}, {@code Gen}...)
 * @param fandoms at least one
 * @param relationships relationship tags
 * @param characters character tags
 * @param freeforms additional tags
 * @param summary HTML, cleaned when stored, or {@code null}
 * @param notes HTML shown before the work, or {@code null}
 * @param endNotes HTML shown after it, or {@code null}
 * @param language a BCP 47 tag such as {@code en}, or {@code null}
 * @param series the series and position, or {@code null} for none
 * @param chaptersExpected the planned number of chapters, or {@code null} when unknown ({@code x/?})
 * @param restricted shown to registered users only
 * @param commentPermission who may comment; {@code null} means registered users only (AO3's default)
 */
public record WorkFields(
    String title,
    List<String> pseuds,
    List<String> coCreators,
    String rating,
    List<String> warnings,
    List<String> categories,
    List<String> fandoms,
    List<String> relationships,
    List<String> characters,
    List<String> freeforms,
    String summary,
    String notes,
    String endNotes,
    String language,
    SeriesChoice series,
    Integer chaptersExpected,
    boolean restricted,
    CommentPermission commentPermission) {

  public WorkFields {
    pseuds = copy(pseuds);
    coCreators = copy(coCreators);
    warnings = copy(warnings);
    categories = copy(categories);
    fandoms = copy(fandoms);
    relationships = copy(relationships);
    characters = copy(characters);
    freeforms = copy(freeforms);
    commentPermission = commentPermission == null ? CommentPermission.REGISTERED : commentPermission;
  }

  /** A builder with nothing chosen yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these fields: change what a PATCH or an edit names, keep the rest. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.title = title;
    builder.pseuds = pseuds;
    builder.coCreators = coCreators;
    builder.rating = rating;
    builder.warnings = warnings;
    builder.categories = categories;
    builder.fandoms = fandoms;
    builder.relationships = relationships;
    builder.characters = characters;
    builder.freeforms = freeforms;
    builder.summary = summary;
    builder.notes = notes;
    builder.endNotes = endNotes;
    builder.language = language;
    builder.series = series;
    builder.chaptersExpected = chaptersExpected;
    builder.restricted = restricted;
    builder.commentPermission = commentPermission;
    return builder;
  }

  /** Collects fields one at a time. Not thread-safe. */
  public static final class Builder {
    private String title;
    private List<String> pseuds;
    private List<String> coCreators;
    private String rating;
    private List<String> warnings;
    private List<String> categories;
    private List<String> fandoms;
    private List<String> relationships;
    private List<String> characters;
    private List<String> freeforms;
    private String summary;
    private String notes;
    private String endNotes;
    private String language;
    private SeriesChoice series;
    private Integer chaptersExpected;
    private boolean restricted;
    private CommentPermission commentPermission;

    private Builder() {}

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder pseuds(List<String> pseuds) {
      this.pseuds = pseuds;
      return this;
    }

    public Builder coCreators(List<String> coCreators) {
      this.coCreators = coCreators;
      return this;
    }

    public Builder rating(String rating) {
      this.rating = rating;
      return this;
    }

    public Builder warnings(List<String> warnings) {
      this.warnings = warnings;
      return this;
    }

    public Builder categories(List<String> categories) {
      this.categories = categories;
      return this;
    }

    public Builder fandoms(List<String> fandoms) {
      this.fandoms = fandoms;
      return this;
    }

    public Builder relationships(List<String> relationships) {
      this.relationships = relationships;
      return this;
    }

    public Builder characters(List<String> characters) {
      this.characters = characters;
      return this;
    }

    public Builder freeforms(List<String> freeforms) {
      this.freeforms = freeforms;
      return this;
    }

    public Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    public Builder notes(String notes) {
      this.notes = notes;
      return this;
    }

    public Builder endNotes(String endNotes) {
      this.endNotes = endNotes;
      return this;
    }

    public Builder language(String language) {
      this.language = language;
      return this;
    }

    public Builder series(SeriesChoice series) {
      this.series = series;
      return this;
    }

    public Builder chaptersExpected(Integer chaptersExpected) {
      this.chaptersExpected = chaptersExpected;
      return this;
    }

    public Builder restricted(boolean restricted) {
      this.restricted = restricted;
      return this;
    }

    public Builder commentPermission(CommentPermission commentPermission) {
      this.commentPermission = commentPermission;
      return this;
    }

    public WorkFields build() {
      return new WorkFields(title, pseuds, coCreators, rating, warnings, categories, fandoms, relationships, characters, freeforms, summary, notes, endNotes, language, series, chaptersExpected, restricted, commentPermission);
    }
  }

  private static List<String> copy(List<String> values) {
    return values == null ? List.of() : values.stream().filter(v -> v != null).toList();
  }
}
