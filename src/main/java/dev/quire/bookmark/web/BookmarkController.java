package dev.quire.bookmark.web;

import dev.quire.account.Viewer;
import dev.quire.bookmark.BookmarkForm;
import dev.quire.bookmark.Bookmarks;
import dev.quire.bookmark.Bookmarks.Draft;
import dev.quire.bookmark.Bookmarks.Filter;
import dev.quire.bookmark.InvalidBookmarkException;
import dev.quire.platform.PageNumber;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * Bookmarks through the pages: the work page's "Bookmark" button opens the form
 * ({@code /works/{id}/bookmarks/new}, the reader's bookmark of it to edit when they have one), which
 * saves to {@code /works/{id}/bookmarks}; a user's bookmarks at {@code /users/{user}/bookmarks},
 * filtered by one of their tags, recs only, or a fandom. A form with problems comes back with them
 * beside its fields (422) and what was written kept.
 */
@Controller
class BookmarkController {

  private final Bookmarks bookmarks;

  BookmarkController(Bookmarks bookmarks) {
    this.bookmarks = bookmarks;
  }

  @GetMapping("/works/{id}/bookmarks/new")
  String form(@PathVariable long id, Viewer viewer, Model model) {
    model.addAttribute("draft", bookmarks.draft(viewer, id));
    return "bookmarks/form";
  }

  @PostMapping("/works/{id}/bookmarks")
  String save(@PathVariable long id, @RequestParam(required = false) String notes,
      @RequestParam(required = false) String tags, @RequestParam(defaultValue = "false") boolean rec,
      @RequestParam(name = "private", defaultValue = "false") boolean isPrivate, Viewer viewer, Model model,
      HttpServletResponse response) {
    BookmarkForm form = BookmarkForm.typed(notes, tags, rec, isPrivate);
    try {
      bookmarks.save(viewer, id, form);
      return "redirect:/users/" + UriUtils.encodePathSegment(viewer.userName(), "UTF-8") + "/bookmarks";
    } catch (InvalidBookmarkException invalid) {
      Draft draft = bookmarks.draft(viewer, id);
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("draft", new Draft(draft.workId(), draft.workTitle(), draft.bookmarkId(), form, false));
      model.addAttribute("problems", invalid.problems());
      return "bookmarks/form";
    }
  }

  @GetMapping("/series/{id}/bookmarks/new")
  String seriesForm(@PathVariable long id, Viewer viewer, Model model) {
    model.addAttribute("draft", bookmarks.draftSeries(viewer, id));
    return "bookmarks/form";
  }

  @PostMapping("/series/{id}/bookmarks")
  String saveSeries(@PathVariable long id, @RequestParam(required = false) String notes,
      @RequestParam(required = false) String tags, @RequestParam(defaultValue = "false") boolean rec,
      @RequestParam(name = "private", defaultValue = "false") boolean isPrivate, Viewer viewer, Model model,
      HttpServletResponse response) {
    BookmarkForm form = BookmarkForm.typed(notes, tags, rec, isPrivate);
    try {
      bookmarks.saveSeries(viewer, id, form);
      return "redirect:/users/" + UriUtils.encodePathSegment(viewer.userName(), "UTF-8") + "/bookmarks";
    } catch (InvalidBookmarkException invalid) {
      Draft draft = bookmarks.draftSeries(viewer, id);
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("draft", new Draft(draft.workId(), draft.workTitle(), draft.bookmarkId(), form, true));
      model.addAttribute("problems", invalid.problems());
      return "bookmarks/form";
    }
  }

  @PostMapping("/bookmarks/{id}/delete")
  String delete(@PathVariable long id, Viewer viewer) {
    bookmarks.delete(viewer, id);
    return "redirect:/users/" + UriUtils.encodePathSegment(viewer.userName(), "UTF-8") + "/bookmarks";
  }

  @GetMapping("/users/{user}/bookmarks")
  String ofUser(@PathVariable String user, @RequestParam(required = false) String tag,
      @RequestParam(defaultValue = "false") boolean rec, @RequestParam(required = false) String fandom,
      @RequestParam(defaultValue = "1") String page, Viewer viewer, Model model) {
    Filter filter = new Filter(tag, rec, fandom);
    model.addAttribute("shelf", bookmarks.ofUser(viewer, user, filter, PageNumber.orFirst(page))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no user " + user + ".")));
    model.addAttribute("filter", filter);
    return "bookmarks/user";
  }
}
