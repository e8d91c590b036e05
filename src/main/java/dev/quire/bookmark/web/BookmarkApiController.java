package dev.quire.bookmark.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.quire.account.Viewer;
import dev.quire.bookmark.BookmarkForm;
import dev.quire.bookmark.Bookmarks;
import dev.quire.bookmark.Bookmarks.Filter;
import dev.quire.bookmark.Bookmarks.Saved;
import dev.quire.bookmark.InvalidBookmarkException;
import dev.quire.bookmark.ShownBookmark;
import dev.quire.platform.JsonBody;
import dev.quire.platform.PageNumber;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bookmarks for token holders: {@code POST /api/v1/bookmarks} with
 * {@code {"workId", "notes", "tags": [], "private", "rec"}} bookmarks a work (201 with the bookmark),
 * or, when the caller has bookmarked it already, changes that one (200: still one);
 * {@code GET /api/v1/users/{user}/bookmarks} lists a user's bookmarks as the caller may see them.
 * Refusals are the API's {@code {"message"}} with their status; a form's problems are 400 with
 * {@code "fields"} too ({@link BookmarkApiErrors}).
 */
@RestController
class BookmarkApiController {

  /** Notes of 5,000 characters, each perhaps escaped in JSON, with tags and room to spare: 64 KiB. */
  static final JsonBody.Reader BODY = new JsonBody.Reader(64 * 1024, "A bookmark is at most 64 KiB of JSON.",
      "{\"workId\": 1, \"notes\": \"...\", \"tags\": [], \"private\": false, \"rec\": false}",
      (field, message) -> new InvalidBookmarkException(Map.of(field, message)));

  private final Bookmarks bookmarks;
  private final JsonMapper json;

  BookmarkApiController(Bookmarks bookmarks, JsonMapper json) {
    this.bookmarks = bookmarks;
    this.json = json;
  }

  /**
   * A bookmark as the API shows it: of a work ({@code workId}) or of a series ({@code seriesId}),
   * whose id is null once it was deleted; {@code workTitle} is the title of either.
   */
  record BookmarkJson(long id, Long workId, Long seriesId, String workTitle, boolean workDeleted, String notes,
      List<String> tags, boolean rec, @JsonProperty("private") boolean isPrivate, Instant created,
      Instant updated) {

    static BookmarkJson of(ShownBookmark b) {
      return new BookmarkJson(b.id(), b.workId(), b.seriesId(), b.workTitle(), b.deleted(), b.notes(), b.tags(),
          b.rec(), b.isPrivate(), b.created(), b.updated());
    }
  }

  @PostMapping("/api/v1/bookmarks")
  ResponseEntity<BookmarkJson> save(Viewer viewer, HttpServletRequest request) {
    JsonBody body = BODY.read(json, request).onlyFields("workId", "seriesId", "notes", "tags", "private", "rec");
    boolean series = body.has("seriesId");
    if (series && body.has("workId")) {
      throw new InvalidBookmarkException(Map.of("workId", "Give workId or seriesId, not both."));
    }
    long id = body.requiredId(series ? "seriesId" : "workId");
    BookmarkForm form = new BookmarkForm(body.text("notes"), body.textList("tags"), body.flag("rec"),
        body.flag("private"));
    Saved saved = series ? bookmarks.saveSeries(viewer, id, form) : bookmarks.save(viewer, id, form);
    BookmarkJson shown = bookmarks.own(viewer, saved.id()).map(BookmarkJson::of).orElseThrow();
    return saved.created() ? ResponseEntity.created(URI.create("/users/" + viewer.userName() + "/bookmarks")).body(shown)
        : ResponseEntity.ok(shown);
  }

  @GetMapping("/api/v1/users/{user}/bookmarks")
  Map<String, Object> ofUser(@PathVariable String user, @RequestParam(defaultValue = "1") String page, Viewer viewer) {
    Bookmarks.UserBookmarks shelf = bookmarks.ofUser(viewer, user, Filter.ALL, PageNumber.orFirst(page))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no user " + user + "."));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("user", shelf.userName());
    body.put("page", shelf.page());
    body.put("pages", shelf.pages());
    body.put("total", shelf.total());
    body.put("bookmarks", shelf.bookmarks().stream().map(BookmarkJson::of).toList());
    return body;
  }
}
