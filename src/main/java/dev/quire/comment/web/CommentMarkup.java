package dev.quire.comment.web;

import dev.quire.comment.CommentAction;
import dev.quire.comment.ThreadedComment;
import java.util.List;
import java.util.Locale;
import org.springframework.security.web.csrf.CsrfToken;
import org.thymeleaf.expression.Temporals;
import org.unbescape.html.HtmlEscape;
import org.unbescape.uri.UriEscape;

/**
 * Writes comments as AO3 marks them up ({@code li.comment} with {@code h4.byline} and {@code
 * blockquote.userstuff}), their buttons, and their replies below them as threads; deeper than the
 * page shows, a link to go on. It is the one part of a page written in Java rather than a
 * template: a page of 20 threads holds about 70 comments, and rendering them through a recursive
 * Thymeleaf fragment took three quarters of the comments page's time (docs/BENCHMARKS.md). Text
 * is escaped as Thymeleaf's {@code th:text} escapes it, links as {@code @{...}} writes them, and
 * every form carries the request's CSRF token as {@code th:action} adds it. A body is the
 * allowlist's cleaned HTML, written as it is. Not thread-safe: one per page.
 */
final class CommentMarkup {

  private static final String DATE = "d MMM yyyy HH:mm z";

  private final StringBuilder html = new StringBuilder(4096);
  private final String contextPath;
  private final CsrfToken csrf;
  private final Temporals dates;

  private CommentMarkup(String contextPath, CsrfToken csrf, Locale locale) {
    this.contextPath = contextPath;
    this.csrf = csrf;
    this.dates = new Temporals(locale);
  }

  /** The markup of {@code comments}, each an {@code li} with its replies, for an {@code ol.thread}. */
  static String of(List<ThreadedComment> comments, String contextPath, CsrfToken csrf, Locale locale) {
    CommentMarkup markup = new CommentMarkup(contextPath, csrf, locale);
    comments.forEach(markup::comment);
    return markup.html.toString();
  }

  private void comment(ThreadedComment c) {
    html.append("<li class=\"comment group").append(c.deleted() ? " deleted" : "").append(c.hidden() ? " hidden" : "")
        .append(c.awaitingApproval() ? " unreviewed" : "").append(c.frozen() ? " frozen" : "")
        .append(c.muted() ? " muted" : "").append("\" id=\"comment_").append(c.id()).append("\">\n");
    if (c.deleted()) {
      html.append("<p class=\"deleted-comment\">(Previous comment deleted.)</p>\n");
    } else {
      byline(c);
      if (c.awaitingApproval()) {
        html.append("<p class=\"notice\">This comment is awaiting approval: only you and the work's creators see it.</p>\n");
      }
      if (c.frozen()) {
        html.append("<p class=\"notice\">This thread has been frozen.</p>\n");
      }
      if (c.hidden()) {
        html.append("<p class=\"hidden-comment\">").append(c.body() == null ? "(This comment has been hidden by an admin.)"
            : "Hidden by an admin: only moderators and admins see what it says.").append("</p>\n");
      }
      if (c.muted()) {
        html.append("<p class=\"muted-comment\">(A comment by a user you muted.)</p>\n");
      }
      if (c.body() != null) {
        html.append("<blockquote class=\"userstuff\">").append(c.body()).append("</blockquote>\n");
      }
    }
    actions(c);
    if (!c.replies().isEmpty()) {
      html.append("<ol class=\"thread\">\n");
      c.replies().forEach(this::comment);
      html.append("</ol>\n");
    }
    if (c.continues()) {
      html.append("<p class=\"continue\"><a href=\"").append(link("/comments/" + c.id()))
          .append("\">Continue this thread &rarr;</a></p>\n");
    }
    html.append("</li>\n");
  }

  private void byline(ThreadedComment c) {
    html.append("<h4 class=\"heading byline\">\n");
    if (c.userName() != null) {
      html.append("<a href=\"").append(link("/users/" + UriEscape.escapeUriPathSegment(c.userName()))).append("\">")
          .append(text(c.byline())).append("</a>\n");
    } else {
      html.append("<span>").append(text(c.byline())).append("</span>\n");
    }
    if (c.imported()) {
      html.append("<span class=\"imported\">(imported comment)</span>\n");
    }
    if (c.chapterNumber() != null) {
      html.append("<span class=\"parent\">on Chapter ").append(c.chapterNumber()).append("</span>\n");
    }
    html.append("<span class=\"posted datetime\"><time datetime=\"").append(text(String.valueOf(c.posted())))
        .append("\">").append(text(dates.format(c.posted(), DATE))).append("</time></span>\n");
    if (c.edited() != null) {
      html.append("<span class=\"edited\">(edited)</span>\n");
    }
    html.append("</h4>\n");
  }

  private void actions(ThreadedComment c) {
    String thread = link("/comments/" + c.id());
    html.append("<ul class=\"actions\">\n<li><a href=\"").append(thread).append("\">Thread</a></li>\n");
    if (c.actions().contains(CommentAction.REPLY)) {
      html.append("<li><a href=\"").append(thread).append("#add_comment\">Reply</a></li>\n");
    }
    if (c.actions().contains(CommentAction.EDIT)) {
      html.append("<li><a href=\"").append(link("/comments/" + c.id() + "/edit")).append("\">Edit</a></li>\n");
    }
    if (c.actions().contains(CommentAction.DELETE)) {
      button(c.id() + "/delete", "Delete");
    }
    if (c.actions().contains(CommentAction.APPROVE)) {
      button(c.id() + "/approve", "Approve");
    }
    if (c.actions().contains(CommentAction.FREEZE)) {
      button(c.id() + (c.frozen() ? "/unfreeze" : "/freeze"), c.frozen() ? "Unfreeze Thread" : "Freeze Thread");
    }
    if (c.actions().contains(CommentAction.HIDE)) {
      button(c.id() + (c.hidden() ? "/unhide" : "/hide"), c.hidden() ? "Make Comment Visible" : "Hide Comment");
    }
    html.append("</ul>\n");
  }

  private void button(String path, String label) {
    html.append("<li><form method=\"post\" action=\"").append(link("/comments/" + path)).append("\">");
    if (csrf != null) {
      html.append("<input type=\"hidden\" name=\"").append(text(csrf.getParameterName())).append("\" value=\"")
          .append(text(csrf.getToken())).append("\"/>");
    }
    html.append("<button type=\"submit\">").append(label).append("</button></form></li>\n");
  }

  private String link(String path) {
    return text(contextPath + path);
  }

  private static String text(String text) {
    return HtmlEscape.escapeHtml4Xml(text);
  }
}
