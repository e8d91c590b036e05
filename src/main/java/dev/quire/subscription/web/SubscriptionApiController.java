package dev.quire.subscription.web;

import dev.quire.account.Viewer;
import dev.quire.platform.JsonBody;
import dev.quire.platform.PageNumber;
import dev.quire.subscription.Inbox;
import dev.quire.subscription.InboxPage;
import dev.quire.subscription.Notice;
import dev.quire.subscription.ShownSubscription;
import dev.quire.subscription.Subscribed;
import dev.quire.subscription.SubscriptionTarget;
import dev.quire.subscription.Subscriptions;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
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

  /** How a subscription is read: 16 KiB at the most. */
  static final JsonBody.Reader BODY = new JsonBody.Reader(16 * 1024, "A subscription is at most 16 KiB of JSON.",
      "{\"workId\": 1}, {\"user\": \"name\"}, {\"seriesId\": 2} or {\"query\": \"words\"}", JsonBody.BAD_REQUEST);

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
    JsonBody body = BODY.read(json, request).onlyFields("workId", "user", "seriesId", "query");
    SubscriptionTarget target = new SubscriptionTarget(body.id("workId"), body.text("user"), body.id("seriesId"),
        body.text("query"));
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
    InboxPage shown = inbox.page(viewer, PageNumber.orFirst(page));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("page", shown.page());
    answer.put("pages", shown.pages());
    answer.put("total", shown.total());
    answer.put("unread", shown.unseen());
    answer.put("notices", shown.notices().stream().map(NoticeJson::of).toList());
    return answer;
  }
}
