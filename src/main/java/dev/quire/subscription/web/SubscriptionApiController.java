package dev.quire.subscription.web;

import dev.quire.account.Viewer;
import dev.quire.subscription.Inbox;
import dev.quire.subscription.InboxPage;
import dev.quire.subscription.Notice;
import dev.quire.subscription.ShownSubscription;
import dev.quire.subscription.Subscribed;
import dev.quire.subscription.SubscriptionTarget;
import dev.quire.subscription.Subscriptions;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
 * Subscriptions for token holders: {@code POST /api/v1/subscriptions} with one of
 * {@code {"workId": 1}}, {@code {"user": "name"}}, {@code {"seriesId": 2}} or
 * {@code {"query": "fandom:\"Star Trek\" words>1000"}} answers {@code 201} (or {@code 200} when the
 * account had it already); {@code GET /api/v1/me/subscriptions} lists them,
 * {@code DELETE /api/v1/me/subscriptions/{id}} ends one ({@code 204}); {@code GET /api/v1/me/inbox}
 * gives a page of the inbox, newest first.
 */
@RestController
class SubscriptionApiController {

  /** The largest body read. */
  static final int MAX_BODY_BYTES = 16 * 1024;

  record SubscriptionJson(long id, String kind, String name, String path, Instant since) {
    static SubscriptionJson of(ShownSubscription s) {
      return new SubscriptionJson(s.id(), s.kind().name().toLowerCase(Locale.ROOT), s.name(), s.path(), s.since());
    }
  }

  record NoticeJson(long id, String kind, long workId, String title, List<String> creators, Long chapterId,
      Integer chapter, String path, Instant at, boolean read) {
    static NoticeJson of(Notice n) {
      return new NoticeJson(n.id(), n.isChapter() ? "chapter" : "work", n.work().id(), n.work().title(),
          n.work().creators(), n.isChapter() ? n.chapterId() : null, n.chapterPosition(), n.path(), n.at(), n.seen());
    }
  }

  private final Subscriptions subscriptions;
  private final Inbox inbox;
  private final JsonMapper json;

  SubscriptionApiController(Subscriptions subscriptions, Inbox inbox, JsonMapper json) {
    this.subscriptions = subscriptions;
    this.inbox = inbox;
    this.json = json;
  }

  @PostMapping("/api/v1/subscriptions")
  ResponseEntity<Map<String, Object>> subscribe(Viewer viewer, HttpServletRequest request) {
    JsonNode body = read(request);
    SubscriptionTarget target = new SubscriptionTarget(id(body, "workId"), text(body, "user"), id(body, "seriesId"),
        text(body, "query"));
    Subscribed subscribed = subscriptions.subscribe(viewer, target);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", subscribed.id());
    answer.put("kind", subscribed.kind().name().toLowerCase(Locale.ROOT));
    answer.put("message", subscribed.created() ? "You are subscribed." : "You were subscribed already.");
    return ResponseEntity.status(subscribed.created() ? HttpStatus.CREATED : HttpStatus.OK).body(answer);
  }

  @GetMapping("/api/v1/me/subscriptions")
  Map<String, Object> list(Viewer viewer) {
    return Map.of("subscriptions", subscriptions.list(viewer).stream().map(SubscriptionJson::of).toList());
  }

  @DeleteMapping("/api/v1/me/subscriptions/{id}")
  ResponseEntity<Void> unsubscribe(@PathVariable long id, Viewer viewer) {
    subscriptions.unsubscribe(viewer, id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/me/inbox")
  Map<String, Object> inbox(@RequestParam(defaultValue = "1") String page, Viewer viewer) {
    InboxPage shown = inbox.page(viewer, InboxController.pageNumber(page));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("page", shown.page());
    answer.put("pages", shown.pages());
    answer.put("total", shown.total());
    answer.put("unread", shown.unseen());
    answer.put("notices", shown.notices().stream().map(NoticeJson::of).toList());
    return answer;
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
      throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "A subscription is at most 16 KiB of JSON.");
    }
    try {
      JsonNode node = json.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Send a JSON object: {\"workId\": 1},"
            + " {\"user\": \"name\"}, {\"seriesId\": 2} or {\"query\": \"words\"}.");
      }
      return node;
    } catch (JacksonException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static Long id(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give " + field + " as a whole number.");
    }
    return value.longValue();
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give " + field + " as a string.");
    }
    return value.stringValue();
  }
}
