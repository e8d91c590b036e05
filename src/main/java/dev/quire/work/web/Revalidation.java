package dev.quire.work.web;

import dev.quire.account.Viewer;
import dev.quire.platform.Sha256;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkSummary;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.WebUtils;

/**
 * Lets a browser keep a work's page, its chapters and its downloads, and ask again cheaply: the
 * answer carries an {@code ETag} and a {@code Last-Modified} (the work's last update), and a request
 * whose {@code If-None-Match} (or, without one, {@code If-Modified-Since}) still matches is answered
 * {@code 304 Not Modified} before anything is rendered or written.
 *
 * <p>The ETag is a digest of what the answer is made of: everything the work's details hold (the
 * texts they were read with, which are those the answer shows, and every chapter's title and words,
 * but also what changes without the work's update time: a hidden work, a renamed pseud, a
 * decided tag suggestion, the counts), what this viewer may do to it (their buttons), whether the
 * adult-content gate asked first, the variant (a chapter, a download's format and address), the
 * CSRF token a logged-in viewer's forms carry, and the running Quire's version, whose templates
 * render it. It is the same on every node of a cluster. A logged-in viewer's answers are
 * {@code Cache-Control: private}: no shared cache keeps them; every answer is {@code no-cache},
 * asked again each time. A chapter's text may change without its work's update time (a later
 * version of an imported work fills in a chapter), so the ETag takes every chapter's digest of its
 * text, which the database keeps with the text ({@code chapter.body_digest}): the
 * answer is decided before any text is read, and a 304 reads none ({@link
 * dev.quire.work.WorkCatalog#withTexts}). Thread-safe (stateless).
 */
public final class Revalidation {

  /** The cookie Spring Security's cookie CSRF repository keeps a browser's token in. */
  private static final String CSRF_COOKIE = "XSRF-TOKEN";

  /**
   * What the templates and writers are: the release, or for a development build this process's
   * start, so that a changed template is never answered with a copy rendered by the one before.
   */
  private static final String RENDERER = release();

  private Revalidation() {}

  /**
   * Sets the validators and caching headers for {@code works} read by {@code viewer}, and whether
   * the browser's copy is still good; when it is, the response is {@code 304} and the handler
   * answers nothing more (a {@code null} view or entity).
   *
   * @param variant what else the answer depends on (the page or the download, whether the gate asked)
   */
  public static boolean notModified(ServletWebRequest request, Viewer viewer, List<WorkDetails> works, String variant) {
    request.getResponse().setHeader(HttpHeaders.CACHE_CONTROL, viewer.isGuest() ? "no-cache" : "private, no-cache");
    Instant updated = works.stream().map(w -> w.summary().updated()).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    return request.checkNotModified(etag(request.getRequest(), viewer, works, variant), updated.toEpochMilli());
  }

  /** As {@link #notModified(ServletWebRequest, Viewer, List, String)} for one work. */
  public static boolean notModified(ServletWebRequest request, Viewer viewer, WorkDetails work, String variant) {
    return notModified(request, viewer, List.of(work), variant);
  }

  private static String etag(HttpServletRequest request, Viewer viewer, List<WorkDetails> works, String variant) {
    Parts parts = new Parts();
    parts.feed(RENDERER);
    parts.feed(variant);
    if (!viewer.isGuest()) {
      parts.feed(viewer.accountId() + " " + new TreeSet<>(viewer.roles()) + " " + viewer.suspended() + " " + csrfCookie(request));
    }
    works.forEach(work -> describe(work, parts));
    return "\"" + HexFormat.of().formatHex(parts.digest.digest(), 0, 16) + "\"";
  }

  /**
   * Everything of a work its answers show, in an order that does not depend on the process (the
   * details' maps and sets have none), so that every node gives the same digest.
   */
  private static void describe(WorkDetails work, Parts parts) {
    WorkSummary summary = work.summary();
    List<Object> fields = List.of(
        summary.id(), String.valueOf(summary.title()), summary.bylines(), summary.rating(),
        new TreeMap<>(summary.tags()), String.valueOf(summary.summary()), String.valueOf(summary.language()),
        summary.words(), summary.chapterProgress(), summary.complete(), summary.published(), summary.updated(),
        summary.stats(), String.valueOf(summary.sourceStats()), summary.suggestionsWaiting(), String.valueOf(work.notes()), String.valueOf(work.endNotes()),
        String.valueOf(work.sourceUrl()), work.suggestions(), work.sources(), work.series(),
        work.visibility(), work.restricted(), new TreeSet<>(work.actions()));
    parts.feed(fields.toString());
    for (WorkDetails.ChapterText chapter : work.chapters()) {
      for (Object field : List.of(chapter.id(), chapter.position(), String.valueOf(chapter.title()),
          String.valueOf(chapter.heading()), String.valueOf(chapter.summary()), String.valueOf(chapter.notes()),
          String.valueOf(chapter.endNotes()), chapter.words(), String.valueOf(chapter.bodyDigest()))) {
        parts.feed(field.toString());
      }
    }
  }

  /**
   * The digest of an answer's parts: each part's length, then its characters as UTF-16, a
   * thousand at a time through one buffer, so that no two sequences of parts give the same input
   * and a long part (a work's notes) is never copied whole only to be hashed. Not thread-safe: one
   * per answer.
   */
  private static final class Parts {

    private static final int CHARS_AT_A_TIME = 1024;

    final MessageDigest digest = Sha256.digest();
    private final ByteBuffer buffer = ByteBuffer.allocate(2 * CHARS_AT_A_TIME);
    private final CharBuffer chars = buffer.asCharBuffer();

    void feed(String part) {
      buffer.clear().putInt(part.length());
      digest.update(buffer.array(), 0, Integer.BYTES);
      for (int from = 0; from < part.length(); from += CHARS_AT_A_TIME) {
        int to = Math.min(part.length(), from + CHARS_AT_A_TIME);
        chars.clear();
        chars.put(part, from, to);
        digest.update(buffer.array(), 0, 2 * (to - from));
      }
    }
  }

  private static String csrfCookie(HttpServletRequest request) {
    Cookie cookie = WebUtils.getCookie(request, CSRF_COOKIE);
    return cookie == null ? "" : cookie.getValue();
  }

  private static String release() {
    String version = Revalidation.class.getPackage().getImplementationVersion();
    return version != null ? version : "development build started " + ManagementFactory.getRuntimeMXBean().getStartTime();
  }
}
