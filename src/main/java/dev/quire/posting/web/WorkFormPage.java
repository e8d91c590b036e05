package dev.quire.posting.web;

import dev.quire.account.Viewer;
import dev.quire.posting.DraftSuggestions;
import dev.quire.posting.Drafts;
import dev.quire.posting.PostingRules;
import dev.quire.posting.WorkPosting;
import dev.quire.posting.WorkPosting.Preview;
import dev.quire.tag.FixedTags;
import dev.quire.tag.TagKind;
import dev.quire.tagging.Suggestion;
import dev.quire.work.CommentPermission;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the work form's page ({@code works/new}) for posting and for editing: the choices AO3
 * offers, the viewer's pseuds, and what a press of a button asked for — problems beside their
 * fields (status 422), a preview, or tag suggestions with their evidence.
 */
@Component
class WorkFormPage {

  /** A suggestion's kind → the form field it goes into when taken. */
  private static final Map<TagKind, String> FIELDS = Map.of(
      TagKind.RATING, "rating", TagKind.CATEGORY, "categories", TagKind.FANDOM, "fandoms",
      TagKind.RELATIONSHIP, "relationships", TagKind.CHARACTER, "characters", TagKind.FREEFORM, "freeforms");

  /** A suggestion as the form offers it: the field it would go into, and how to take it. */
  record Offer(String field, String kind, String name, String evidence, int percent) {
    public String add() {
      return field + ":" + name;
    }
  }

  private final WorkPosting posting;
  private final Drafts drafts;
  private final DraftSuggestions suggestions;

  WorkFormPage(WorkPosting posting, Drafts drafts, DraftSuggestions suggestions) {
    this.posting = posting;
    this.drafts = drafts;
    this.suggestions = suggestions;
  }

  /** The form as it is, with nothing to report; {@code workId} is set when editing. */
  String show(Viewer viewer, WorkForm form, Long workId, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("workId", workId);
    model.addAttribute("pageTitle", workId == null ? "Post New Work" : "Edit Work");
    model.addAttribute("ratings", PostingRules.RATINGS);
    model.addAttribute("warnings", FixedTags.WARNINGS);
    model.addAttribute("categories", FixedTags.CATEGORIES);
    model.addAttribute("permissions", CommentPermission.values());
    List<String> pseuds = drafts.pseuds(viewer);
    model.addAttribute("pseuds", pseuds.isEmpty() ? List.of(viewer.userName()) : pseuds);
    model.addAttribute("maxChapterCharacters", posting.maxChapterCharacters());
    if (!model.containsAttribute("problems")) {
      model.addAttribute("problems", Map.of());
    }
    return "works/new";
  }

  /** The form again, each problem beside its field and listed at the top; status 422. */
  String refused(Viewer viewer, WorkForm form, Long workId, Map<String, String> problems, Model model,
      HttpServletResponse response) {
    Map<String, String> byField = new LinkedHashMap<>();
    problems.forEach((key, problem) -> byField.merge(WorkForm.fieldOf(key), problem, (a, b) -> a + " " + b));
    model.addAttribute("problems", byField);
    response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
    return show(viewer, form, workId, model);
  }

  /** The form with the work shown below it as it would be stored, or its problems. */
  String preview(Viewer viewer, WorkForm form, Model model, HttpServletResponse response) {
    if (!form.unreadable().isEmpty()) {
      return refused(viewer, form, null, form.unreadable(), model, response);
    }
    Preview preview = posting.preview(viewer, form.newWork(false));
    model.addAttribute("preview", preview);
    return preview.problems().isEmpty()
        ? show(viewer, form, null, model)
        : refused(viewer, form, null, preview.problems(), model, response);
  }

  /** The form with Quire's suggestions for its text beside the tag fields. */
  String suggest(Viewer viewer, WorkForm form, Long workId, Model model) {
    List<Offer> offers = suggestions.suggest(form.newWork(false)).stream()
        .filter(s -> FIELDS.containsKey(s.kind()))
        .map(WorkFormPage::offer)
        .toList();
    model.addAttribute("suggestions", offers);
    return show(viewer, form, workId, model);
  }

  /** {@code form} with the suggestion {@code add} ({@code field:name}) taken. */
  WorkForm withSuggested(WorkForm form, String add) {
    int colon = add.indexOf(':');
    String field = colon < 0 ? "" : add.substring(0, colon);
    if (!FIELDS.containsValue(field) || add.substring(colon + 1).isBlank()) {
      return form;
    }
    return form.withTag(field, add.substring(colon + 1).strip());
  }

  private static Offer offer(Suggestion suggestion) {
    return new Offer(FIELDS.get(suggestion.kind()), suggestion.kind().label(), suggestion.name(),
        suggestion.evidence(), (int) Math.round(suggestion.confidence() * 100));
  }
}
