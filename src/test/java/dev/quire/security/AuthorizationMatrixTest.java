package dev.quire.security;

import static dev.quire.account.TestAccounts.csrf;
import static dev.quire.security.AuthorizationMatrixTest.Visitor.ADMIN;
import static dev.quire.security.AuthorizationMatrixTest.Visitor.ARCHIVIST;
import static dev.quire.security.AuthorizationMatrixTest.Visitor.CO_CREATOR;
import static dev.quire.security.AuthorizationMatrixTest.Visitor.CREATOR;
import static dev.quire.security.AuthorizationMatrixTest.Visitor.GUEST;
import static dev.quire.security.AuthorizationMatrixTest.Visitor.MODERATOR;
import static dev.quire.security.AuthorizationMatrixTest.Visitor.READER;
import static dev.quire.security.AuthorizationMatrixTest.Visitor.SUSPENDED;
import static dev.quire.security.AuthorizationMatrixTest.Visitor.WRANGLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.quire.ArchiveTest;
import dev.quire.download.DownloadAddress;
import dev.quire.download.DownloadFormat;
import dev.quire.security.MatrixFixture.FixtureWork;
import dev.quire.security.MatrixFixture.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * One table says who gets what from every endpoint: each handler method Spring knows (pattern ×
 * HTTP method) is asked by every kind of visitor, and the answer must be the one the table names.
 * An endpoint the table does not name fails the build with its name, so a new endpoint cannot
 * ship without someone deciding who may use it.
 *
 * <p>Outcomes are written as the status ({@code "200"}, {@code "403"}, {@code "404"}) or
 * {@code "login"}: a redirect to the log-in page, what a guest gets from a page that needs an
 * account. Every request carries a valid CSRF token, so what is tested is who may, not forgery
 * (SecurityHeadersTest and the controllers' tests cover that).
 */
class AuthorizationMatrixTest extends ArchiveTest {

  /** The kinds of visitor; CREATOR and CO_CREATOR are credited on every fixture work, ARCHIVIST imported them. */
  enum Visitor { GUEST, READER, CREATOR, CO_CREATOR, WRANGLER, ARCHIVIST, MODERATOR, ADMIN, SUSPENDED }

  static final String LOGIN = "login";
  static final String OK = "200";

  /** Who edits a work (AccessPolicy: EDIT): its creators, the archivist who imported it, admins. */
  static final Set<Visitor> EDITORS = EnumSet.of(CREATOR, CO_CREATOR, ARCHIVIST, ADMIN);
  /** Who deletes or orphans a work: its creators and admins. */
  static final Set<Visitor> CREATORS = EnumSet.of(CREATOR, CO_CREATOR, ADMIN);
  /** Who hides a work and shows it again (AccessPolicy: MODERATE), and suspends accounts. */
  static final Set<Visitor> MODERATORS = EnumSet.of(MODERATOR, ADMIN);
  /** Who wrangles tags (WranglingPolicy). */
  static final Set<Visitor> WRANGLERS = EnumSet.of(WRANGLER, ADMIN);
  /** Who decides a work's tag suggestions. */
  static final Set<Visitor> DECIDERS = EnumSet.of(CREATOR, CO_CREATOR, WRANGLER, ARCHIVIST, ADMIN);

  /** THE RULES: one per endpoint, each with one probe or more (a work of each kind, say). */
  static final List<Rule> RULES = List.of(
      // Lists, feeds and catalogs: open to everyone; what each lists is the access policy's (WorkQueryTest).
      open("GET", "/", f -> get("/")),
      open("GET", "/works", f -> get("/works")),
      open("GET", "/works/search", f -> get("/works/search").param("q", "kitchen")),
      open("GET", "/works/feed.atom", f -> get("/works/feed.atom")),
      open("GET", "/fandoms", f -> get("/fandoms")),
      open("GET", "/tags", f -> get("/tags")),
      open("GET", "/tags/{slug}", f -> get("/tags/{slug}", f.tagSlug())),
      open("GET", "/tags/{slug}/works", f -> get("/tags/{slug}/works", f.tagSlug())),
      open("GET", "/tags/{slug}/feed.atom", f -> get("/tags/{slug}/feed.atom", f.tagSlug())),
      open("GET", "/opds", f -> get("/opds")),
      open("GET", "/opds/", f -> get("/opds/")),
      open("GET", "/opds/recent", f -> get("/opds/recent")),
      open("GET", "/opds/tags", f -> get("/opds/tags")),
      open("GET", "/opds/tags/{kind}", f -> get("/opds/tags/{kind}", "rating")),
      open("GET", "/opds/tags/{kind}/{slug}", f -> get("/opds/tags/{kind}/{slug}", "rating", f.tagSlug())),
      open("GET", "/opds/creators", f -> get("/opds/creators")),
      open("GET", "/opds/creators/{id}", f -> get("/opds/creators/{id}", f.creatorPseudId())),
      open("GET", "/opds/search", f -> get("/opds/search").param("q", "kitchen")),
      open("GET", "/opds/opensearch.xml", f -> get("/opds/opensearch.xml")),
      open("GET", "/api/v1/works", f -> get("/api/v1/works")),
      open("GET", "/imports", f -> get("/imports")),
      open("GET", "/imports/{id}", f -> get("/imports/{id}", f.importRunId())),
      // An upload is imported for the archivist sending it; one with no file is refused with 400.
      only("POST", "/imports", "400", EnumSet.of(ARCHIVIST), f -> post("/imports")),
      open("GET", "/suggestions", f -> get("/suggestions")),
      open("GET", "/token_dispenser.json", f -> get("/token_dispenser.json")),

      // People's pages.
      rule("GET", "/users/{user}", probe("", f -> get("/users/{user}", f.creatorName()), Expect.all("302"))),
      open("GET", "/users/{user}/works", f -> get("/users/{user}/works", f.creatorName())),
      open("GET", "/users/{user}/pseuds/{pseud}", f -> get("/users/{user}/pseuds/{pseud}", f.creatorName(), f.creatorName())),

      // A work and what belongs to it, read: a work of each kind.
      reading("GET", "/works/{id}", w -> get("/works/{id}", w.id())),
      reading("GET", "/works/{id}/navigate", w -> get("/works/{id}/navigate", w.id())),
      reading("GET", "/works/{id}/chapters", "302", w -> get("/works/{id}/chapters", w.id())),
      reading("GET", "/works/{id}/chapters/{chapterId}", w -> get("/works/{id}/chapters/{c}", w.id(), w.chapterId())),
      reading("GET", "/chapters/{chapterId}", "302", w -> get("/chapters/{c}", w.chapterId())),
      reading("GET", "/works/{id}/original", w -> get("/works/{id}/original", w.id())),
      reading("GET", "/works/{id}/originals/{sha256}", w -> get("/works/{id}/originals/{s}", w.id(), w.sha256())),
      reading("GET", "/api/v1/works/{id}", w -> get("/api/v1/works/{id}", w.id())),
      reading("GET", "/downloads/{id}/{file}",
          w -> get(DownloadAddress.ofWork(w.id(), w.title(), DownloadFormat.EPUB))),
      reading("GET", "/downloads/{id}/adult", w -> get("/downloads/{id}/adult", w.id())),
      reading("GET", "/series/{id}", w -> get("/series/{id}", w.seriesId())),
      reading("GET", "/downloads/series/{id}/{file}", w -> get(DownloadAddress.ofSeries(w.seriesId(), w.seriesTitle()))),
      reading("GET", "/downloads/series/{id}/adult", w -> get("/downloads/series/{id}/adult", w.seriesId())),

      // Tag suggestions: the work's creators, wranglers, the archivist who imported it and admins decide.
      acting("POST", "/works/{id}/suggestions/{suggestionId}/accept", DECIDERS, "302",
          (f, w) -> post("/works/{id}/suggestions/{s}/accept", w.id(), f.newSuggestion(w))),
      acting("POST", "/works/{id}/suggestions/{suggestionId}/reject", DECIDERS, "302",
          (f, w) -> post("/works/{id}/suggestions/{s}/reject", w.id(), f.newSuggestion(w))),
      acting("POST", "/works/{id}/suggestions/accept-all", DECIDERS, "302",
          (f, w) -> post("/works/{id}/suggestions/accept-all", w.id()).with(r -> {
            f.newSuggestion(w);
            return r;
          })),

      // Wrangling: wranglers and admins. The fixture's tag (a rating) saved as it is changes nothing (302);
      // it has no change to undo (422); a bulk action with no tag ticked is refused (422).
      only("GET", "/tags/{slug}/edit", OK, WRANGLERS, f -> get("/tags/{slug}/edit", f.tagSlug())),
      only("POST", "/tags/{slug}/edit", "302", WRANGLERS, f -> post("/tags/{slug}/edit", f.tagSlug())),
      only("POST", "/tags/{slug}/undo", "422", WRANGLERS, f -> post("/tags/{slug}/undo", f.tagSlug())),
      only("GET", "/tags/unwrangled", OK, WRANGLERS, f -> get("/tags/unwrangled").param("kind", "character")),
      only("POST", "/tags/unwrangled", "422", WRANGLERS, f -> post("/tags/unwrangled").param("action", "canonical")),
      apiOnly("GET", "/api/v1/tags/{name}", OK, WRANGLERS, f -> get("/api/v1/tags/{name}", f.tagSlug())),
      apiOnly("PATCH", "/api/v1/tags/{name}", OK, WRANGLERS,
          f -> patch("/api/v1/tags/{name}", f.tagSlug()).contentType("application/json").content("{}")),
      apiOnly("GET", "/api/v1/tags/unwrangled", OK, WRANGLERS, f -> get("/api/v1/tags/unwrangled")),
      // Accepting every proposal of a fandom: with no fandom named, refused (422) to those who may.
      only("GET", "/tags/unwrangled/merge", "422", WRANGLERS, f -> get("/tags/unwrangled/merge")),
      only("POST", "/tags/unwrangled/merge", "422", WRANGLERS, f -> post("/tags/unwrangled/merge")),
      apiOnly("POST", "/api/v1/tags/unwrangled/merge", "422", WRANGLERS, f -> post("/api/v1/tags/unwrangled/merge")),

      // A takedown: moderators and admins hide a published work and show a hidden one; a draft stays one.
      onNewWork("POST", "/works/{id}/hide", MODERATORS, "302", (f, w) -> post("/works/{id}/hide", w.id())),
      onNewWork("POST", "/works/{id}/unhide", MODERATORS, "302", (f, w) -> post("/works/{id}/unhide", w.id())),

      // Reports: whoever may read a work reports it, a guest too; a form sent empty is refused (422), and
      // a suspended account sends none. Moderators and admins read them; a report that is not open is 404.
      reading("GET", "/works/{id}/report", w -> get("/works/{id}/report", w.id())),
      reporting(),
      only("GET", "/admin/reports", OK, MODERATORS, f -> get("/admin/reports")),
      // Kudos: whoever may read a posted work, a guest too, back to the work (302); its creators
      // may not (422), nor a suspended account, nor anyone on a draft or a hidden work (403).
      kudos("/works/{id}/kudos", "302", false, (f, w) -> post("/works/{id}/kudos", w.id())),
      // With a token, on a new work each time, so that each account's kudos is its first there (201).
      kudos("/api/v1/works/{id}/kudos", "201", true,
          (f, w) -> post("/api/v1/works/{id}/kudos", f.newWork(kindOf(f, w)).id())),
      only("POST", "/admin/reports/{id}/hide", "404", MODERATORS, f -> post("/admin/reports/{id}/hide", 0)),
      only("POST", "/admin/reports/{id}/resolve", "404", MODERATORS, f -> post("/admin/reports/{id}/resolve", 0)),

      // Comments: whoever reads a work reads its comments. Registered users comment (the fixture's works
      // take no guests' comments: AO3's default) and reply; a form sent empty is refused (422), and a
      // suspended account comments not. A fixture comment is by an admin none of the visitors is: nobody
      // here edits it (CommentsTest covers its commenter). The work's creators and admins delete it and
      // freeze its thread, and approve it were it held (it is not: 422); moderators and admins hide it.
      reading("GET", "/works/{id}/comments", w -> get("/works/{id}/comments", w.id())),
      commenting("POST", "/works/{id}/comments", (f, w) -> post("/works/{id}/comments", w.id())),
      reading("GET", "/comments/{id}", OK, (f, w) -> get("/comments/{id}", f.comment(w))),
      commenting("POST", "/comments/{id}/replies", (f, w) -> post("/comments/{id}/replies", f.comment(w))),
      onComment("GET", "/comments/{id}/edit", Set.of(), OK, "403", (f, w) -> get("/comments/{id}/edit", f.comment(w))),
      onComment("POST", "/comments/{id}", Set.of(), OK, LOGIN, (f, w) -> post("/comments/{id}", f.comment(w))),
      onComment("POST", "/comments/{id}/delete", CREATORS, "302", LOGIN,
          (f, w) -> post("/comments/{id}/delete", f.newComment(w))),
      onComment("POST", "/comments/{id}/freeze", CREATORS, "302", LOGIN, (f, w) -> post("/comments/{id}/freeze", f.comment(w))),
      onComment("POST", "/comments/{id}/unfreeze", CREATORS, "302", LOGIN,
          (f, w) -> post("/comments/{id}/unfreeze", f.comment(w))),
      onComment("POST", "/comments/{id}/approve", CREATORS, "422", LOGIN, (f, w) -> post("/comments/{id}/approve", f.comment(w))),
      onComment("POST", "/comments/{id}/hide", MODERATORS, "302", LOGIN, (f, w) -> post("/comments/{id}/hide", f.comment(w))),
      onComment("POST", "/comments/{id}/unhide", MODERATORS, "302", LOGIN, (f, w) -> post("/comments/{id}/unhide", f.comment(w))),
      // Who may comment, and moderation: whoever edits the work.
      acting("GET", "/works/{id}/comment_settings", EDITORS, OK, (f, w) -> get("/works/{id}/comment_settings", w.id())),
      acting("POST", "/works/{id}/comment_settings", EDITORS, "302", (f, w) -> post("/works/{id}/comment_settings", w.id())
          .param("permission", "registered").param("moderated", "false")),
      api("GET", "/api/v1/works/{id}/comments", EnumSet.allOf(Visitor.class), OK,
          (f, w) -> get("/api/v1/works/{id}/comments", w.id())),
      api("POST", "/api/v1/works/{id}/comments", EnumSet.allOf(Visitor.class), "400",
          (f, w) -> post("/api/v1/works/{id}/comments", w.id()).contentType("application/json").content("{}")),

      // Bookmarks: every account that may write bookmarks a posted work it reads (its form, then saving it:
      // an empty form is a bookmark without notes); a draft or a hidden work is bookmarked by no one
      // (403 to who reads it). A bookmark is deleted by its owner alone: the fixture's is by an account
      // none of the visitors is (BookmarksTest covers its owner). A user's bookmarks are open to everyone;
      // what each sees of them is BookmarksTest's.
      bookmarking("GET", "/works/{id}/bookmarks/new", OK, (f, w) -> get("/works/{id}/bookmarks/new", w.id())),
      bookmarking("POST", "/works/{id}/bookmarks", "302", (f, w) -> post("/works/{id}/bookmarks", w.id())),
      // A series' bookmark form and saving it: a series no one may read is 404 to every account that may
      // write (BookmarksTest covers a real one), a suspended account is refused, a guest logs in.
      rule("GET", "/series/{id}/bookmarks/new", probe("no such series", f -> get("/series/{id}/bookmarks/new", 0),
          Expect.all("404").but(LOGIN, GUEST).but("403", SUSPENDED))),
      rule("POST", "/series/{id}/bookmarks", probe("no such series", f -> post("/series/{id}/bookmarks", 0),
          Expect.all("404").but(LOGIN, GUEST).but("403", SUSPENDED))),
      only("POST", "/bookmarks/{id}/delete", "403", Set.of(), f -> post("/bookmarks/{id}/delete", f.bookmark())),
      open("GET", "/users/{user}/bookmarks", f -> get("/users/{user}/bookmarks", f.creatorName())),
      apiOwn("POST", "/api/v1/bookmarks", "400", f -> post("/api/v1/bookmarks").contentType("application/json").content("{}")),
      apiOwn("GET", "/api/v1/users/{user}/bookmarks", OK, f -> get("/api/v1/users/{user}/bookmarks", f.creatorName())),

      // History: a reader's own, at their address; everyone else is answered 404, as for no history
      // (the probes ask for the creator's). Mark for Later, Mark as Read, the place and Resume act on
      // a work the visitor reads, as reading it; a suspended account changes nothing (403).
      ownHistory("GET", "/users/{user}/readings", OK, f -> get("/users/{user}/readings", f.creatorName())),
      ownHistory("GET", "/users/{user}/readings/clear", OK, f -> get("/users/{user}/readings/clear", f.creatorName())),
      ownHistory("POST", "/users/{user}/readings/clear", "302", f -> post("/users/{user}/readings/clear", f.creatorName())),
      ownHistory("POST", "/users/{user}/readings/preferences", "302",
          f -> post("/users/{user}/readings/preferences", f.creatorName())),
      ownHistory("POST", "/users/{user}/readings/{workId}/delete", "302",
          f -> post("/users/{user}/readings/{workId}/delete", f.creatorName(), 0)),
      marking("POST", "/works/{id}/mark_for_later", "302", w -> post("/works/{id}/mark_for_later", w.id())),
      marking("POST", "/works/{id}/mark_as_read", "302", w -> post("/works/{id}/mark_as_read", w.id())),
      marking("POST", "/works/{id}/place", "204", w -> post("/works/{id}/place", w.id()).param("chapter", "1")),
      marking("GET", "/works/{id}/resume", "302", w -> get("/works/{id}/resume", w.id())),
      apiOwn("GET", "/api/v1/me/history", OK, f -> get("/api/v1/me/history")),
      apiOwn("POST", "/api/v1/me/history/{workId}/later", "404", f -> post("/api/v1/me/history/{workId}/later", 0)),
      apiOwn("DELETE", "/api/v1/me/history/{workId}/later", "404", f -> delete("/api/v1/me/history/{workId}/later", 0)),

      // Accounts: signing up, confirming, resetting a password are for anyone; a form sent empty
      // is refused with its problems (422) and changes nothing.
      open("GET", "/signup", f -> get("/signup")),
      rule("POST", "/signup", probe("", f -> post("/signup"), Expect.all("422"))),
      open("GET", "/signup/sent", f -> get("/signup/sent")),
      rule("GET", "/users/confirmation", probe("a token that is not one",
          f -> get("/users/confirmation").param("confirmation_token", "nothing"), Expect.all("410"))),
      open("GET", "/users/confirmation/new", f -> get("/users/confirmation/new")),
      rule("POST", "/users/confirmation", probe("", f -> post("/users/confirmation"), Expect.all("422"))),
      open("GET", "/invite_requests", f -> get("/invite_requests")),
      rule("POST", "/invite_requests", probe("", f -> post("/invite_requests"), Expect.all("422"))),
      open("GET", "/users/password/new", f -> get("/users/password/new")),
      rule("POST", "/users/password", probe("", f -> post("/users/password"), Expect.all("422"))),
      rule("GET", "/users/password/edit", probe("a token that is not one",
          f -> get("/users/password/edit").param("reset_password_token", "nothing"), Expect.all("410"))),
      rule("POST", "/users/password/edit", probe("a token that is not one",
          f -> post("/users/password/edit").param("reset_password_token", "nothing"), Expect.all("410"))),

      // One's own account.
      own("GET", "/account", OK, f -> get("/account")),
      rule("GET", "/users/login", probe("", f -> get("/users/login"), Expect.all("302").but(OK, GUEST))),
      rule("GET", "/users/logout", probe("", f -> get("/users/logout"), Expect.all(OK).but("302", GUEST))),
      own("GET", "/account/password", OK, f -> get("/account/password")),
      own("POST", "/account/password", "422", f -> post("/account/password")),
      own("GET", "/account/delete", OK, f -> get("/account/delete")),
      own("POST", "/account/delete", "422", f -> post("/account/delete")),
      own("GET", "/account/tokens", OK, f -> get("/account/tokens")),
      own("POST", "/account/tokens", "400", f -> post("/account/tokens")),
      own("POST", "/account/tokens/{id}/revoke", "404", f -> post("/account/tokens/{id}/revoke", 0)),
      // Mutes and blocks, one's own: a name missing is refused (422), one no one has is 404; a
      // suspended account changes none (403).
      own("GET", "/account/{kind:mutes|blocks}", OK, f -> get("/account/mutes")),
      rule("POST", "/account/{kind:mutes|blocks}", probe("no name", f -> post("/account/blocks"),
          Expect.all("422").but(LOGIN, GUEST).but("403", SUSPENDED))),
      rule("POST", "/account/{kind:mutes|blocks}/{user}/delete", probe("no such user",
          f -> post("/account/mutes/{user}/delete", "nobody-at-all"),
          Expect.all("404").but(LOGIN, GUEST).but("403", SUSPENDED))),
      // Subscriptions and the inbox, one's own: a subscription names one thing (400 without), one no one
      // has is 404; a suspended account changes none (403). The private feeds open by their key alone:
      // a key that is not one is 404 to everyone.
      own("GET", "/account/subscriptions", OK, f -> get("/account/subscriptions")),
      rule("POST", "/subscriptions", probe("nothing named", f -> post("/subscriptions"),
          Expect.all("400").but(LOGIN, GUEST).but("403", SUSPENDED))),
      rule("POST", "/subscriptions/{id}/delete", probe("no such subscription", f -> post("/subscriptions/{id}/delete", 0),
          Expect.all("404").but(LOGIN, GUEST).but("403", SUSPENDED))),
      rule("POST", "/account/subscriptions/mail", probe("digest", f -> post("/account/subscriptions/mail").param("choice", "DIGEST"),
          Expect.all("302").but(LOGIN, GUEST).but("403", SUSPENDED))),
      rule("POST", "/account/subscriptions/feed", probe("new key", f -> post("/account/subscriptions/feed"),
          Expect.all(OK).but(LOGIN, GUEST).but("403", SUSPENDED))),
      rule("POST", "/account/subscriptions/feed/delete", probe("", f -> post("/account/subscriptions/feed/delete"),
          Expect.all("302").but(LOGIN, GUEST).but("403", SUSPENDED))),
      own("GET", "/account/inbox", OK, f -> get("/account/inbox")),
      rule("POST", "/account/inbox/seen", probe("", f -> post("/account/inbox/seen"),
          Expect.all("302").but(LOGIN, GUEST).but("403", SUSPENDED))),
      rule("GET", "/subscriptions/feeds/{key}/inbox.atom", probe("not a key",
          f -> get("/subscriptions/feeds/{key}/inbox.atom", "not-a-key"), Expect.all("404"))),
      rule("GET", "/subscriptions/feeds/{key}/opds", probe("not a key",
          f -> get("/subscriptions/feeds/{key}/opds", "not-a-key"), Expect.all("404"))),
      apiOwn("POST", "/api/v1/subscriptions", "400", f -> post("/api/v1/subscriptions").contentType("application/json").content("{}")),
      apiOwn("GET", "/api/v1/me/subscriptions", OK, f -> get("/api/v1/me/subscriptions")),
      apiOwn("DELETE", "/api/v1/me/subscriptions/{id}", "404", f -> delete("/api/v1/me/subscriptions/{id}", 0)),
      apiOwn("GET", "/api/v1/me/inbox", OK, f -> get("/api/v1/me/inbox")),
      // Saved exclusions, one's own: a set without a name is refused (422), one no one has is 404.
      rule("POST", "/account/exclusions", probe("no name", f -> post("/account/exclusions"),
          Expect.all("422").but(LOGIN, GUEST).but("403", SUSPENDED))),
      rule("POST", "/account/exclusions/{id}/delete", probe("no such set", f -> post("/account/exclusions/{id}/delete", 0),
          Expect.all("404").but(LOGIN, GUEST).but("403", SUSPENDED))),
      own("POST", "/creatorships/{id}/accept", "403", f -> post("/creatorships/{id}/accept", 0)),
      own("POST", "/creatorships/{id}/decline", "403", f -> post("/creatorships/{id}/decline", 0)),
      own("GET", "/claims/{token}", "404", f -> get("/claims/{token}", "nothing")),
      rule("POST", "/claims/{token}", probe("a token that is not one", f -> post("/claims/{token}", "nothing"),
          Expect.all("404").but(LOGIN, GUEST).but("403", SUSPENDED))),

      // A person's own pages under their user name: theirs and admins'.
      open("GET", "/users/{user}/pseuds", f -> get("/users/{user}/pseuds", f.creatorName())),
      only("GET", "/users/{user}/pseuds/new", OK, EnumSet.of(CREATOR, ADMIN), f -> get("/users/{user}/pseuds/new", f.creatorName())),
      only("POST", "/users/{user}/pseuds", "422", EnumSet.of(CREATOR, ADMIN), f -> post("/users/{user}/pseuds", f.creatorName())),
      only("GET", "/users/{user}/pseuds/{pseud}/edit", OK, EnumSet.of(CREATOR, ADMIN),
          f -> get("/users/{user}/pseuds/{pseud}/edit", f.creatorName(), f.creatorName())),
      only("POST", "/users/{user}/pseuds/{pseud}", "302", EnumSet.of(CREATOR, ADMIN),
          f -> post("/users/{user}/pseuds/{pseud}", f.creatorName(), f.creatorName())),
      only("POST", "/users/{user}/pseuds/{pseud}/delete", "400", EnumSet.of(CREATOR, ADMIN),
          f -> post("/users/{user}/pseuds/{pseud}/delete", f.creatorName(), f.creatorName())),
      only("GET", "/users/{user}/works/drafts", OK, EnumSet.of(CREATOR), f -> get("/users/{user}/works/drafts", f.creatorName())),
      only("GET", "/users/{user}/creatorships", OK, EnumSet.of(CREATOR), f -> get("/users/{user}/creatorships", f.creatorName())),

      // Roles.
      only("GET", "/admin/invitations", OK, EnumSet.of(ADMIN), f -> get("/admin/invitations")),
      only("POST", "/admin/invitations", "422", EnumSet.of(ADMIN), f -> post("/admin/invitations").param("count", "0")),
      only("GET", "/admin/outbox", OK, EnumSet.of(ADMIN), f -> get("/admin/outbox")),
      only("GET", "/admin/settings", OK, EnumSet.of(ADMIN), f -> get("/admin/settings")),
      // A form sent empty is refused with its problems and changes nothing.
      only("POST", "/admin/settings", "422", EnumSet.of(ADMIN), f -> post("/admin/settings")),
      only("GET", "/admin/users", OK, MODERATORS, f -> get("/admin/users").param("name", "t")),
      only("POST", "/admin/users/{user}/suspend", "302", MODERATORS,
          f -> post("/admin/users/{user}/suspend", f.newUserName())),
      only("POST", "/admin/users/{user}/unsuspend", "302", MODERATORS,
          f -> post("/admin/users/{user}/unsuspend", f.newUserName())),
      only("POST", "/admin/users/{user}/roles", "302", EnumSet.of(ADMIN),
          f -> post("/admin/users/{user}/roles", f.newUserName()).param("role", "wrangler")),
      only("GET", "/archivist/creators", OK, EnumSet.of(ARCHIVIST, ADMIN), f -> get("/archivist/creators")),
      only("POST", "/archivist/creators/{id}/email", "400", EnumSet.of(ARCHIVIST, ADMIN),
          f -> post("/archivist/creators/{id}/email", 0)),
      only("POST", "/archivist/creators/{id}/invitation", "400", EnumSet.of(ARCHIVIST, ADMIN),
          f -> post("/archivist/creators/{id}/invitation", 0)),

      // Posting.
      open("GET", "/autocomplete/tags", f -> get("/autocomplete/tags").param("kind", "freeform").param("term", "kit")),
      // Every account posts, but a suspended one.
      rule("GET", "/works/new", probe("", f -> get("/works/new"), Expect.all(OK).but(LOGIN, GUEST).but("403", SUSPENDED))),
      rule("POST", "/works", probe("", f -> post("/works"), Expect.all("422").but(LOGIN, GUEST).but("403", SUSPENDED))),
      acting("GET", "/works/{id}/edit", EDITORS, OK, (f, w) -> get("/works/{id}/edit", w.id())),
      acting("POST", "/works/{id}", EDITORS, "422", (f, w) -> post("/works/{id}", w.id())),
      publishing(),
      acting("GET", "/works/{id}/chapters/new", EDITORS, OK, (f, w) -> get("/works/{id}/chapters/new", w.id())),
      acting("POST", "/works/{id}/chapters", EDITORS, "422", (f, w) -> post("/works/{id}/chapters", w.id())),
      acting("GET", "/works/{id}/chapters/{chapterId}/edit", EDITORS, OK,
          (f, w) -> get("/works/{id}/chapters/{c}/edit", w.id(), w.chapterId())),
      acting("POST", "/works/{id}/chapters/{chapterId}", EDITORS, "422",
          (f, w) -> post("/works/{id}/chapters/{c}", w.id(), w.chapterId())),
      acting("GET", "/works/{id}/chapters/manage", EDITORS, OK, (f, w) -> get("/works/{id}/chapters/manage", w.id())),
      acting("POST", "/works/{id}/chapters/order", EDITORS, "302", (f, w) -> post("/works/{id}/chapters/order", w.id())
          .param("chapter", Long.toString(w.chapterId())).param("position", "1")),
      // The fixture's works have one chapter, which a work cannot lose: those who may are refused with 400.
      acting("POST", "/works/{id}/chapters/{chapterId}/delete", EDITORS, "400",
          (f, w) -> post("/works/{id}/chapters/{c}/delete", w.id(), w.chapterId())),
      acting("GET", "/works/{id}/confirm_delete", CREATORS, OK, (f, w) -> get("/works/{id}/confirm_delete", w.id())),
      onNewWork("POST", "/works/{id}/delete", CREATORS, "302", (f, w) -> post("/works/{id}/delete", w.id())),
      acting("GET", "/works/{id}/orphan", CREATORS, OK, (f, w) -> get("/works/{id}/orphan", w.id())),
      onNewWork("POST", "/works/{id}/orphan", CREATORS, "302", (f, w) -> post("/works/{id}/orphan", w.id())),

      // The posting API, with tokens.
      apiOwn("GET", "/api/v1/me", OK, f -> get("/api/v1/me")),
      apiOwn("GET", "/api/v1/me/{kind:mutes|blocks}", OK, f -> get("/api/v1/me/mutes")),
      apiOwn("POST", "/api/v1/me/{kind:mutes|blocks}/{user}", "404", f -> post("/api/v1/me/blocks/{u}", "nobody-at-all")),
      apiOwn("DELETE", "/api/v1/me/{kind:mutes|blocks}/{user}", "404", f -> delete("/api/v1/me/mutes/{u}", "nobody-at-all")),
      apiOwn("POST", "/api/v1/works", "400", f -> post("/api/v1/works").contentType("application/json").content("{}")),
      api("PATCH", "/api/v1/works/{id}", EDITORS, "400",
          (f, w) -> patch("/api/v1/works/{id}", w.id()).contentType("application/json").content("{}")),
      api("POST", "/api/v1/works/{id}/chapters", EDITORS, "201", (f, w) -> post("/api/v1/works/{id}/chapters", w.id())
          .contentType("application/json").content("{\"title\":\"Later\",\"text\":\"A later chapter.\"}")),
      // On a new work of one chapter (the API adds chapters to the fixture's), which a work cannot lose:
      // those who may are refused with 400.
      api("DELETE", "/api/v1/works/{id}/chapters/{position}", EDITORS, "400",
          (f, w) -> delete("/api/v1/works/{id}/chapters/{p}", f.newWork(kindOf(f, w)).id(), 1)),
      new Rule("DELETE", "/api/v1/works/{id}", api("DELETE", "/api/v1/works/{id}", CREATORS, "204",
          (f, w) -> delete("/api/v1/works/{id}", f.newWork(kindOf(f, w)).id())).probes(), null),

      // Monitoring: the health status for everyone, as load balancers poll it; a component's
      // health and the metrics for monitors: admins, or a request made on the node's own machine
      // (MockMvc's requests come from 127.0.0.1; "elsewhere" is another address).
      rule("GET", "/actuator/health",
          probe("from elsewhere", f -> fromElsewhere(get("/actuator/health")), Expect.all(OK))),
      rule("GET", "/actuator/health/**",
          probe("from this machine", f -> get("/actuator/health/db"), Expect.all(OK)),
          probe("from elsewhere", f -> fromElsewhere(get("/actuator/health/db")), Expect.all("404").but(OK, ADMIN))),
      rule("GET", "/actuator/prometheus",
          probe("from this machine", f -> get("/actuator/prometheus"), Expect.all(OK)),
          probe("from elsewhere", f -> fromElsewhere(get("/actuator/prometheus")),
              Expect.all("403").but("401", GUEST).but(OK, ADMIN))),

      // `quire backup` asks the server holding an embedded archive with its control file's secret, which
      // no visitor has, logged in or not (BackupWhileServingTest asks with it).
      rule("POST", "/control/backups", probe("without the control file's secret",
          f -> post("/control/backups").param("folder", "/nowhere"), Expect.all("403"))),

      // Spring Boot's own error page: reached by an error dispatch, never by a link.
      unprobed("*", "/error", "an error dispatch renders it; SecurityHeadersTest reads error pages over HTTP"));

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired MatrixFixture fixtures;

  @Test
  void everyEndpointSpringKnowsHasARuleAndEveryRuleAnEndpoint() {
    Set<String> endpoints = endpoints();
    Set<String> ruled = RULES.stream().map(Rule::endpoint).collect(Collectors.toCollection(TreeSet::new));

    assertThat(endpoints.stream().filter(e -> !ruled.contains(e)))
        .as("endpoints with no rule in AuthorizationMatrixTest.RULES").isEmpty();
    assertThat(ruled.stream().filter(e -> !endpoints.contains(e)))
        .as("rules for endpoints that no longer exist").isEmpty();
    assertThat(RULES).extracting(Rule::endpoint).as("endpoints with two rules").doesNotHaveDuplicates();
  }

  @TestFactory
  Stream<DynamicTest> everyVisitorGetsWhatTheRulesSay() {
    MatrixFixture.Fixture fixture = fixtures.create();
    return RULES.stream().flatMap(rule -> rule.probes().stream().map(probe -> {
      String name = rule.endpoint() + (probe.name().isEmpty() ? "" : " [" + probe.name() + "]");
      return DynamicTest.dynamicTest(name, () -> assertOutcomes(name, fixture, probe));
    }));
  }

  private void assertOutcomes(String name, MatrixFixture.Fixture fixture, Probe probe) throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Visitor visitor : Visitor.values()) {
      MockHttpServletRequestBuilder request = probe.request().apply(fixture);
      if (probe.api()) {
        // The API is asked as its clients ask: a personal access token, no session, no CSRF token.
        if (visitor != GUEST) {
          request.header("Authorization", "Bearer " + fixture.token(visitor));
        }
      } else {
        request.with(visitor == GUEST ? csrf() : fixtures.as(fixture.account(visitor)));
      }
      String seen = outcome(mvc.perform(request).andReturn().getResponse());
      if (!seen.equals(probe.expected().get(visitor))) {
        wrong.add(visitor + " got " + seen + ", not " + probe.expected().get(visitor));
      }
    }
    assertThat(wrong).as(name).isEmpty();
  }

  private static String outcome(MockHttpServletResponse response) {
    String location = response.getRedirectedUrl();
    if (response.getStatus() / 100 == 3 && location != null && location.replaceFirst("^https?://[^/]+", "").startsWith("/users/login")) {
      return LOGIN;
    }
    return Integer.toString(response.getStatus());
  }

  /** Every pattern × HTTP method of every request-mapping handler mapping ({@code *}: any method). */
  private Set<String> endpoints() {
    Set<String> endpoints = new TreeSet<>();
    for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
      for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
        Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name)
            .collect(Collectors.toSet());
        for (String pattern : info.getPatternValues()) {
          for (String method : methods.isEmpty() ? Set.of("*") : methods) {
            endpoints.add(method + " " + pattern);
          }
        }
      }
    }
    return endpoints;
  }

  // ---- the table's vocabulary ----

  /** What one endpoint answers, asked one way or more; or why it is not asked ({@code unprobed}). */
  record Rule(String method, String pattern, List<Probe> probes, String unprobed) {
    String endpoint() {
      return method + " " + pattern;
    }
  }

  /** One request, and what each visitor must get from it. */
  record Probe(String name, Function<MatrixFixture.Fixture, MockHttpServletRequestBuilder> request,
      Map<Visitor, String> expected, boolean api) {}

  /** The same outcome for everyone, but some. */
  static final class Expect {
    private final Map<Visitor, String> outcomes = new EnumMap<>(Visitor.class);

    static Expect all(String outcome) {
      Expect expect = new Expect();
      Arrays.stream(Visitor.values()).forEach(v -> expect.outcomes.put(v, outcome));
      return expect;
    }

    Expect but(String outcome, Visitor... visitors) {
      Arrays.stream(visitors).forEach(v -> outcomes.put(v, outcome));
      return this;
    }

    Map<Visitor, String> outcomes() {
      return new EnumMap<>(outcomes);
    }
  }

  static Rule rule(String method, String pattern, Probe... probes) {
    return new Rule(method, pattern, List.of(probes), null);
  }

  static Probe probe(String name, Function<MatrixFixture.Fixture, MockHttpServletRequestBuilder> request, Expect expect) {
    return new Probe(name, request, expect.outcomes(), false);
  }

  /** The request as it comes from another machine than the archive's. */
  static MockHttpServletRequestBuilder fromElsewhere(MockHttpServletRequestBuilder request) {
    return request.with(r -> {
      r.setRemoteAddr("203.0.113.7");
      return r;
    });
  }

  /** Everyone, guests included, gets 200. */
  static Rule open(String method, String pattern, Function<MatrixFixture.Fixture, MockHttpServletRequestBuilder> request) {
    return rule(method, pattern, probe("", request, Expect.all(OK)));
  }

  /** Known to Spring, not asked here, for the reason given. */
  static Rule unprobed(String method, String pattern, String reason) {
    return new Rule(method, pattern, List.of(), reason);
  }

  /** Reading a work of each kind: who may read it gets 200, who may not, a 404 that says nothing. */
  static Rule reading(String method, String pattern, Function<FixtureWork, MockHttpServletRequestBuilder> request) {
    return reading(method, pattern, OK, request);
  }

  /** Reading a work of each kind, where a reader gets {@code read} (a redirect, say). */
  static Rule reading(String method, String pattern, String read, Function<FixtureWork, MockHttpServletRequestBuilder> request) {
    return reading(method, pattern, read, (f, w) -> request.apply(w));
  }

  /** As {@link #reading}, for a request that needs more of the fixture than the work (a comment on it). */
  static Rule reading(String method, String pattern, String read,
      java.util.function.BiFunction<MatrixFixture.Fixture, FixtureWork, MockHttpServletRequestBuilder> request) {
    Map<Kind, Expect> readers = new LinkedHashMap<>();
    readers.put(Kind.PUBLISHED, Expect.all(read));
    readers.put(Kind.RESTRICTED, Expect.all(read).but("404", GUEST));
    readers.put(Kind.DRAFT, Expect.all("404").but(read, CREATOR, CO_CREATOR, ADMIN));
    readers.put(Kind.HIDDEN, Expect.all("404").but(read, MODERATOR, ADMIN));
    return eachKind(method, pattern, readers, request);
  }

  /** Who may read a work of each kind. */
  static Set<Visitor> readers(Kind kind) {
    return switch (kind) {
      case PUBLISHED -> EnumSet.allOf(Visitor.class);
      case RESTRICTED -> EnumSet.complementOf(EnumSet.of(GUEST));
      case DRAFT -> EnumSet.of(CREATOR, CO_CREATOR, ADMIN);
      case HIDDEN -> EnumSet.of(MODERATOR, ADMIN);
    };
  }

  /**
   * Doing something to a work of each kind: {@code may} (and not suspended) get {@code done}; who
   * may read the work but not do it, 403; who may not even read it, a 404 that says nothing. A
   * guest is sent to log in, or, on a page (GET) of a work they may not read, gets the 404 too.
   */
  static Rule acting(String method, String pattern, Set<Visitor> may, String done,
      java.util.function.BiFunction<MatrixFixture.Fixture, FixtureWork, MockHttpServletRequestBuilder> request) {
    List<Probe> probes = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      Expect expect = Expect.all("403");
      for (Visitor visitor : Visitor.values()) {
        if (visitor == GUEST) {
          expect.but(method.equals("GET") && !readers(kind).contains(GUEST) ? "404" : LOGIN, GUEST);
        } else if (!readers(kind).contains(visitor)) {
          expect.but("404", visitor);
        } else if (may.contains(visitor)) {
          expect.but(done, visitor);
        }
      }
      probes.add(probe(kind.name().toLowerCase(), f -> request.apply(f, f.work(kind)), expect));
    }
    return new Rule(method, pattern, probes, null);
  }

  /** Bookmarking a work of each kind: as {@link #acting}, where whoever may write and read a posted work may. */
  static Rule bookmarking(String method, String pattern, String done,
      java.util.function.BiFunction<MatrixFixture.Fixture, FixtureWork, MockHttpServletRequestBuilder> request) {
    List<Probe> probes = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      Set<Visitor> may = kind == Kind.PUBLISHED || kind == Kind.RESTRICTED
          ? EnumSet.complementOf(EnumSet.of(GUEST, SUSPENDED)) : Set.of();
      probes.add(acting(method, pattern, may, done, request).probes().get(kind.ordinal()));
    }
    return new Rule(method, pattern, probes, null);
  }

  /** As {@link #acting}, on a work made for each request: the request changes what the others would see. */
  static Rule onNewWork(String method, String pattern, Set<Visitor> may, String done,
      java.util.function.BiFunction<MatrixFixture.Fixture, FixtureWork, MockHttpServletRequestBuilder> request) {
    return acting(method, pattern, may, done, (f, w) -> request.apply(f, f.newWork(kindOf(f, w))));
  }

  /** Publishing: a draft is published (302); a work that is not a draft cannot be (400). */
  static Rule publishing() {
    java.util.function.BiFunction<MatrixFixture.Fixture, FixtureWork, MockHttpServletRequestBuilder> publish =
        (f, w) -> post("/works/{id}/publish", w.id());
    List<Probe> refused = onNewWork("POST", "/works/{id}/publish", EDITORS, "400", publish).probes();
    List<Probe> published = onNewWork("POST", "/works/{id}/publish", EDITORS, "302", publish).probes();
    List<Probe> probes = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      probes.add((kind == Kind.DRAFT ? published : refused).get(kind.ordinal()));
    }
    return new Rule("POST", "/works/{id}/publish", probes, null);
  }

  /** One's history: its reader (the creator, in the probes) gets {@code done}, other accounts 404, a guest the log-in page. */
  static Rule ownHistory(String method, String pattern, String done,
      Function<MatrixFixture.Fixture, MockHttpServletRequestBuilder> request) {
    return rule(method, pattern, probe("the creator's", request, Expect.all("404").but(LOGIN, GUEST).but(done, CREATOR)));
  }

  /**
   * A reader's history acting on a work: as reading it, who reads it gets {@code done}; a guest the
   * log-in page; a suspended account, reading, changes nothing (403) but is taken back to its place.
   */
  static Rule marking(String method, String pattern, String done, Function<FixtureWork, MockHttpServletRequestBuilder> request) {
    Rule read = reading(method, pattern, done, request);
    return new Rule(read.method(), read.pattern(), read.probes().stream().map(p -> {
      Map<Visitor, String> expected = new EnumMap<>(p.expected());
      expected.put(GUEST, LOGIN);
      if (!method.equals("GET")) {
        expected.replace(SUSPENDED, done, "403");
      }
      return new Probe(p.name(), p.request(), expected, false);
    }).toList(), null);
  }

  /** Reporting a work: as reading it, but an empty form is refused (422) and a suspended account may not (403). */
  static Rule reporting() {
    Rule read = reading("POST", "/works/{id}/report", "422", w -> post("/works/{id}/report", w.id()));
    return new Rule(read.method(), read.pattern(), read.probes().stream().map(p -> {
      Map<Visitor, String> expected = new EnumMap<>(p.expected());
      expected.replace(SUSPENDED, "422", "403");
      return new Probe(p.name(), p.request(), expected, false);
    }).toList(), null);
  }

  /**
   * Commenting on a work of each kind, or replying to a comment on it: as reading it, but an empty
   * form is refused (422), and a guest (on a work for registered users) and a suspended account may not (403).
   */
  static Rule commenting(String method, String pattern,
      java.util.function.BiFunction<MatrixFixture.Fixture, FixtureWork, MockHttpServletRequestBuilder> request) {
    Map<Kind, Expect> readers = new LinkedHashMap<>();
    for (Kind kind : Kind.values()) {
      Expect expect = Expect.all("404");
      readers(kind).forEach(visitor -> expect.but(visitor == GUEST || visitor == SUSPENDED ? "403" : "422", visitor));
      readers.put(kind, expect);
    }
    return eachKind(method, pattern, readers, request);
  }

  /**
   * Acting on a comment on a work of each kind, as {@link #acting}; a guest who may read the work
   * gets {@code guestReading} (a page that refuses them, or the log-in page).
   */
  static Rule onComment(String method, String pattern, Set<Visitor> may, String done, String guestReading,
      java.util.function.BiFunction<MatrixFixture.Fixture, FixtureWork, MockHttpServletRequestBuilder> request) {
    Rule acting = acting(method, pattern, may, done, request);
    List<Probe> probes = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      Probe probe = acting.probes().get(kind.ordinal());
      Map<Visitor, String> expected = new EnumMap<>(probe.expected());
      if (readers(kind).contains(GUEST)) {
        expected.put(GUEST, guestReading);
      }
      probes.add(new Probe(probe.name(), probe.request(), expected, false));
    }
    return new Rule(method, pattern, probes, null);
  }

  /**
   * Leaving kudos on a work of each kind: who may read a posted work gets {@code done}, its
   * creators 422, a suspended account 403, and so does anyone on a draft or a hidden work they may
   * read; who may not read it, 404. Through the API a guest and a suspended account get 401.
   */
  static Rule kudos(String pattern, String done, boolean api,
      java.util.function.BiFunction<MatrixFixture.Fixture, FixtureWork, MockHttpServletRequestBuilder> request) {
    List<Probe> probes = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      Map<Visitor, String> expected = new EnumMap<>(Visitor.class);
      for (Visitor visitor : Visitor.values()) {
        boolean posted = kind == Kind.PUBLISHED || kind == Kind.RESTRICTED;
        expected.put(visitor, !readers(kind).contains(visitor) ? "404"
            : visitor == CREATOR || visitor == CO_CREATOR ? "422"
            : visitor == SUSPENDED || !posted ? "403"
            : done);
      }
      if (api) {
        expected.put(GUEST, "401");
        expected.put(SUSPENDED, "401");
      }
      probes.add(new Probe(kind.name().toLowerCase(), f -> request.apply(f, f.work(kind)), expected, api));
    }
    return new Rule("POST", pattern, probes, null);
  }

  private static Kind kindOf(MatrixFixture.Fixture fixture, FixtureWork work) {
    return Arrays.stream(Kind.values()).filter(k -> fixture.work(k).equals(work)).findFirst().orElseThrow();
  }

  /**
   * The API, asked with each visitor's token: as {@link #acting}, but a guest gets 401, and so
   * does a suspended account, whose tokens no longer work.
   */
  static Rule api(String method, String pattern, Set<Visitor> may, String done,
      java.util.function.BiFunction<MatrixFixture.Fixture, FixtureWork, MockHttpServletRequestBuilder> request) {
    Rule pages = acting(method, pattern, may, done, request);
    return new Rule(method, pattern, pages.probes().stream().map(p -> {
      Map<Visitor, String> expected = new EnumMap<>(p.expected());
      expected.put(GUEST, "401");
      expected.put(SUSPENDED, "401");
      return new Probe(p.name(), p.request(), expected, true);
    }).toList(), null);
  }

  /** An API endpoint that concerns no work: every good token gets {@code done}, a guest or a suspended account 401. */
  static Rule apiOwn(String method, String pattern, String done, Function<MatrixFixture.Fixture, MockHttpServletRequestBuilder> request) {
    return new Rule(method, pattern,
        List.of(new Probe("", request, Expect.all(done).but("401", GUEST, SUSPENDED).outcomes(), true)), null);
  }

  /** An API endpoint for {@code holders} alone: they get {@code done}, other tokens 403, a guest or a suspended account 401. */
  static Rule apiOnly(String method, String pattern, String done, Set<Visitor> holders,
      Function<MatrixFixture.Fixture, MockHttpServletRequestBuilder> request) {
    Expect expect = Expect.all("403").but("401", GUEST, SUSPENDED);
    holders.forEach(v -> expect.but(done, v));
    return new Rule(method, pattern, List.of(new Probe("", request, expect.outcomes(), true)), null);
  }

  /** A page of one's own account: every account gets {@code done}, a guest the log-in page. */
  static Rule own(String method, String pattern, String done, Function<MatrixFixture.Fixture, MockHttpServletRequestBuilder> request) {
    return rule(method, pattern, probe("", request, Expect.all(done).but(LOGIN, GUEST)));
  }

  /** Only {@code holders} get {@code done}; other accounts 403, a guest the log-in page. */
  static Rule only(String method, String pattern, String done, Set<Visitor> holders,
      Function<MatrixFixture.Fixture, MockHttpServletRequestBuilder> request) {
    Expect expect = Expect.all("403").but(LOGIN, GUEST);
    holders.forEach(v -> expect.but(done, v));
    return rule(method, pattern, probe("", request, expect));
  }

  private static Rule eachKind(String method, String pattern, Map<Kind, Expect> expected,
      java.util.function.BiFunction<MatrixFixture.Fixture, FixtureWork, MockHttpServletRequestBuilder> request) {
    List<Probe> probes = new ArrayList<>();
    expected.forEach((kind, expect) -> probes.add(
        probe(kind.name().toLowerCase(), f -> request.apply(f, f.work(kind)), expect)));
    return new Rule(method, pattern, probes, null);
  }
}
