package dev.quire.bookmark.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.quire.account.Viewer;
import dev.quire.bookmark.BookmarkForm;
import dev.quire.bookmark.Bookmarks;
import dev.quire.bookmark.Bookmarks.Filter;
import dev.quire.bookmark.Bookmarks.Saved;
import dev.quire.bookmark.InvalidBookmarkException;
import dev.quire.bookmark.ShownBookmark;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
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

  /** Notes of 5,000 characters, each perhaps escaped in JSON, with tags and room to spare. */
  static final int MAX_BODY_BYTES = 64 * 1024;

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
    JsonNode body = read(request);
    JsonNode workId = body.get("workId");
    JsonNode seriesId = body.get("seriesId");
    boolean series = seriesId != null && !seriesId.isNull();
    JsonNode id = series ? seriesId : workId;
    if (series && workId != null && !workId.isNull()) {
      throw new InvalidBookmarkException(Map.of("workId", "Give workId or seriesId, not both."));
    }
    if (id == null || !id.isIntegralNumber() || !id.canConvertToLong()) {
      String field = series ? "seriesId" : "workId";
      throw new InvalidBookmarkException(Map.of(field, "Give " + field + " as a whole number."));
    }
    BookmarkForm form = new BookmarkForm(text(body, "notes"), tags(body), flag(body, "rec"), flag(body, "private"));
    Saved saved = series ? bookmarks.saveSeries(viewer, id.longValue(), form) : bookmarks.save(viewer, id.longValue(), form);
    BookmarkJson shown = bookmarks.own(viewer, saved.id()).map(BookmarkJson::of).orElseThrow();
    return saved.created() ? ResponseEntity.created(URI.create("/users/" + viewer.userName() + "/bookmarks")).body(shown)
        : ResponseEntity.ok(shown);
  }

  @GetMapping("/api/v1/users/{user}/bookmarks")
  Map<String, Object> ofUser(@PathVariable String user, @RequestParam(defaultValue = "1") String page, Viewer viewer) {
    Bookmarks.UserBookmarks shelf = bookmarks.ofUser(viewer, user, Filter.ALL, BookmarkController.pageNumber(page))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no user " + user + "."));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("user", shelf.userName());
    body.put("page", shelf.page());
    body.put("pages", shelf.pages());
    body.put("total", shelf.total());
    body.put("bookmarks", shelf.bookmarks().stream().map(BookmarkJson::of).toList());
    return body;
  }

  private JsonNode read(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null || !MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_JSON)) {
      throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "Send the body as JSON, with Content-Type: application/json.");
    }
    byte[] bytes;
    try (InputStream in = request.getInputStream()) {
      bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > MAX_BODY_BYTES) {
      throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "A bookmark is at most 64 KiB of JSON.");
    }
    try {
      JsonNode node = json.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
            "Send a JSON object: {\"workId\": 1, \"notes\": \"...\", \"tags\": [], \"private\": false, \"rec\": false}.");
      }
      return node;
    } catch (JacksonException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString()) {
      throw new InvalidBookmarkException(Map.of(field, "Give " + field + " as a string."));
    }
    return value.stringValue();
  }

  private static boolean flag(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw new InvalidBookmarkException(Map.of(field, "Give " + field + " as true or false."));
    }
    return value.booleanValue();
  }

  private static List<String> tags(JsonNode body) {
    JsonNode value = body.get("tags");
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new InvalidBookmarkException(Map.of("tags", "Give tags as a list of strings."));
    }
    List<String> tags = new ArrayList<>();
    for (JsonNode tag : value) {
      if (!tag.isString()) {
        throw new InvalidBookmarkException(Map.of("tags", "Give tags as a list of strings."));
      }
      tags.add(tag.stringValue());
    }
    return tags;
  }
}
