package dev.quire.search.web;

import dev.quire.account.Viewer;
import dev.quire.search.InvalidSearchException;
import dev.quire.search.SavedExclusions;
import dev.quire.search.SavedExclusions.SavedExclusion;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.search.WorkSort;
import dev.quire.tag.FixedTags;
import dev.quire.tag.Rating;
import dev.quire.tag.Tag;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagRepository;
import dev.quire.tag.TagSlug;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The lists of works with AO3's filter sidebar: the search page, all works ({@code /works}) and
 * a tag's works ({@code /tags/{tag}}). They are one page with one form; a query or parameter that
 * cannot be read is explained on it, with status 400. Each lists, counts and facets the works the
 * viewer may find.
 */
@Controller
class SearchController {

  /** The most related tags of one kind a tag's page names. */
  private static final int RELATED = 100;

  private final WorkQuery query;
  private final TagRepository tags;
  private final SavedExclusions exclusions;

  SearchController(WorkQuery query, TagRepository tags, SavedExclusions exclusions) {
    this.query = query;
    this.tags = tags;
    this.exclusions = exclusions;
  }

  /**
   * What a tag's page says of the tag.
   *
   * @param name the tag's name as the address gives it
   * @param slug the name as written in addresses
   * @param kinds the kinds of tag this name is (one, unless two kinds share a name)
   * @param synonymOf the canonical tag this one is filed under, or {@code null}
   * @param related the tags a wrangler linked it to, by what they are to it: its fandoms, a
   *     relationship's characters, a character's relationships; each list by name
   */
  record TagHeading(String name, String slug, List<TagKind> kinds, String synonymOf,
      Map<String, List<String>> related) {

    /**
     * The filter for this tag's works: {@code kind:name} when one kind has the name, so that a
     * rating with no tag row (Not Rated) or a name with a colon in it finds exactly its works.
     */
    String filter() {
      return kinds.size() == 1 ? kinds.getFirst().key() + ":" + name : name;
    }
  }

  @GetMapping("/works/search")
  String search(@ModelAttribute("form") SearchForm form, Viewer viewer, Model model, HttpServletResponse response) {
    model.addAttribute("title", "Search Works");
    return results(viewer, form, "/works/search", form::toSearch, model, response);
  }

  @GetMapping("/works")
  String works(@ModelAttribute("form") SearchForm form, Viewer viewer, Model model, HttpServletResponse response) {
    model.addAttribute("title", "Works");
    return results(viewer, form, "/works", form::toSearch, model, response);
  }

  @GetMapping({"/tags/{slug}", "/tags/{slug}/works"})
  String tag(
      @PathVariable String slug, @ModelAttribute("form") SearchForm form, Viewer viewer, Model model,
      HttpServletResponse response) {
    TagHeading tag = heading(TagSlug.decode(slug));
    model.addAttribute("title", tag.name());
    model.addAttribute("tag", tag);
    String action = "/tags/" + UriUtils.encodePathSegment(tag.slug(), StandardCharsets.UTF_8);
    return results(viewer, form, action, () -> form.toSearch().including(tag.filter()), model, response);
  }

  private String results(Viewer viewer,
      SearchForm form, String action, Supplier<WorkSearch> search, Model model, HttpServletResponse response) {
    model.addAttribute("action", action);
    model.addAttribute("sorts", WorkSort.values());
    model.addAttribute("kinds", TagKind.values());
    model.addAttribute("ratings", Rating.values());
    model.addAttribute("warnings", FixedTags.WARNINGS);
    model.addAttribute("categories", FixedTags.CATEGORIES);
    model.addAttribute("searchBase", pageBase());
    List<SavedExclusion> saved = exclusions.list(viewer);
    List<String> always = form.withSavedExclusions() ? SavedExclusions.always(saved) : List.of();
    model.addAttribute("savedExclusions", saved);
    model.addAttribute("alwaysExcluded", always.stream()
        .filter(f -> form.exclusions().stream().noneMatch(f::equalsIgnoreCase)).toList());
    model.addAttribute("savedOff", !form.withSavedExclusions() && saved.stream().anyMatch(SavedExclusion::always));
    model.addAttribute("hereWithoutSaved", here(true));
    model.addAttribute("hereWithSaved", here(false));
    try {
      model.addAttribute("hits", query.search(viewer, search.get().excluding(always)));
      model.addAttribute("searchedFor", form.query());
    } catch (InvalidSearchException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("problem", e.getMessage());
    }
    return "search/results";
  }

  /** The tag named {@code name}, of whichever kinds; AO3's ratings always exist. */
  private TagHeading heading(String name) {
    List<Tag> named = tags.findByNameIgnoreCase(name);
    boolean rating = Rating.fromTagName(name).isPresent();
    if (named.isEmpty() && !rating) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no tag '" + name + "'.");
    }
    List<TagKind> kinds = rating ? List.of(TagKind.RATING)
        : named.stream().map(Tag::getKind).distinct().sorted().toList();
    String synonymOf = named.stream().map(Tag::getSynonymOf).filter(Objects::nonNull)
        .map(Tag::getName).findFirst().orElse(null);
    return new TagHeading(name, TagSlug.encode(name), kinds, synonymOf, related(named));
  }

  /**
   * What the tags of this name (or, for a synonym, its canonical tag) are linked to: their parent
   * fandoms, a relationship's characters, and a character's relationships, as AO3's tag pages list
   * them. At most {@link #RELATED} of each, so a fandom's thousands of children stay on its works.
   */
  private Map<String, List<String>> related(List<Tag> named) {
    Map<String, List<String>> related = new LinkedHashMap<>();
    List<Tag> filed = named.stream().map(Tag::canonicalTag).distinct().toList();
    if (filed.isEmpty()) {
      return related;
    }
    PageRequest most = PageRequest.of(0, RELATED);
    for (TagKind kind : List.of(TagKind.FANDOM, TagKind.CHARACTER)) {
      names(tags.parentsOf(filed, kind, most)).ifPresent(names -> related.put(kind.pluralLabel(), names));
    }
    List<Tag> characters = filed.stream().filter(t -> t.getKind() == TagKind.CHARACTER).toList();
    if (!characters.isEmpty()) {
      names(tags.childrenOf(characters, TagKind.RELATIONSHIP, most))
          .ifPresent(names -> related.put(TagKind.RELATIONSHIP.pluralLabel(), names));
    }
    return related;
  }

  private static Optional<List<String>> names(List<Tag> tags) {
    return tags.isEmpty() ? Optional.empty() : Optional.of(tags.stream().map(Tag::getName).toList());
  }

  /** This page's path and query from its first page, with or without {@code saved=off}. */
  private static String here(boolean savedOff) {
    ServletUriComponentsBuilder here = ServletUriComponentsBuilder.fromCurrentRequest();
    here.replaceQueryParam("after").replaceQueryParam("page");
    if (savedOff) {
      here.replaceQueryParam("saved", "off");
    } else {
      here.replaceQueryParam("saved");
    }
    var built = here.build();
    return built.getPath() + (built.getQuery() == null ? "" : "?" + built.getQuery());
  }

  /** This page's address without its cursor, ready for {@code after=}. */
  private static String pageBase() {
    String base = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("after")
        .replaceQueryParam("page").build().toUriString();
    return base + (base.contains("?") ? "&" : "?");
  }
}
