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
 * @param commentPermission who may comment; {@code null} means everyone
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
    commentPermission = commentPermission == null ? CommentPermission.EVERYONE : commentPermission;
  }

  private static List<String> copy(List<String> values) {
    return values == null ? List.of() : values.stream().filter(v -> v != null).toList();
  }
}
